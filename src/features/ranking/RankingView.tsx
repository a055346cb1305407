// The PAR Index ranking view: the bump chart of every unit, and a sortable table for one year.
import { useId, useMemo } from 'react';
import { useViewState } from '../../app/useViewState';
import { summarisePath, type PathSummary, type RankPaths } from '../../domain/ranking';
import { yearRanges } from '../../domain/periods';
import { mergers } from '../../domain/units';
import { formatPartialDate, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartFrame, ProvenanceLegend } from '../../ui/ChartFrame';
import { seriesColour } from '../../ui/palette';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { Segmented } from '../../ui/Segmented';
import { RankingChart } from './RankingChart';
import { RankingChartTable, RankingYearTable } from './RankingTables';
import { useRanking } from './useRanking';

function PathSentence({ summary, name }: { summary: PathSummary; name: string }) {
  const { t } = useI18n();
  const { sourced, shown, illustrativeYears } = summary;
  if (!shown) return null;
  const rank = (c: { rank: { value: number; rankedOf: number | null } }) => formatRank(c.rank.value, c.rank.rankedOf);
  const parts: string[] = [];
  if (sourced) {
    const moved = sourced.from.rank.value - sourced.to.rank.value;
    const key = sourced.from === sourced.to ? 'ranking.summary.single' : moved > 0 ? 'ranking.summary.rose' : moved < 0 ? 'ranking.summary.fell' : 'ranking.summary.held';
    parts.push(t(key, { unit: name, from: rank(sourced.from), fromYear: sourced.from.year, to: rank(sourced.to), toYear: sourced.to.year }));
  }
  if (illustrativeYears.length) {
    parts.push(
      t(sourced ? 'ranking.summary.restIllustrative' : 'ranking.summary.allIllustrative', {
        unit: name,
        years: yearRanges(illustrativeYears),
        last: rank(shown.to),
        lastYear: shown.to.year,
      }),
    );
  }
  return <>{parts.join(' ')} </>;
}

export function RankingView() {
  const { t, lang } = useI18n();
  const { status, data } = useRanking();
  const limits = useMemo(() => (data ? { unitCodes: new Set(data.paths.keys()), years: data.years } : null), [data]);
  const { state, update } = useViewState(limits);
  const tableTitleId = useId();

  if (status.status === 'error') return <ErrorState error={status.error} onRetry={status.retry} />;
  if (status.status === 'pending' || !data) return <LoadingState minHeight={560} />;

  const years = data.years.filter((y) => (state.from === null || y >= state.from) && (state.to === null || y <= state.to));
  const selected = state.units.filter((c) => data.paths.has(c)).map((code, i) => ({ code, name: data.names.get(code) ?? code, colour: seriesColour(i) }));
  const selectedCodes = new Set(selected.map((u) => u.code));
  const maxRank = Math.max(...years.map((y) => data.rankedOf.get(y) ?? 0));
  const span = `${years[0]}–${years.at(-1)}`;
  const unitCounts = [...new Set(years.map((y) => data.rankedOf.get(y)))].join('/');
  const tableYear = state.year !== null && years.includes(state.year) ? state.year : defaultTableYear(selected[0]?.code, data.paths, years);
  const title = t(state.metric === 'rank' ? 'ranking.chart.titleRank' : 'ranking.chart.titleScore', { span });
  const unitHref = (code: string) => `/units/${code}${window.location.search}`;

  return (
    <section aria-labelledby="ranking-title">
      <h1 id="ranking-title">{t('ranking.title')}</h1>
      <p className="lead">{t('ranking.lead')}</p>
      {data.duplicates.length > 0 ? (
        <div className="warning" role="alert">
          {t('ranking.duplicates', {
            details: data.duplicates.map((d) => `${d.year}: ${d.unitCodes.map((c) => data.names.get(c) ?? c).join(', ')} (${d.rank})`).join('; '),
          })}
        </div>
      ) : null}
      <ChartFrame
        title={title}
        subtitle={t(state.metric === 'rank' ? 'ranking.chart.subtitleRank' : 'ranking.chart.subtitleScore', { count: unitCounts })}
        mode={state.mode}
        onModeChange={(mode) => update({ mode })}
        controls={
          <Segmented
            label={t('ranking.metric')}
            options={[
              { value: 'rank', label: t('ranking.metric.rank') },
              { value: 'score', label: t('ranking.metric.score') },
            ]}
            value={state.metric}
            onChange={(metric) => update({ metric })}
          />
        }
        chart={
          <RankingChart
            paths={data.paths}
            names={data.names}
            selected={selected}
            years={years}
            metric={state.metric}
            maxRank={maxRank}
            sources={data.sources}
            ariaLabel={title}
          />
        }
        table={<RankingChartTable paths={data.paths} names={data.names} years={years} metric={state.metric} caption={title} unitHref={unitHref} selected={selectedCodes} />}
        summary={selected.map((u) => (
          <PathSentence key={u.code} summary={summarisePath(u.code, data.paths.get(u.code), years)} name={u.name} />
        ))}
        legend={<ProvenanceLegend shape="line" />}
        notes={maxRank !== Math.min(...years.map((y) => data.rankedOf.get(y) ?? maxRank)) ? <p className="chart-frame__note">
              {t('ranking.boundaryNote', {
                changes: mergers(data.units)
                  .map((m) => t('unit.mergedInto', { unit: m.unit.name, successor: m.successor.name, date: formatPartialDate(lang, m.effective) }))
                  .join('; '),
              })}
            </p> : null}
        sources={data.sources}
      />
      <section className="year-table" aria-labelledby={tableTitleId}>
        <div className="year-table__header">
          <h2 id={tableTitleId}>{t('ranking.table.title', { year: tableYear })}</h2>
          <label className="field">
            <span>{t('ranking.table.year')}</span>
            <select value={tableYear} onChange={(e) => update({ year: Number(e.target.value) })}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        <RankingYearTable
          paths={data.paths}
          names={data.names}
          year={tableYear}
          caption={t('ranking.table.caption', { year: tableYear, count: data.rankedOf.get(tableYear) ?? '' })}
          unitHref={unitHref}
          selected={selectedCodes}
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
