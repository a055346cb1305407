// The ranking chart panel: every unit's PAR rank (or score) path with the chosen units emphasised,
// its table twin, a text summary, provenance legend and sources. Used by the ranking, compare and
// unit pages.
import type { UnitEvent } from '../../api/contract';
import { useEmbedHref } from '../../routing/embed';
import { useUnitHref } from '../../routing/routes';
import { useViewState } from '../../routing/useViewState';
import { useUnitLevel } from '../../queries/useUnitLevel';
import { exportFileName } from '../../domain/csv';
import { yearRanges } from '../../domain/periods';
import { summarisePath, type PathSummary } from '../../domain/ranking';
import { mergers } from '../../domain/units';
import { formatPartialDate, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartFrame } from '../../ui/ChartFrame';
import { seriesColour } from '../../ui/palette';
import { EmptyState, QueryBoundary } from '../../ui/QueryState';
import { Segmented } from '../../ui/Segmented';
import { eventAnnotations } from '../../ui/annotations';
import { RankingChart } from './RankingChart';
import { RankingChartTable } from './RankingTables';
import { useRanking, type RankingData } from './useRanking';

function PathSentence({ summary, name }: { summary: PathSummary; name: string }) {
  const { t } = useI18n();
  const { sourced, shown, illustrativeYears } = summary;
  if (!shown) return null;
  const rank = (c: { rank: { value: number; rankedOf: number | null } }) => formatRank(c.rank.value, c.rank.rankedOf);
  const parts: string[] = [];
  if (sourced) {
    const moved = sourced.from.rank.value - sourced.to.rank.value;
    const key =
      sourced.from === sourced.to ? 'ranking.summary.single' : moved > 0 ? 'ranking.summary.rose' : moved < 0 ? 'ranking.summary.fell' : 'ranking.summary.held';
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

type Props = {
  /** Units to emphasise, in colour order. */
  unitCodes: readonly string[];
  /** Events drawn on the chart as annotations. */
  events?: readonly UnitEvent[];
  /** Chart the level of the first unit (a profile) rather than the level chosen in the URL. */
  atUnitLevel?: boolean;
};

export function RankingPanel(props: Props) {
  return (
    <QueryBoundary data={useRanking(useUnitLevel(props.atUnitLevel ? props.unitCodes[0] : undefined))} loading={{ minHeight: 560 }}>
      {(data) => <RankingPanelContent data={data} {...props} />}
    </QueryBoundary>
  );
}

function RankingPanelContent({ data, unitCodes, events = [] }: Props & { data: RankingData }) {
  const { t, lang } = useI18n();
  const unitHref = useUnitHref();
  const { state, update } = useViewState();
  const embedHref = useEmbedHref('ranking', unitCodes, data.level);

  const years = data.years.filter((y) => (state.from === null || y >= state.from) && (state.to === null || y <= state.to));
  if (years.length === 0) return <EmptyState />;
  const selected = data
    .atLevel(unitCodes)
    .filter((c) => data.paths.has(c))
    .map((code, i) => ({ code, name: data.names.get(code) ?? code, colour: seriesColour(i) }));
  const commune = data.level === 'commune';
  const maxRank = Math.max(...years.map((y) => data.rankedOf.get(y) ?? 0));
  const span = `${years[0]}–${years.at(-1)}`;
  const unitCounts = [...new Set(years.map((y) => data.rankedOf.get(y)))].join('/');
  const title = t(
    state.metric === 'rank'
      ? commune
        ? 'ranking.chart.titleRankCommune'
        : 'ranking.chart.titleRank'
      : commune
        ? 'ranking.chart.titleScoreCommune'
        : 'ranking.chart.titleScore',
    { span: years.length === 1 ? String(years[0]) : span },
  );
  const communesFrom = data.firstYearOf.get('commune');
  const boundaryChanges = mergers(data.units);
  const endNotes = new Map(
    boundaryChanges.map((m) => [m.unit.code, t('unit.mergedShort', { successor: m.successor.name, date: formatPartialDate(lang, m.effective) })]),
  );

  const exported = [...data.paths.values()]
    .flatMap((path) => years.map((y) => (state.metric === 'rank' ? path.get(y)?.rank : path.get(y)?.score)))
    .filter((o) => o !== undefined && o !== null);

  return (
    <ChartFrame
      title={title}
      download={{
        basename: exportFileName(t(state.metric === 'rank' ? 'export.name.ranking' : 'export.name.score'), years),
        observations: exported,
        unitCodes: selected.map((u) => u.code),
      }}
      subtitle={t(
        state.metric === 'rank'
          ? commune
            ? 'ranking.chart.subtitleRankCommune'
            : 'ranking.chart.subtitleRank'
          : commune
            ? 'ranking.chart.subtitleScoreCommune'
            : 'ranking.chart.subtitleScore',
        { counts: unitCounts },
      )}
      embed={{ href: embedHref, height: state.metric === 'rank' ? 860 : 760 }}
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
          endNotes={endNotes}
          annotations={eventAnnotations(events, lang, 'year')}
          unitHref={unitHref}
        />
      }
      table={
        <RankingChartTable
          paths={data.paths}
          names={data.names}
          years={years}
          metric={state.metric}
          caption={title}
          unitHref={unitHref}
          selected={new Set(selected.map((u) => u.code))}
        />
      }
      summary={selected.map((u) => (
        <PathSentence key={u.code} summary={summarisePath(u.code, data.paths.get(u.code), years)} name={u.name} />
      ))}
      legendShape="line"
      notes={
        <>
          {maxRank !== Math.min(...years.map((y) => data.rankedOf.get(y) ?? maxRank)) ? (
            <p className="chart-frame__note">
              {t('ranking.boundaryNote', {
                changes: boundaryChanges
                  .map((m) => t('unit.mergedInto', { unit: m.unit.name, successor: m.successor.name, date: formatPartialDate(lang, m.effective) }))
                  .join('; '),
              })}
            </p>
          ) : null}
          {communesFrom && data.firstYearOf.has('district') ? (
            <p className="chart-frame__note chart-frame__note--break">{t('ranking.break', { year: communesFrom.year, n: communesFrom.rankedOf })}</p>
          ) : null}
        </>
      }
      sources={data.sources}
    />
  );
}
