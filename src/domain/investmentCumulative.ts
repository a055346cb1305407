// The cumulative counts since 2020 that follow from the counts per period: after an import they are
// recomputed by arithmetic, never taken as reported. A sum of reported (or derived) counts is
// derived, with the sum in its note; a sum that includes an illustrative count stays illustrative.
import type { Observation } from '../api/contract';
import { CUMULATIVE_FROM, PROJECTS, PROJECTS_CUMULATIVE } from './importInvestment';
import { monthIndex } from './periods';
import { mergeObservations, observationKey } from './publication';

type Sum = { parts: Observation[]; illustrative: number };

/**
 * For each month a unit's periods reach from January 2020 without a gap or an overlap, the sum
 * that gets there with the fewest illustrative parts (then the fewest parts).
 */
function sumsFrom2020(periods: readonly Observation[]): Map<number, Sum> {
  const start = monthIndex(CUMULATIVE_FROM);
  const best = new Map<number, Sum>([[start, { parts: [], illustrative: 0 }]]);
  const edges = [...periods].sort((a, b) => a.period.start.localeCompare(b.period.start) || a.period.end.localeCompare(b.period.end));
  const better = (a: Sum, b: Sum | undefined) =>
    !b || a.illustrative < b.illustrative || (a.illustrative === b.illustrative && a.parts.length < b.parts.length);
  // Edges sorted by start: every path into a month is complete before edges leave it.
  for (const o of edges) {
    const from = best.get(monthIndex(o.period.start));
    if (!from) continue;
    const next = { parts: [...from.parts, o], illustrative: from.illustrative + (o.provenance === 'illustrative' ? 1 : 0) };
    const to = monthIndex(o.period.end) + 1;
    if (better(next, best.get(to))) best.set(to, next);
  }
  best.delete(start);
  return best;
}

function cumulativeOf(unitCode: string, end: string, sum: Sum, sourceId: string | null): Observation {
  const total = sum.parts.reduce((s, o) => s + o.value, 0);
  const arithmetic = `${sum.parts.map((o) => o.value).join(' + ')} = ${total}`;
  const derived = sum.illustrative === 0;
  return {
    unitCode,
    indicatorId: PROJECTS_CUMULATIVE,
    period: { start: CUMULATIVE_FROM, end },
    value: total,
    rankedOf: null,
    provenance: derived ? 'derived' : 'illustrative',
    sourceId: derived ? sourceId : null,
    quote: null,
    note: derived
      ? { vi: `Tổng số dự án của các kỳ từ 01/2020: ${arithmetic}.`, en: `The periods' projects since Jan 2020 added up: ${arithmetic}.` }
      : {
          vi: `Số liệu minh họa: tổng ${arithmetic} có phần minh họa, không do nguồn nào công bố.`,
          en: `Illustrative value: the sum ${arithmetic} includes illustrative counts; no source gives it.`,
        },
  };
}

/**
 * The cumulative counts of `unitCodes` recomputed over `observations` (the data once the import is
 * merged): a reported cumulative count stays as its source gives it; one that is not reported is
 * replaced by the sum of the periods when they reach its month; a month the periods newly reach
 * gets a derived count only when every part is reported or derived (no new illustrative figure).
 * Returns the cumulative observations that change or are added; the ones that derive from
 * `sourceId`'s import name it as their source.
 */
export function recomputeCumulative(observations: readonly Observation[], unitCodes: ReadonlySet<string>, sourceId: string): Observation[] {
  const out: Observation[] = [];
  for (const unitCode of unitCodes) {
    const own = observations.filter((o) => o.unitCode === unitCode);
    const periods = own.filter((o) => o.indicatorId === PROJECTS && o.period.start >= CUMULATIVE_FROM);
    const existing = new Map(own.filter((o) => o.indicatorId === PROJECTS_CUMULATIVE && o.period.start === CUMULATIVE_FROM).map((o) => [o.period.end, o]));
    for (const [next, sum] of sumsFrom2020(periods)) {
      const end = `${Math.floor((next - 1) / 12)}-${String(((next - 1) % 12) + 1).padStart(2, '0')}`;
      const before = existing.get(end);
      if (before?.provenance === 'reported') continue;
      if (!before && sum.illustrative > 0) continue;
      const after = cumulativeOf(unitCode, end, sum, sourceId);
      if (!before || before.value !== after.value || before.provenance !== after.provenance) out.push(after);
    }
  }
  return out.sort((a, b) => observationKey(a).localeCompare(observationKey(b)));
}

/**
 * The data once `incoming` is published, as the server makes it and the preview shows it: the
 * incoming figures merged in, and the cumulative counts of the units whose periods they change recomputed.
 */
export function publishedObservations(current: readonly Observation[], incoming: readonly Observation[], sourceId: string): Observation[] {
  const merged = mergeObservations(current, incoming);
  const touched = new Set(incoming.filter((o) => o.indicatorId === PROJECTS).map((o) => o.unitCode));
  return touched.size === 0 ? merged : mergeObservations(merged, recomputeCumulative(merged, touched, sourceId));
}
