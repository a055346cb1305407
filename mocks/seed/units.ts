// Nghệ An and its 21 district-level units (2019 – Nov 2024), with GSO codes, from shared/seed/FACTS.md.
import type { Unit, UnitType } from '../../src/api/contract';

export const PROVINCE_CODE = '40';
/** Vietnam abolished the district level on 1 Jul 2025. */
const DISTRICT_LEVEL_ENDED = '2025-06-30';

const unit = (code: string, name: string, type: UnitType, extra: Partial<Unit> = {}): Unit => ({
  code,
  name,
  type,
  parentCode: PROVINCE_CODE,
  validFrom: null,
  validTo: DISTRICT_LEVEL_ENDED,
  successorCode: null,
  ...extra,
});

export const units: Unit[] = [
  { code: PROVINCE_CODE, name: 'Nghệ An', type: 'province', parentCode: null, validFrom: null, validTo: null, successorCode: null },
  unit('412', 'Vinh', 'city'),
  unit('413', 'Cửa Lò', 'town', { validTo: '2024-11-30', successorCode: '412' }),
  unit('414', 'Thái Hòa', 'town'),
  unit('432', 'Hoàng Mai', 'town'),
  unit('415', 'Quế Phong', 'district'),
  unit('416', 'Quỳ Châu', 'district'),
  unit('417', 'Kỳ Sơn', 'district'),
  unit('418', 'Tương Dương', 'district'),
  unit('419', 'Nghĩa Đàn', 'district'),
  unit('420', 'Quỳ Hợp', 'district'),
  unit('421', 'Quỳnh Lưu', 'district'),
  unit('422', 'Con Cuông', 'district'),
  unit('423', 'Tân Kỳ', 'district'),
  unit('424', 'Anh Sơn', 'district'),
  unit('425', 'Diễn Châu', 'district'),
  unit('426', 'Yên Thành', 'district'),
  unit('427', 'Đô Lương', 'district'),
  unit('428', 'Thanh Chương', 'district'),
  unit('429', 'Nghi Lộc', 'district'),
  unit('430', 'Nam Đàn', 'district'),
  unit('431', 'Hưng Nguyên', 'district'),
];

export const districtUnits = units.filter((u) => u.parentCode === PROVINCE_CODE);

/** A unit takes part in a year's ranking when it still existed at the end of that year. */
export const existedAtEndOf = (u: Unit, year: number): boolean =>
  (u.validTo === null || u.validTo >= `${year}-12-31`) && (u.validFrom === null || u.validFrom <= `${year}-12-31`);
