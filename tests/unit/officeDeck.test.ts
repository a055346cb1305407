// The PowerPoint download read back: a native chart whose data is the source's figures (Thái Hòa's
// ranks 17, 9, 9), the rank axis reversed, "of N" in the title, illustrative values in their own
// dashed series, and the sources with their URLs in the speaker notes.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import { chartDeckSlide } from '../../src/domain/slideChart';
import { slideWords } from '../../src/ui/export/texts';
import { writeDeck } from '../../src/ui/export/deck';
import { deckSlides } from '../../src/features/presenter/deckFile';
import { SERIES_COLOURS } from '../../src/ui/palette';
import { chartSeries, officeParts, partsNamed, xmlTexts } from '../officeFiles';
import type { DataUpdate } from '../../src/api/contract';
import { createMemoryStorage } from '../../src/server/storage/memory';

const ranks = seed.observations.filter((o) => o.indicatorId === 'par_rank');
const thaiHoaSource = ranks.find((o) => o.unitCode === '414' && o.provenance === 'reported')!.sourceId;
// The seed's sources carry no URL yet; one that has one must reach the notes as it is.
const URL = 'https://baonghean.vn/quyet-tam-tu-soi-tu-sua-o-thi-xa-thai-hoa.html';
const sources = seed.sources.map((s) => (s.id === thaiHoaSource ? { ...s, url: URL } : s));
/** A version an editor published: every slide carries its day. */
const published: DataUpdate = { version: 'v2', basis: 'published', date: '2026-11-20' };

async function rankDeck(lang: 'vi' | 'en') {
  const slide = chartDeckSlide(
    {
      title: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024',
      subtitle: 'Nghệ An',
      kind: 'line',
      observations: ranks,
      unitCodes: ['414'],
      valueTitle: 'thứ hạng',
      sourceLine: 'Nguồn: Báo Nghệ An',
    },
    { units: seed.units, sources },
    slideWords(lang, published),
  );
  return officeParts(await writeDeck({ title: slide.title, slides: [slide], colours: SERIES_COLOURS }));
}

