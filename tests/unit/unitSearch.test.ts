// Finding today's unit by a name it no longer has, and carrying a selection between the levels.
import { describe, expect, it } from 'vitest';
import { seed } from '../../mocks/seed';
import { carrySelection, indexUnits } from '../../src/domain/lineage';
import { formerNamesIndex, searchUnits } from '../../src/domain/unitSearch';

const index = indexUnits(seed.units);
const current = seed.units.filter((u) => u.level === 'commune' && u.validTo === null);
const former = formerNamesIndex(seed.units, index);
const find = (query: string) => searchUnits(current, query, former).map(({ unit, former: f }) => [unit.name, f ? `${f.relation} ${f.unit.name}` : null]);

describe('search by former names', () => {
  it('"Nghi Phong" finds Phường Vinh Lộc, formed from it', () => {
    expect(find('Nghi Phong')).toEqual([['Vinh Lộc', 'formed_from Nghi Phong']]);
  });

  it('"cua lo" finds Phường Cửa Lò by its own name, without diacritics', () => {
    expect(find('cua lo')).toEqual([['Cửa Lò', null]]);
  });

  it('"Nghi Lộc" finds the units on the former district’s land, and Vinh Lộc, which took four of its communes (Nghĩa Lộc too: the search ignores diacritics)', () => {
    const found = find('Nghi Lộc');
    expect(found).toContainEqual(['Nghi Lộc', null]);
    expect(found.filter(([, why]) => why === 'within Nghi Lộc').map(([name]) => name)).toEqual(
      expect.arrayContaining(['Vinh Lộc', 'Phúc Lộc', 'Đông Lộc', 'Trung Lộc', 'Thần Lĩnh', 'Hải Lộc', 'Văn Kiều']),
    );
  });

  it('finds every unit for an empty query, and none for a name that never was', () => {
    expect(find('')).toHaveLength(130);
    expect(find('hà nội')).toEqual([]);
  });
});

describe('carrying a selection between the levels', () => {
  it('turns Thái Hòa into the three units on its land, and each of them back into Thái Hòa', () => {
    const successors = carrySelection(['414'], 'commune', seed.units, index);
    expect(successors.map((c) => index.get(c)!.name)).toEqual(['Thái Hòa', 'Tây Hiếu', 'Đông Hiếu']);
    expect(carrySelection(successors, 'district', seed.units, index)).toEqual(['414']);
  });

  it('turns Cửa Lò, which ended in 2024, into Phường Cửa Lò', () => {
    expect(carrySelection(['413'], 'commune', seed.units, index).map((c) => index.get(c)!.name)).toEqual(['Cửa Lò']);
  });
});
