// The import's parsers, before any file reaches the server: the encodings spreadsheets write CSV
// in, both separators and decimal commas, legacy TCVN3 text (samples encoded by glibc's
// TCVN5712-1 table with iconv, not by our own table), and the unit matcher on the seed's units.
import { describe, expect, it } from 'vitest';
import { units as allUnits } from '../../mocks/seed/units';
import { parseCsv, parseDecimal } from '../../src/domain/importCsv';
import { decodeText } from '../../src/domain/importText';
import { detectLegacy, fromTcvn3, looksLikeTcvn3 } from '../../src/domain/legacyVietnamese';
import { fromVni, looksLikeVni } from '../../src/domain/legacyVni';
import { matchUnit, unitNameKey } from '../../src/domain/unitMatch';

const TEXT = 'Mã;Đơn vị;Điểm\n414;Thị xã Thái Hòa;84,76\n';
const hex = (h: string) => Uint8Array.from(h.trim().split(/\s+/), (b) => Number.parseInt(b, 16));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);
/** `printf 'Mã;Đơn vị;Điểm\n414;Thị xã Thái Hòa;84,76\n' | iconv -t CP1258` */
const CP1258 = hex(
  `4d 61 de 3b d0 f5 6e 20 76 69 f2 3b d0 69 ea d2 6d 0a 34 31 34 3b 54 68 69 f2 20 78 61 de 20 54 68 e1 69 20 48 6f cc 61 3b 38 34 2c 37 36 0a`,
);

describe('decodeText', () => {
  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), 'utf-8'],
    ['UTF-8 without one', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-16 LE with a BOM', new Uint8Array([0xff, 0xfe, ...utf16le(TEXT)]), 'utf-16le'],
    ['UTF-16 LE without one', utf16le(TEXT), 'utf-16le'],
    ['UTF-16 BE with a BOM', new Uint8Array([0xfe, 0xff, ...utf16be(TEXT)]), 'utf-16be'],
    ['windows-1258, its tones as combining marks', CP1258, 'windows-1258'],
  ])('reads %s as the same text, composed (NFC)', (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding });
  });
});

describe('parseCsv', () => {
  it('splits on ; when the first line does, reading decimal commas as numbers', () => {
    const { rows, separator } = parseCsv(TEXT);
    expect(separator).toBe(';');
    expect(rows).toEqual([
      ['Mã', 'Đơn vị', 'Điểm'],
      ['414', 'Thị xã Thái Hòa', '84,76'],
    ]);
    expect(parseDecimal(rows[1]![2]!)).toBe(84.76);
  });

  it('splits on , and reads quoted cells with separators, doubled quotes and line breaks, and CRLF', () => {
    const { rows, separator } = parseCsv('code,name,note\r\n414,"Thái Hòa, thị xã","ghi ""chú""\ndòng 2"\r\n412,Vinh,\r\n\r\n');
    expect(separator).toBe(',');
    expect(rows).toEqual([
      ['code', 'name', 'note'],
      ['414', 'Thái Hòa, thị xã', 'ghi "chú"\ndòng 2'],
      ['412', 'Vinh', ''],
    ]);
  });

  it.each([
    ['84,76', 84.76],
    ['84.76', 84.76],
    [' 17 ', 17],
    ['-3', -3],
    ['1.234,5', null],
    ['9 of 21', null],
    ['', null],
  ])('reads %j as %j', (cell, value) => {
    expect(parseDecimal(cell)).toBe(value);
  });
});

describe('TCVN3 text', () => {
  // The bytes iconv -t TCVN5712-1 writes for each name, read as Latin-1 as a spreadsheet shows them.
  it.each([
    ['54 68 b8 69 20 48 df 61', 'Thái Hòa'],
    ['51 75 fa 6e 68 20 4c ad 75', 'Quỳnh Lưu'],
    ['4e 67 68 dc 61 20 a7 b5 6e', 'Nghĩa Đàn'],
    ['54 ad ac 6e 67 20 44 ad ac 6e 67', 'Tương Dương'],
    ['44 69 d4 6e 20 43 68 a9 75', 'Diễn Châu'],
  ])('%s is recognised and reads %s', (bytes, name) => {
    const legacy = new TextDecoder('latin1').decode(hex(bytes));
    expect(looksLikeTcvn3(legacy)).toBe(true);
    expect(detectLegacy(legacy)).toBe('tcvn3');
    expect(fromTcvn3(legacy)).toBe(name);
  });

  it.each(['Thái Hòa', 'Vinh', 'Đô Lương', 'Hoàng Mai'])('leaves Unicode %s alone', (name) => {
    expect(looksLikeTcvn3(name)).toBe(false);
  });
});

