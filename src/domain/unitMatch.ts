// Finding the unit a spreadsheet row means: by GSO code, or by name whatever its case, diacritics,
// tone-mark placement (Hoà / Hòa) and administrative prefix ("TX", "Thị xã", "huyện", "H.").
import type { Unit } from '../api/contract';

/** Longest first, so that "thành phố" is taken before "tp" could be. */
const PREFIXES = ['thanh pho', 'thi xa', 'thi tran', 'huyen', 'quan', 'phuong', 'xa', 'tp.', 'tp', 'tx.', 'tx', 'h.', 'q.', 'p.'];

/** A name reduced to what identifies it: no case, no diacritics (so no tone placement), no prefix. */
export function unitNameKey(name: string): string {
  let key = name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  for (const prefix of PREFIXES) {
    if (key.startsWith(`${prefix} `) || (prefix.endsWith('.') && key.startsWith(prefix))) {
      key = key.slice(prefix.length).trim();
      break;
    }
  }
  return key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

export type UnitMatch = { found: Unit } | { found: null; suggestions: Unit[] };

/** The unit a cell names (a GSO code or a name), or up to three near names to suggest. */
export function matchUnit(cell: string, units: readonly Unit[]): UnitMatch {
  const text = cell.trim();
  if (/^\d{2,5}$/.test(text)) {
    const byCode = units.find((u) => u.code === text || u.code === text.replace(/^0+/, ''));
    if (byCode) return { found: byCode };
  }
  const key = unitNameKey(text);
  const byName = units.filter((u) => unitNameKey(u.name) === key);
  if (byName.length === 1) return { found: byName[0]! };
  const suggestions = units
    .map((unit) => ({ unit, distance: editDistance(key, unitNameKey(unit.name)) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ unit }) => unit);
  return { found: null, suggestions };
}
