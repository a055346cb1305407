// What an import would publish, worked out in the browser from the file's sheet: its problems, the
// reported figures it sends, the figures the server derives from them on publishing (the cumulative
// counts), and the published figures they are compared with. The same domain checks run again on
// the server, which alone decides.
import { useQuery } from '@tanstack/react-query';
import type { Observation, Period, Source, Unit } from '../../api/contract';
import { checkInvestment, investmentObservations, PROJECTS, PROJECTS_CUMULATIVE } from '../../domain/importInvestment';
import { checkRanking, unitsRankedIn, type ImportIssue } from '../../domain/importRanking';
import { rankingObservations, readInvestmentTable, readRankingTable } from '../../domain/importTable';
import { recomputeCumulative } from '../../domain/investmentCumulative';
import { mergeObservations } from '../../domain/publication';
import { observationQueries } from '../../queries';

export type ImportChoice = { kind: 'ranking'; year: number } | { kind: 'investment'; period: Period };

export type ImportPlan = {
  /** False when no header row names the table's columns. */
  tableOk: boolean;
  rows: number;
  issues: ImportIssue[];
  /** Reported by the source: what is sent to the server. */
  observations: Observation[];
  /** Derived on publishing from the data with `observations` in it. */
  derived: Observation[];
  /** The file row each sent observation came from, to put a refusal of the server back at it. */
  rowOfObservation: number[];
  /** The published figures the import is compared with and charted over. */
  current: Observation[];
  /** The same figures once the import is published: what the preview charts. */
  after: Observation[];
  /** How many units the table gives figures for. */
  unitCount: number;
};

const currentQuery = (choice: ImportChoice) =>
  choice.kind === 'ranking'
    ? // Every year of the district-level ranking: the preview charts the changed units' lines through them.
      { indicators: ['par_rank', 'par_score'], to: '2024' }
    : { indicators: [PROJECTS, PROJECTS_CUMULATIVE] };

/** Null until the file, the units and the published figures are all there. */
export function useImportPlan(choice: ImportChoice, sheet: string[][] | null, units: Unit[] | undefined, source: Source): ImportPlan | null {
  const current = useQuery(observationQueries.list(currentQuery(choice))).data;
  if (!sheet || !units || !current) return null;
  return choice.kind === 'ranking' ? rankingPlan(choice.year, sheet, units, current, source) : investmentPlan(choice.period, sheet, units, current, source);
}

function rankingPlan(year: number, sheet: string[][], units: Unit[], current: Observation[], source: Source): ImportPlan {
  const table = readRankingTable(sheet);
  if (!table.ok) return { tableOk: false, rows: 0, issues: [], observations: [], derived: [], rowOfObservation: [], current, after: current, unitCount: 0 };
  const { values, issues } = checkRanking(year, table.rows, units);
  const observations = rankingObservations(year, values, unitsRankedIn(year, units).length, source);
  return {
    tableOk: true,
    rows: table.rows.length,
    issues,
    observations,
    derived: [],
    rowOfObservation: values.flatMap((v) => (v.score === null ? [v.row] : [v.row, v.row])),
    current,
    after: mergeObservations(current, observations),
    unitCount: values.length,
  };
}

function investmentPlan(period: Period, sheet: string[][], units: Unit[], current: Observation[], source: Source): ImportPlan {
  const table = readInvestmentTable(sheet);
  if (!table.ok) return { tableOk: false, rows: 0, issues: [], observations: [], derived: [], rowOfObservation: [], current, after: current, unitCount: 0 };
  const { values, issues } = checkInvestment(period, table.rows, units, current);
  const observations = investmentObservations(period, values, source);
  const touched = new Set(observations.map((o) => o.unitCode));
  const derived = recomputeCumulative(mergeObservations(current, observations), touched, source.id);
  return {
    tableOk: true,
    rows: table.rows.length,
    issues,
    observations,
    derived,
    rowOfObservation: values.map((v) => v.row),
    current,
    after: mergeObservations(current, observations),
    unitCount: values.length,
  };
}
