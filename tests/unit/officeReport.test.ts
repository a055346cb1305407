// The Word report read back: headings with the unit and the date, the headline figures as a table
// with their provenance, each chart's image and sentence, the events, the sources numbered with URLs.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import { headlineObservation, rankKpi, seriesOf } from '../../src/domain/observations';
import { reportContent } from '../../src/features/units/reportFile';
import type { UnitKpiData } from '../../src/features/units/useUnitKpis';
import { writeReport } from '../../src/ui/export/report';
import { officeParts, xmlTexts } from '../officeFiles';

const URL = 'https://baonghean.vn/quyet-tam-tu-soi-tu-sua-o-thi-xa-thai-hoa.html';
const own = seed.observations.filter((o) => o.unitCode === '414');
const rankSeries = seriesOf(own, '414', 'par_rank');
const used = new Set([...own.map((o) => o.sourceId), ...seed.events.filter((e) => e.unitCode === '414').map((e) => e.sourceId)]);
const kpis: UnitKpiData = {
  unit: seed.units.find((u) => u.code === '414')!,
  parent: seed.units.find((u) => u.code === '40') ?? null,
  successor: null,
  rank: rankKpi(rankSeries),
  rankSeries,
  projectsLatest: headlineObservation(seriesOf(own, '414', 'investment_projects')),
  projectsCumulative: headlineObservation(seriesOf(own, '414', 'investment_projects_cumulative')),
  cumulativeSeries: seriesOf(own, '414', 'investment_projects_cumulative'),
  events: seed.events.filter((e) => e.unitCode === '414'),
  // One source with a URL, as a real one would have: it must reach the list as it is.
  sources: seed.sources.filter((s) => used.has(s.id)).map((s, i) => (i === 0 ? { ...s, url: URL } : s)),
};
// A 1×1 PNG: the report embeds the bytes it is given.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const published = { version: 'v2', basis: 'published', date: '2026-11-20' } as const;
const charts = [
  { title: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024', subtitle: 'Nghệ An', sentence: 'Thái Hòa tăng từ hạng 17/21 năm 2019 lên 9/21 năm 2021.', image: PNG },
  { title: 'Số dự án đầu tư thu hút theo kỳ', subtitle: 'Thái Hòa', sentence: 'Thái Hòa: 7 dự án T1–T5/2022.', image: null },
];

/** Each paragraph of the body as [style, text, numbered]. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map(([, p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p!)?.[1] ?? null,
    text: xmlTexts(p!, 'w:t').join(''),
    numbered: p!.includes('<w:numPr>'),
  }));

describe('a unit’s Word report', () => {
  it('has the unit and date in its headings, the figures table, both charts, the events and numbered sources', async () => {
    const parts = await officeParts(await writeReport(reportContent(kpis, charts, 'vi', '2026-11-27', published)));
    const body = parts.get('word/document.xml')!;
    const all = paragraphs(body);
    const headings = all.filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style}: ${p.text}`);
    expect(headings).toEqual([
      'Heading1: Báo cáo số liệu: Thị xã Thái Hòa',
      'Heading2: Số liệu chính',
      'Heading2: Diễn biến',
      'Heading3: Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024',
      'Heading3: Số dự án đầu tư thu hút theo kỳ',
      'Heading2: Sự kiện và mục tiêu',
      'Heading2: Nguồn số liệu của đơn vị',
    ]);
    expect(all.map((p) => p.text)).toContain('Ngày lập: 27/11/2026');
    expect(all.map((p) => p.text)).toContain('Cập nhật dữ liệu: 20/11/2026');
    const table = /<w:tbl>(.*?)<\/w:tbl>/s.exec(body)![1]!;
    const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map(([, r]) =>
      [...r!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map(([, c]) => xmlTexts(c!, 'w:t').join('')),
    );
    expect(rows[0]).toEqual(['Chỉ tiêu', 'Giá trị', 'Kỳ', 'Nguồn gốc số liệu']);
    expect(rows[1]).toEqual(['Xếp hạng Chỉ số CCHC', '9/21', '2021', 'Công bố']);
    expect(all.map((p) => p.text)).toContain('Thái Hòa tăng từ hạng 17/21 năm 2019 lên 9/21 năm 2021.');
    expect([...parts.keys()].filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(1);
    expect(all.map((p) => p.text)).toContain(
      'Trên trang, biểu đồ này đang hiện dạng bảng nên báo cáo không kèm ảnh; hãy chuyển sang dạng biểu đồ rồi tải lại.',
    );
    const sources = all.slice(all.findIndex((p) => p.text === 'Nguồn số liệu của đơn vị') + 1).filter((p) => p.numbered);
    expect(sources).toHaveLength(kpis.sources.length);
    expect(sources[0]!.text).toContain(`— ${URL}`);
    expect(sources.slice(1).every((p) => p.text.endsWith('— không có địa chỉ trực tuyến'))).toBe(true);
    expect(parts.get('word/numbering.xml')).toContain('w:val="decimal"');
  });

  it('is written in English when the page is', async () => {
    const parts = await officeParts(await writeReport(reportContent(kpis, charts, 'en', '2026-11-27', published)));
    const texts = paragraphs(parts.get('word/document.xml')!).map((p) => p.text);
    expect(texts[0]).toBe('Data report: Town Thái Hòa');
    expect(texts).toContain('Prepared on 27 Nov 2026');
    expect(texts).toContain('Data updated: 20 Nov 2026');
  });
});