describe('VNI text', () => {
  // Each name as VNI for Windows types it (base letter, then the character its font draws as the
  // marks: ù ø û õ ï tones, â circumflex, ê breve, á à å ã ä circumflex with a tone, é è ú ü ë breve
  // with a tone; ô ö ñ ó ò æ î for ơ ư đ ĩ ị ỉ ỵ), in the bytes of the Windows code page.
  it.each([
    ['54 68 61 f9 69 20 48 6f f8 61', 'Thái Hòa'],
    ['54 48 41 d9 49 20 48 4f d8 41', 'THÁI HÒA'],
    ['51 75 79 f8 6e 68 20 4c f6 75', 'Quỳnh Lưu'],
    ['4e 67 68 f3 61 20 d1 61 f8 6e', 'Nghĩa Đàn'],
    ['54 f6 f4 6e 67 20 44 f6 f4 6e 67', 'Tương Dương'],
    ['4e 67 68 69 20 4c 6f e4 63', 'Nghi Lộc'],
    ['48 f6 6e 67 20 4e 67 75 79 65 e2 6e', 'Hưng Nguyên'],
    ['54 68 f2 20 78 61 f5', 'Thị xã'],
    ['d1 61 eb 6e 67 20 54 68 61 e1 79', 'Đặng Thấy'],
    ['4b 68 6f 61 fb 20 ee', 'Khoả ỵ'],
  ])('%s is recognised and reads %s', (bytes, name) => {
    const legacy = new TextDecoder('windows-1252').decode(hex(bytes));
    expect(looksLikeVni(legacy)).toBe(true);
    expect(detectLegacy(legacy)).toBe('vni');
    expect(fromVni(legacy)).toBe(name);
  });

  it.each([
    ['44 69 65 e3 6e 20 43 68 61 e2 75', 'Diễn Châu'],
    ['42 61 e9 63 20 e6', 'Bắc ỉ'],
    ['41 6e 68 20 53 f4 6e', 'Anh Sơn'],
  ])('%s reads %s, though alone it is not told from Latin-1 text', (bytes, name) => {
    const legacy = new TextDecoder('windows-1252').decode(hex(bytes));
    expect(fromVni(legacy)).toBe(name);
    // Among other VNI names, as in any real table, the sheet is.
    expect(detectLegacy(`${legacy} Thaùi Hoøa`)).toBe('vni');
  });

  it('never takes Unicode or plain-ASCII text for a legacy encoding, whatever its letters', () => {
    const names = allUnits.map((u) => u.name);
    for (const name of names) expect(detectLegacy(name), name).toBeNull();
    expect(detectLegacy(names.join(' '))).toBeNull();
    for (const text of ['Thái Hòa', 'Hoà', 'Thoả mãn', 'Võ Thị Sáu', 'Vinh;1;84,76', 'Cua Lo', 'Ma DVHC;Don vi;Thu hang;Diem', 'Xuân Lâm', 'Tuệ Tĩnh']) {
      expect(detectLegacy(text), text).toBeNull();
    }
  });

  it('leaves TCVN3 text to TCVN3', () => {
    expect(detectLegacy('Th¸i Hßa')).toBe('tcvn3');
    expect(looksLikeVni('Th¸i Hßa')).toBe(false);
  });
});

describe('matchUnit', () => {
  // A ranking is matched at its level (see importRanking.ts): here, the district level to 2024.
  const units = allUnits.filter((u) => u.level === 'district');

  it.each([
    ['414', '414'],
    ['0414', '414'],
    ['Thái Hòa', '414'],
    ['TX Thái Hoà', '414'],
    ['Thị xã thai hoa', '414'],
    ['THỊ XÃ THÁI HÒA', '414'],
    ['H. Quỳnh Lưu', '421'],
    ['huyện  Nghi Lộc', '429'],
    ['TP. Vinh', '412'],
    ['Thành phố Vinh', '412'],
    [fromTcvn3('Th¸i Hßa'), '414'],
  ])('finds %j: unit %s', (cell, code) => {
    expect(matchUnit(cell, units)).toEqual({ found: units.find((u) => u.code === code) });
  });

  it('suggests the nearest names for a name that matches none', () => {
    const match = matchUnit('Thai Hao', units);
    expect(match.found).toBeNull();
    expect(match.found === null && match.suggestions.map((u) => u.name)).toContain('Thái Hòa');
    expect(matchUnit('Hà Nội', units)).toEqual({ found: null, suggestions: [] });
  });

  it('keeps names that only share a first word apart', () => {
    expect(unitNameKey('Thanh Chương')).toBe('thanh chuong');
    expect(unitNameKey('Quỳ Châu')).not.toBe(unitNameKey('Quỳ Hợp'));
  });
});