describe('a chart as a PowerPoint slide', () => {
  it('holds Thái Hòa’s ranks 17, 9, 9 as a native chart with rank 1 at the top', async () => {
    const parts = await rankDeck('vi');
    expect([...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(1);
    const [chart, ...others] = partsNamed(parts, /^ppt\/charts\/chart\d+\.xml$/);
    expect(others).toEqual([]);
    const series = chartSeries(chart!);
    expect(series[0]).toEqual({ name: 'Thái Hòa', values: [17, 9, 9, null, null, null], dash: 'solid' });
    // Illustrative years are a series of their own, dashed and named as such.
    expect(series[1]!.name).toBe('Thái Hòa (minh họa)');
    expect(series[1]!.dash).toBe('dash');
    expect(series[1]!.values.slice(0, 3)).toEqual([null, null, null]);
    expect(series[1]!.values.slice(3).every((v) => typeof v === 'number')).toBe(true);
    expect(/<c:valAx>.*?<c:orientation val="maxMin"\/>/s.test(chart!)).toBe(true);
    // Its data is embedded, so PowerPoint can edit it.
    expect([...parts.keys()].some((p) => p.startsWith('ppt/embeddings/') && p.endsWith('.xlsx'))).toBe(true);
  });

  it('says "of 21" in the title, keeps the legend and source line, and lists sources with URLs in the notes', async () => {
    const parts = await rankDeck('vi');
    const slide = xmlTexts(parts.get('ppt/slides/slide1.xml')!, 'a:t').join('\n');
    expect(slide).toContain('Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024 (xếp hạng trên 21 đơn vị)');
    expect(slide).toContain('Nét đứt, tên có “(minh họa)”: số liệu minh họa');
    expect(slide).toContain('Nguồn: Báo Nghệ An · Cập nhật dữ liệu: 20/11/2026');
    const notes = xmlTexts(parts.get('ppt/notesSlides/notesSlide1.xml')!, 'a:t').join('\n');
    expect(notes).toContain(`1. Báo Nghệ An (baonghean.vn), Mai Hoa: Quyết tâm ‘Tự soi, tự sửa’ ở thị xã Thái Hòa (6/2022) — ${URL}`);
    expect(notes).toContain('không do nguồn nào công bố');
  });

  it('speaks English when the page does', async () => {
    const parts = await rankDeck('en');
    const slide = xmlTexts(parts.get('ppt/slides/slide1.xml')!, 'a:t').join('\n');
    expect(slide).toContain('(rank of 21 units)');
    expect(slide).toContain('Data updated: 20 Nov 2026');
    expect(chartSeries(partsNamed(parts, /^ppt\/charts\/chart\d+\.xml$/)[0]!)[1]!.name).toBe('Thái Hòa (illustrative)');
  });
});

describe('the presentation as a PowerPoint file', () => {
  const observations = (ids: string[]) => seed.observations.filter((o) => ids.includes(o.indicatorId));
  const deck = async (unitCodes = ['414'], level: 'district' | 'commune' = 'district') => {
    const slides = deckSlides(
      {
        ...seed,
        sources,
        ranking: observations(['par_rank', 'par_score']),
        investment: observations(['investment_projects', 'investment_projects_cumulative']),
        province: observations(['province_par_rank']),
        unitCodes,
        level,
        years: { from: null, to: null },
      },
      'vi',
      // The seed as first loaded: dated by its newest source.
      slideWords('vi', await createMemoryStorage(seed).dataUpdate()),
    );
    return officeParts(await writeDeck({ title: slides[0]!.title, slides, colours: SERIES_COLOURS }));
  };

  it('has the deck’s five slides: headline figures and the year’s ranking as native tables, three native charts', async () => {
    const parts = await deck();
    const slides = partsNamed(parts, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(5);
    const titles = slides.map((xml) => xmlTexts(xml, 'a:t')[0]);
    expect(titles).toEqual([
      'Số liệu chính: Thái Hòa',
      'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024 (xếp hạng trên 21 đơn vị)',
      'Bảng xếp hạng năm 2021',
      'Số dự án đầu tư thu hút theo kỳ',
      expect.stringContaining('Nghệ An'),
    ]);
    expect(slides[0]).toContain('<a:tbl>');
    expect(xmlTexts(slides[0]!, 'a:t')).toContain('9/21 (2021)');
    expect(slides[2]).toContain('<a:tbl>');
    const table = xmlTexts(slides[2]!, 'a:t');
    expect(table.slice(table.indexOf('Thái Hòa') - 1, table.indexOf('Thái Hòa') + 1)).toEqual(['9/21', 'Thái Hòa']);
    const charts = partsNamed(parts, /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(3);
    expect(chartSeries(charts[0]!)[0]).toEqual({ name: 'Thái Hòa', values: [17, 9, 9, null, null, null], dash: 'solid' });
    expect(charts[0]).toMatch(/<c:valAx>.*?<c:orientation val="maxMin"\/>/s);
    expect(charts[1]).toContain('<c:barChart>');
    const notes = partsNamed(parts, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((xml) => xmlTexts(xml, 'a:t').join('\n'));
    expect(notes[1]).toContain(URL);
    for (const slide of slides) expect(xmlTexts(slide, 'a:t').join('\n')).toContain('Cập nhật dữ liệu: 6/2025 (ngày của nguồn mới nhất)');
  });

  it('charts the communes and wards from 2025 when the deck is at their level, “of 130”', async () => {
    const parts = await deck(['16939'], 'commune');
    const titles = partsNamed(parts, /^ppt\/slides\/slide\d+\.xml$/).map((xml) => xmlTexts(xml, 'a:t')[0]);
    expect(titles.slice(0, 3)).toEqual(['Số liệu chính: Thái Hòa', 'Thứ hạng Chỉ số CCHC cấp xã, 2025 (xếp hạng trên 130 đơn vị)', 'Bảng xếp hạng năm 2025']);
  });
});
