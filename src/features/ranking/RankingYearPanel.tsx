// One year's ranking as a table, with its year chooser; on a slide, split in two columns so all
// 21 units fit at a size readable from the back of the room.
import { useLiveControl } from '../../ui/useHydrated';
import { useId } from 'react';
import { useUnitHref } from '../../routing/routes';
import { useViewState } from '../../routing/useViewState';
import type { RankPaths } from '../../domain/ranking';
import { useI18n } from '../../i18n/I18nProvider';
import { usePresenting } from '../../ui/presenting';
import { EmptyState, QueryBoundary } from '../../ui/QueryState';
import { RankingYearTable } from './RankingTables';
import { useRanking, type RankingData } from './useRanking';

/** A slide fits a province's units in two columns; a national ranking shows its top and the chosen. */
const SPLIT_UP_TO = 30;
const SLIDE_ROWS = 15;

/** The table opens on the latest year a source gives for the first selected unit, else the latest year. */
function defaultTableYear(code: string | undefined, paths: RankPaths, years: readonly number[]): number {
  const path = code ? paths.get(code) : undefined;
  const sourced = years.filter((y) => path?.get(y) && path.get(y)!.rank.provenance !== 'illustrative');
  return sourced.at(-1) ?? years.at(-1)!;
}

export function RankingYearPanel() {
  return (
    <QueryBoundary data={useRanking()} loading={{ minHeight: 480 }}>
      {(data) => <RankingYearPanelContent data={data} />}
    </QueryBoundary>
  );
}

function RankingYearPanelContent({ data }: { data: RankingData }) {
  const { t } = useI18n();
  const unitHref = useUnitHref();
  const presenting = usePresenting();
  const { state, update } = useViewState();
  const titleId = useId();
  const selectId = useId();
  const live = useLiveControl();

  const years = data.years.filter((y) => (state.from === null || y >= state.from) && (state.to === null || y <= state.to));
  if (years.length === 0) return <EmptyState />;
  const chosen = data.atLevel(state.units);
  const selected = new Set(chosen.filter((c) => data.paths.has(c)));
  const year = state.year !== null && years.includes(state.year) ? state.year : defaultTableYear(chosen[0], data.paths, years);
  const count = data.rankedOf.get(year) ?? 0;
  const caption = t(data.level === 'commune' ? 'ranking.table.captionCommune' : 'ranking.table.caption', { year, count });
  const half = Math.ceil(count / 2);

  return (
    <section className="year-table" aria-labelledby={titleId}>
      <div className="year-table__header">
        <h2 id={titleId}>{t('ranking.table.title', { year })}</h2>
        {presenting ? null : (
          <span className="field">
            <label htmlFor={selectId}>{t('ranking.table.year')}</label>
            <select id={selectId} {...live} value={year} onChange={(e) => update({ year: Number(e.target.value) })}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      {presenting && count <= SPLIT_UP_TO ? (
        <div className="year-table__columns">
          <RankingYearTable
            paths={data.paths}
            names={data.names}
            year={year}
            caption={`${caption} (1–${half})`}
            unitHref={unitHref}
            selected={selected}
            ranks={[1, half]}
          />
          <RankingYearTable
            paths={data.paths}
            names={data.names}
            year={year}
            caption={`${caption} (${half + 1}–${count})`}
            unitHref={unitHref}
            selected={selected}
            ranks={[half + 1, count]}
          />
        </div>
      ) : (
        <RankingYearTable
          paths={data.paths}
          names={data.names}
          year={year}
          caption={caption}
          unitHref={unitHref}
          selected={selected}
          rowLimit={presenting ? SLIDE_ROWS : undefined}
        />
      )}
    </section>
  );
}
