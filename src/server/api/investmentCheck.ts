// The server's own check of published investment counts: the same domain checks the import page
// runs on the file, run again on the observations sent and on the file sent with them, read again
// here, so that the server alone decides.
import type { Observation, Unit } from '../../api/contract';
import { checkInvestment, isInvestmentPeriod, PROJECTS, PROJECTS_CUMULATIVE } from '../../domain/importInvestment';
import { readInvestmentTable } from '../../domain/importTable';
import { periodKey } from '../../domain/periods';
import { fileError, firstError, issueMessage, readSentTable, type Refusal, type SentFile } from './refusal';

/** Null when the counts may be published (warnings are the editor's to acknowledge), else the first error at its place in the body. */
export function refuseInvestment(observations: readonly Observation[], units: readonly Unit[], published: readonly Observation[]): Refusal | null {
  const counts = [...observations.entries()].filter(([, o]) => o.indicatorId === PROJECTS || o.indicatorId === PROJECTS_CUMULATIVE);
  if (counts.length === 0) return null;
  const [first, period] = [counts[0]![0], counts[0]![1].period];
  for (const [i, o] of counts) {
    if (o.indicatorId === PROJECTS_CUMULATIVE)
      return { parameter: `observations.${i}.indicatorId`, message: 'cumulative counts are derived from the periods’ counts, not published' };
    if (periodKey(o.period) !== periodKey(period))
      return { parameter: `observations.${i}.period`, message: `one period per publication: ${periodKey(period)} (observation ${first})` };
  }
  if (!isInvestmentPeriod(period))
    return { parameter: `observations.${first}.period`, message: `${periodKey(period)} is not a period investment counts are published for` };
  const rows = counts.map(([i, o]) => ({ row: i, unit: o.unitCode, count: String(o.value) }));
  const error = firstError(checkInvestment(period, rows, units, published).issues);
  if (!error) return null;
  const field = error.column === 'count' ? 'value' : 'unitCode';
  return { parameter: `observations.${error.row}.${field}`, message: issueMessage(error) };
}

/**
 * The kept file read again as the page read it: refused when it cannot be read, when its checks
 * find an error (at its row), or when the counts sent are not the file's.
 */
export async function refuseInvestmentFile(
  file: SentFile,
  observations: readonly Observation[],
  units: readonly Unit[],
  published: readonly Observation[],
): Promise<Refusal | null> {
  const counts = observations.filter((o) => o.indicatorId === PROJECTS);
  if (counts.length === 0) return null;
  const table = await readSentTable(file, readInvestmentTable, 'a unit and a count of projects');
  if (!table.ok) return table.refusal;
  const { values, issues } = checkInvestment(counts[0]!.period, table.rows, units, published);
  const refused = fileError(issues);
  if (refused) return refused;
  const inFile = new Map(values.map((v) => [v.unit.code, v.count]));
  const same = inFile.size === counts.length && counts.every((o) => inFile.get(o.unitCode) === o.value);
  return same ? null : { parameter: 'file', message: 'the counts sent are not the counts in the file' };
}
