// The server's own check of a published PAR Index ranking: the same domain checks the import page
// runs on the file (every unit ranked that year, ranks a permutation of 1..N, scores 0–100 that do
// not contradict the ranks), run again on the ranks and scores sent and on the file sent with them,
// read again here, so that the server alone decides.
import type { Observation, Unit } from '../../api/contract';
import { checkRanking, unitsRankedIn, type RankingRow } from '../../domain/importRanking';
import { readRankingTable } from '../../domain/importTable';
import { periodKey } from '../../domain/periods';
import { fileError, firstError, issueMessage, readSentTable, type Refusal, type SentFile } from './refusal';

const RANK = 'par_rank';
const SCORE = 'par_score';

/** The year a period is, when it is a whole calendar year: a ranking is published a year at a time. */
function yearOf({ start, end }: Observation['period']): number | null {
  const year = start.slice(0, 4);
  return start === `${year}-01` && end === `${year}-12` ? Number(year) : null;
}

type Sent = { year: number; ranks: Map<string, [number, Observation]>; scores: Map<string, [number, Observation]> };

/** The ranks and scores sent, by unit with their place in the body, or the refusal of their shape. */
function sentRanking(observations: readonly Observation[], units: readonly Unit[]): Sent | Refusal | null {
  const figures = [...observations.entries()].filter(([, o]) => o.indicatorId === RANK || o.indicatorId === SCORE);
  if (figures.length === 0) return null;
  const [first, period] = [figures[0]![0], figures[0]![1].period];
  const year = yearOf(period);
  if (year === null) return { parameter: `observations.${first}.period`, message: `a ranking is published for a whole year, not ${periodKey(period)}` };
  const size = unitsRankedIn(year, units).length;
  if (size === 0) return { parameter: `observations.${first}.period`, message: `no unit is ranked in ${year}` };
  const sent: Sent = { year, ranks: new Map(), scores: new Map() };
  for (const [i, o] of figures) {
    if (periodKey(o.period) !== periodKey(period))
      return { parameter: `observations.${i}.period`, message: `one year per publication: ${year} (observation ${first})` };
    const rankedOf = o.indicatorId === RANK ? size : null;
    if (o.rankedOf !== rankedOf)
      return {
        parameter: `observations.${i}.rankedOf`,
        message: rankedOf ? `${year} ranks ${size} units: rankedOf is ${size}` : 'a score is ranked of nothing: rankedOf is null',
      };
    (o.indicatorId === RANK ? sent.ranks : sent.scores).set(o.unitCode, [i, o]);
  }
  // A rank may come alone (a decision may give ranks only); a score alone could not be checked against the ranks.
  for (const [unit, [i]] of sent.scores) {
    if (!sent.ranks.has(unit))
      return { parameter: `observations.${i}.indicatorId`, message: `a score without its unit's rank: ${unit} has no ${RANK} for ${year}` };
  }
  return sent;
}

/** Null when the ranking may be published (a tie is a warning the editor acknowledged), else the first error at its place in the body. */
export function refuseRanking(observations: readonly Observation[], units: readonly Unit[]): Refusal | null {
  const sent = sentRanking(observations, units);
  if (sent === null || 'parameter' in sent) return sent;
  // Each rank is a row, numbered by its place in the body: a problem of its score is put at the score's place.
  const rows: RankingRow[] = [...sent.ranks].map(([unit, [i, o]]) => ({
    row: i,
    unit,
    rank: String(o.value),
    score: String(sent.scores.get(unit)?.[1].value ?? ''),
  }));
  const error = firstError(checkRanking(sent.year, rows, units).issues);
  if (!error) return null;
  if (error.row === null) return { parameter: 'observations', message: issueMessage(error) };
  const unit = observations[error.row]!.unitCode;
  const at = error.column === 'score' ? sent.scores.get(unit)![0] : error.row;
  return { parameter: `observations.${at}.${error.column === 'unit' ? 'unitCode' : 'value'}`, message: issueMessage(error) };
}

/**
 * The kept file read again as the page read it: refused when it cannot be read, when its checks
 * find an error (at its row), or when the ranks and scores sent are not the file's.
 */
export async function refuseRankingFile(file: SentFile, observations: readonly Observation[], units: readonly Unit[]): Promise<Refusal | null> {
  const sent = sentRanking(observations, units);
  if (sent === null || 'parameter' in sent) return sent;
  const table = await readSentTable(file, readRankingTable, 'a unit and a rank');
  if (!table.ok) return table.refusal;
  const { values, issues } = checkRanking(sent.year, table.rows, units);
  const refused = fileError(issues);
  if (refused) return refused;
  const same =
    values.length === sent.ranks.size &&
    sent.scores.size === values.filter((v) => v.score !== null).length &&
    values.every((v) => sent.ranks.get(v.unit.code)?.[1].value === v.rank && (sent.scores.get(v.unit.code)?.[1].value ?? null) === v.score);
  return same ? null : { parameter: 'file', message: 'the ranks and scores sent are not those in the file' };
}
