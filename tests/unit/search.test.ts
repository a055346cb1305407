// Unit search ignores diacritics, case and tone-mark placement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesName } from '../../src/domain/search';
import { seed } from '../../mocks/seed';

const districtLevel = seed.units.filter((u) => u.level === 'district');
const find = (query: string) => districtLevel.filter((u) => matchesName(u.name, query)).map((u) => u.name);

describe('unit search', () => {
  it.each(['thai hoa', 'THÁI HOÀ', 'Thái Hòa', 'thai', 'hoa thai', '  Thái   hòa '])('"%s" finds Thái Hòa', (query) => {
    expect(find(query)).toContain('Thái Hòa');
  });

  it('"dien chau" finds Diễn Châu only; "do luong" finds Đô Lương', () => {
    expect(find('dien chau')).toEqual(['Diễn Châu']);
    expect(find('do luong')).toEqual(['Đô Lương']);
  });

  it('"quy" finds the three units whose names start with Quỳ/Quế… only where they do', () => {
    expect(find('quy').sort()).toEqual(['Quỳ Châu', 'Quỳ Hợp', 'Quỳnh Lưu']);
  });

  it('finds nothing for a name that is not there, and everything for an empty query', () => {
    expect(find('hà nội')).toEqual([]);
    expect(find('')).toHaveLength(districtLevel.length);
  });

  it('folding never throws and is idempotent, whatever the input', () => {
    fc.assert(fc.property(fc.string(), (s) => foldVietnamese(foldVietnamese(s)) === foldVietnamese(s)));
    fc.assert(fc.property(fc.string(), fc.string(), (name, query) => typeof matchesName(name, query) === 'boolean'));
  });
});
