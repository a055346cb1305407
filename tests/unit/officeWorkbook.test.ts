// The Excel download read back: the CSV's columns, numbers stored as numbers (ranks as integers,
// scores with two decimals), a frozen bold header, and the sources sheet with the provenance legend.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import { translate } from '../../src/i18n/catalogue';
import { workbookContent } from '../../src/domain/exportTable';
import { workbookText } from '../../src/ui/export/texts';
import { writeWorkbook } from '../../src/ui/export/workbook';
import { officeParts, xmlTexts } from '../officeFiles';
import { createMemoryStorage } from '../../src/server/storage/memory';

// The seed as first loaded: dated by its newest source.
const update = await createMemoryStorage(seed).dataUpdate();

const workbook = (lang: 'vi' | 'en') =>
  writeWorkbook(workbookContent(thaiHoa, { ...seed, lang, provenanceLabel: (p) => translate(lang, `provenance.${p}`) }, workbookText(lang, update)));

const thaiHoa = seed.observations.filter((o) => o.unitCode === '414' && (o.indicatorId === 'par_rank' || o.indicatorId === 'par_score'));

/** The cells of a sheet as [reference, value, is-a-shared-string, style] with shared strings resolved. */
function cells(sheet: string, shared: string[]) {
  return [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/g)].map(([, ref, attrs, v]) => {
    const text = /t="s"/.test(attrs!);
    return { ref: ref!, value: text ? shared[Number(v)]! : Number(v), style: /s="(\d+)"/.exec(attrs!)?.[1] ?? null };
  });
}

describe('the Excel download', () => {
  it('stores Thái Hòa’s ranks as whole numbers and scores to two decimals, under the CSV’s header', async () => {
    const parts = await officeParts(await workbook('vi'));
    const shared = xmlTexts(parts.get('xl/sharedStrings.xml')!, 't');
    const sheet = cells(parts.get('xl/worksheets/sheet1.xml')!, shared);
    const row = (n: number) => sheet.filter((c) => c.ref.replace(/[A-Z]+/, '') === String(n));

    expect(row(1).map((c) => c.value)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Chỉ tiêu',
      'Từ tháng',
      'Đến tháng',
      'Giá trị',
      'Trên số đơn vị',
      'Nguồn gốc số liệu',
      'Nguồn',
      'Địa chỉ nguồn',
    ]);
    const styles = parts.get('xl/styles.xml')!;
    const formatOf = (style: string | null) => {
      const xf = [...styles.matchAll(/<xf ([^>]*)>/g)][Number(style)]?.[1] ?? '';
      const id = /numFmtId="(\d+)"/.exec(xf)?.[1];
      return new RegExp(`numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1];
    };
    const headerXf = [...styles.matchAll(/<xf ([^>]*)>/g)][Number(row(1)[0]!.style)]![1]!;
    const boldFont = [...styles.matchAll(/<font>(.*?)<\/font>/g)][Number(/fontId="(\d+)"/.exec(headerXf)![1])]![1]!;
    expect(boldFont).toContain('<b/>');
    expect(parts.get('xl/worksheets/sheet1.xml')).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);

    const ranks = sheet.filter((c) => c.ref.startsWith('F') && row(Number(c.ref.slice(1)))[2]!.value === 'Xếp hạng Chỉ số CCHC');
    expect(ranks.slice(0, 3).map((c) => c.value)).toEqual([17, 9, 9]);
    expect(ranks.every((c) => typeof c.value === 'number' && formatOf(c.style) === '0')).toBe(true);
    const rankedOf = sheet.filter((c) => c.ref.startsWith('G') && c.ref !== 'G1');
    expect(rankedOf.length).toBeGreaterThan(0);
    expect(rankedOf.every((c) => typeof c.value === 'number')).toBe(true);

    const scores = sheet.filter((c) => c.ref.startsWith('F') && row(Number(c.ref.slice(1)))[2]!.value === 'Điểm Chỉ số CCHC');
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((c) => typeof c.value === 'number' && formatOf(c.style) === '0.00')).toBe(true);
  });

  it('names each cited source and what provenance means on a second sheet, in English when asked', async () => {
    const parts = await officeParts(await workbook('en'));
    expect(xmlTexts(parts.get('xl/workbook.xml')!.replace(/<sheet [^>]*name="([^"]+)"\/>/g, '<n>$1</n>'), 'n')).toEqual(['Data', 'Sources']);
    const shared = xmlTexts(parts.get('xl/sharedStrings.xml')!, 't');
    const sources = cells(parts.get('xl/worksheets/sheet2.xml')!, shared).map((c) => c.value);
    expect(sources.slice(0, 4)).toEqual(['Title', 'Publisher', 'Published', 'URL']);
    expect(sources).toContain('Quyết tâm ‘Tự soi, tự sửa’ ở thị xã Thái Hòa');
    expect(sources).toContain('Illustrative');
    expect(sources).toContain('Illustrative value, not published by any source');
    expect(sources).toContain('Data updated: Jun 2025 (date of the newest source)');
  });
});
