// The PAR Index ranking page: choose units and years, the ranking chart, and one year's table.
import { useId } from 'react';
import { unitHref } from '../../app/routes';
import { useViewState } from '../../app/useViewState';
import type { RankPaths } from '../../domain/ranking';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { ViewControls } from '../../ui/ViewControls';
import { RankingPanel } from './RankingPanel';
import { RankingYearTable } from './RankingTables';
import { useRanking } from './useRanking';

export function RankingView() {
  const { t } = useI18n();
  const { status, data } = useRanking();
  const { state, update } = useViewState();
  const tableTitleId = useId();
  const yearSelectId = useId();

  if (status.status === 'error') return <ErrorState error={status.error} onRetry={status.retry} />;
  if (status.status === 'pending' || !data) return <LoadingState minHeight={560} />;

  const years = data.years.filter((y) => (state.from === null || y >= state.from) && (state.to === null || y <= state.to));
  const selected = new Set(state.units.filter((c) => data.paths.has(c)));
  const tableYear = state.year !== null && years.includes(state.year) ? state.year : defaultTableYear(state.units[0], data.paths, years);

  return (
    <section aria-labelledby="ranking-title">
      <h1 id="ranking-title">{t('ranking.title')}</h1>
      <p className="lead">{t('ranking.lead')}</p>
      <ViewControls units={data.units} years={data.years} state={state} update={update} />
      {data.duplicates.length > 0 ? (
        <div className="warning" role="alert">
          {t('ranking.duplicates', {
            details: data.duplicates.map((d) => `${d.year}: ${d.unitCodes.map((c) => data.names.get(c) ?? c).join(', ')} (${d.rank})`).join('; '),
          })}
        </div>
      ) : null}
      <RankingPanel unitCodes={state.units} />
      <section className="year-table" aria-labelledby={tableTitleId}>
        <div className="year-table__header">
          <h2 id={tableTitleId}>{t('ranking.table.title', { year: tableYear })}</h2>
          <span className="field">
            <label htmlFor={yearSelectId}>{t('ranking.table.year')}</label>
            <select id={yearSelectId} value={tableYear} onChange={(e) => update({ year: Number(e.target.value) })}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </span>
        </div>
        <RankingYearTable
          paths={data.paths}
          names={data.names}
          year={tableYear}
          caption={t('ranking.table.caption', { year: tableYear, count: data.rankedOf.get(tableYear) ?? '' })}
          unitHref={unitHref}
          selected={selected}
        />
      </section>
    </section>
  );
}

/** The table opens on the latest year a source gives for the first selected unit, else the latest year. */
function defaultTableYear(code: string | undefined, paths: RankPaths, years: readonly number[]): number {
  const path = code ? paths.get(code) : undefined;
  const sourced = years.filter((y) => path?.get(y) && path.get(y)!.rank.provenance !== 'illustrative');
  return sourced.at(-1) ?? years.at(-1)!;
}
