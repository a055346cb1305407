// Office downloads from the built app: each file arrives with its name and reads back as the
// archive of XML parts it should be.
import { readFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { chartSeries, officeParts, partsNamed, xmlTexts } from '../officeFiles';

/** The seed's date, as the page's foot gives it: every file carries it. */
const DATA_UPDATED = 'Cập nhật dữ liệu: 6/2025 (ngày của nguồn mới nhất)';

async function downloadParts(page: Page, info: TestInfo, button: string, name: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(name);
  const path = info.outputPath(name);
  await file.saveAs(path);
  return officeParts(new Blob([await readFile(path)]));
}

test('a chart’s data downloads as an Excel workbook with numbers as numbers and a sources sheet', async ({ page }, info) => {
  await page.goto('/ranking?to=2021');
  const parts = await downloadParts(page, info, 'Tải Excel (.xlsx)', 'xep-hang-cchc_2019-2021.xlsx');
  expect(parts.get('xl/workbook.xml')).toContain('name="Nguồn"');
  const shared = xmlTexts(parts.get('xl/sharedStrings.xml')!, 't');
  const sheet = parts.get('xl/worksheets/sheet1.xml')!;
  // Thái Hòa's rows: the value column holds numbers, not text.
  const rows = [...sheet.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].map(([, , xml]) =>
    [...xml!.matchAll(/<c r="[A-Z]+\d+"([^>]*)><v>([^<]*)<\/v><\/c>/g)].map(([, attrs, v]) => (/t="s"/.test(attrs!) ? shared[Number(v)] : Number(v))),
  );
  expect(rows.filter((r) => r[0] === '414').map((r) => r[5])).toEqual([17, 9, 9]);
  expect(rows).toHaveLength(1 + 21 * 3);
  // Only the sources sheet has text besides the data's columns: the date of the data is there.
  expect(shared).toContain(DATA_UPDATED);
});

test('a chart downloads as a PowerPoint slide with a native rank chart: Thái Hòa 17, 9, 9, rank 1 at the top', async ({ page }, info) => {
  await page.goto('/ranking?level=district');
  const parts = await downloadParts(page, info, 'Tải PowerPoint (.pptx)', 'xep-hang-cchc_2019-2024.pptx');
  expect(partsNamed(parts, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1);
  const [chart] = partsNamed(parts, /^ppt\/charts\/chart\d+\.xml$/);
  expect(chartSeries(chart!)[0]).toEqual({ name: 'Thái Hòa', values: [17, 9, 9, null, null, null], dash: 'solid' });
  expect(chart).toMatch(/<c:valAx>.*?<c:orientation val="maxMin"\/>/s);
  const slide = xmlTexts(partsNamed(parts, /^ppt\/slides\/slide\d+\.xml$/)[0]!, 'a:t').join(' ');
  expect(slide).toContain('(xếp hạng trên 21 đơn vị)');
  expect(slide).toContain('Nguồn: Báo Nghệ An');
  expect(slide).toContain(DATA_UPDATED);
});

test('the presentation downloads as a five-slide PowerPoint file named for the unit and years', async ({ page }, info) => {
  await page.goto('/present?units=414&slide=2');
  await expect(page.locator('.deck__slide')).toBeVisible();
  const parts = await downloadParts(page, info, 'Tải PowerPoint (.pptx)', 'trinh-chieu_thai-hoa_2019-2024.pptx');
  expect(partsNamed(parts, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(5);
  const [rankChart] = partsNamed(parts, /^ppt\/charts\/chart\d+\.xml$/);
  expect(chartSeries(rankChart!)[0]!.values.slice(0, 3)).toEqual([17, 9, 9]);
});

test('a unit’s profile downloads as a Word report with its figures, both charts as images and its sources', async ({ page }, info) => {
  await page.goto('/units/414');
  // The profile's two charts drawn (a page prerendered for another URL holds hidden charts of its own until the app replaces it).
  await expect(page.locator('figure.chart-frame svg.trend-chart__svg').filter({ visible: true })).toHaveCount(2);
  const parts = await downloadParts(page, info, 'Tải báo cáo (.docx)', 'bao-cao_thai-hoa_2019-2024.docx');
  const body = parts.get('word/document.xml')!;
  expect(xmlTexts(body, 'w:t')).toContain('Báo cáo số liệu: Thị xã Thái Hòa');
  expect(body).toContain('<w:tbl>');
  expect(xmlTexts(body, 'w:t')).toContain('9/21');
  expect(xmlTexts(body, 'w:t')).toContain(DATA_UPDATED);
  expect([...parts.keys()].filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(2);
});
