// Nghệ An's units across the 2024–2025 reforms: the province, its 21 district-level units (2019 –
// Jun 2025, from shared/seed/FACTS.md), the 130 communes and wards of 1 Jul 2025 and the 412 former
// commune-level units they were formed from, and Vietnam's provinces (63 → 34 on 1 Jul 2025).
import type { LineageChange, Unit, UnitLevel, UnitType } from '../../src/api/contract';
import reform from './reform2025.json';
import { RESOLUTION_1243, RESOLUTION_1678, RESOLUTION_PROVINCES } from './sources';

export const PROVINCE_CODE = '40';
/** Vietnam abolished the district level on 1 Jul 2025. */
const DISTRICT_LEVEL_ENDED = '2025-06-30';
export const REFORM_DATE = '2025-07-01';

/** The generated file's own shapes are plain strings; the contract's schemas check them in tests. */
type Generated = Omit<Unit, 'type' | 'level' | 'lineage'> & { type: string; level: string; lineage: (Omit<LineageChange, 'kind'> & { kind: string })[] };
const asUnit = ({ type, level, lineage, ...rest }: Generated): Unit => ({
  ...rest,
  type: type as UnitType,
  level: level as UnitLevel,
  lineage: lineage.map((change) => ({ ...change, kind: change.kind as LineageChange['kind'] })),
});

const district = (code: string, name: string, type: UnitType, extra: Partial<Unit> = {}): Unit => ({
  code,
  name,
  type,
  level: 'district',
  parentCode: PROVINCE_CODE,
  validFrom: null,
  validTo: DISTRICT_LEVEL_ENDED,
  successorCode: null,
  lineage: [
    {
      date: REFORM_DATE,
      kind: 'divided_into',
      before: [code],
      after: (reform.dividedInto as Record<string, string[]>)[code] ?? [],
      sourceId: RESOLUTION_1678,
    },
  ],
  ...extra,
});

const ngheAn: Unit = {
  code: PROVINCE_CODE,
  name: 'Nghệ An',
  type: 'province',
  level: 'province',
  parentCode: null,
  validFrom: null,
  validTo: null,
  successorCode: null,
  lineage: [],
};

/** The province and its 21 district-level units: what the dashboard charts for 2019–2024. */
export const provinceAndDistricts: Unit[] = [
  ngheAn,
  district('412', 'Vinh', 'city'),
  district('413', 'Cửa Lò', 'town', {
    validTo: '2024-11-30',
    successorCode: '412',
    lineage: [{ date: '2024-12-01', kind: 'merged_into', before: ['413'], after: ['412'], sourceId: RESOLUTION_1243 }],
  }),
  district('414', 'Thái Hòa', 'town'),
  district('432', 'Hoàng Mai', 'town'),
  district('415', 'Quế Phong', 'district'),
  district('416', 'Quỳ Châu', 'district'),
  district('417', 'Kỳ Sơn', 'district'),
  district('418', 'Tương Dương', 'district'),
  district('419', 'Nghĩa Đàn', 'district'),
  district('420', 'Quỳ Hợp', 'district'),
  district('421', 'Quỳnh Lưu', 'district'),
  district('422', 'Con Cuông', 'district'),
  district('423', 'Tân Kỳ', 'district'),
  district('424', 'Anh Sơn', 'district'),
  district('425', 'Diễn Châu', 'district'),
  district('426', 'Yên Thành', 'district'),
  district('427', 'Đô Lương', 'district'),
  district('428', 'Thanh Chương', 'district'),
  district('429', 'Nghi Lộc', 'district'),
  district('430', 'Nam Đàn', 'district'),
  district('431', 'Hưng Nguyên', 'district'),
];

export const districtUnits = provinceAndDistricts.filter((u) => u.level === 'district');

/** The 130 communes (xã) and wards (phường) since 1 Jul 2025. */
export const communeUnits: Unit[] = reform.current.map(({ formerDistrictCode: _district, ...u }) => asUnit(u));

/** Each commune or ward of 2025 and the district (as of 1 Mar 2025) its territory lay in. */
export const formerDistrictOf: ReadonlyMap<string, string> = new Map(reform.current.map((c) => [c.code, c.formerDistrictCode]));

/** The 412 commune-level units of 1 Mar 2025, each merged into one of the 130 on 1 Jul 2025. */
export const formerCommuneUnits: Unit[] = reform.former.map(asUnit);

/**
 * Vietnam's provinces: one unit for each of the 11 the reform left as they were, and for each of
 * the 23 merged ones the new province (from 1 Jul 2025) and the old ones it was formed from, under
 * "o" codes, so that a year counts 63 provinces up to 2024 and 34 from 2025.
 */
function provinces(): Unit[] {
  const province = (code: string, name: string, extra: Partial<Unit> = {}): Unit => ({ ...ngheAn, code, name, ...extra });
  return reform.provinces.flatMap((p) => {
    if (p.oldCodes.length === 1 && p.oldCodes[0] === p.code) return p.code === PROVINCE_CODE ? [] : [province(p.code, p.name)];
    const before = p.oldCodes.map((c) => `o${c}`);
    const old = p.oldCodes.map((c, i) =>
      province(`o${c}`, p.oldNames[i]!, {
        validTo: DISTRICT_LEVEL_ENDED,
        successorCode: p.code,
        lineage: [{ date: REFORM_DATE, kind: 'merged_into', before: [`o${c}`], after: [p.code], sourceId: RESOLUTION_PROVINCES }],
      }),
    );
    return [
      province(p.code, p.name, {
        validFrom: REFORM_DATE,
        lineage: [{ date: REFORM_DATE, kind: 'formed_from', before, after: [p.code], sourceId: RESOLUTION_PROVINCES }],
      }),
      ...old,
    ];
  });
}

export const units: Unit[] = [...provinceAndDistricts, ...communeUnits, ...formerCommuneUnits, ...provinces()];

/** A unit takes part in a year's ranking when it still existed at the end of that year. */
export const existedAtEndOf = (u: Unit, year: number): boolean =>
  (u.validTo === null || u.validTo >= `${year}-12-31`) && (u.validFrom === null || u.validFrom <= `${year}-12-31`);
