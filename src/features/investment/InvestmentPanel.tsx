// The investment chart panel: projects attracted per period (bars) or cumulatively since 2020
// (lines) for the chosen units, with its table twin, summary and sources. Used by the investment,
// compare and unit pages.
import type { Observation, Period, Source, UnitEvent } from '../../api/contract';
import { useEmbedHref } from '../../routing/embed';
import { useViewState } from '../../routing/useViewState';
import { useUnitLevel } from '../../queries/useUnitLevel';
import { exportFileName } from '../../domain/csv';
import { byPeriod } from '../../domain/observations';
import { cellKey, monthFromIndex, periodCells, periodColumns, type PeriodColumn } from '../../domain/investment';
import { isPartial, isWholeYears, monthIndex, periodMonths } from '../../domain/periods';
import { formatNumber, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartFrame } from '../../ui/ChartFrame';
import { eventAnnotations } from '../../ui/annotations';
import { TooltipRow, TooltipTitle } from '../../ui/ChartTooltip';
import { seriesColour } from '../../ui/palette';
import { EmptyState, QueryBoundary } from '../../ui/QueryState';
import { Segmented } from '../../ui/Segmented';
import { TrendChart } from '../../ui/chart/TrendChart';
import { InvestmentTable } from './InvestmentTable';
import { ProjectsBarChart } from './ProjectsBarChart';
import { useInvestment, type InvestmentData } from './useInvestment';

type Chosen = { code: string; name: string; colour: string };

type Props = {
  unitCodes: readonly string[];
  events?: readonly UnitEvent[];
  /** Chart the level of the first unit (a profile) rather than the level chosen in the URL. */
  atUnitLevel?: boolean;
};

/** The years the district figures cover, for the year range control. */
export const investmentYears = (byPeriod: readonly Observation[]): number[] =>
  [...new Set(byPeriod.flatMap((o) => [Number(o.period.start.slice(0, 4)), Number(o.period.end.slice(0, 4))]))].sort((a, b) => a - b);

export function InvestmentPanel(props: Props) {
  return (
    <QueryBoundary data={useInvestment(useUnitLevel(props.atUnitLevel ? props.unitCodes[0] : undefined))} loading={{ minHeight: 480 }}>
      {(data) => <InvestmentPanelContent data={data} {...props} />}
    </QueryBoundary>
  );
}

function InvestmentPanelContent({ data, unitCodes, events = [] }: Props & { data: InvestmentData }) {
  const { t, lang } = useI18n();
  const { state, update } = useViewState();
  const embedHref = useEmbedHref('investment', unitCodes, data.level);

  const chosen: Chosen[] = data
    .atLevel(unitCodes)
    .filter((c) => c !== data.provinceCode && data.names.has(c))
    .map((code, i) => ({ code, name: data.names.get(code)!, colour: seriesColour(i) }));
  const chosenCodes = new Set(chosen.map((u) => u.code));
  const cumulative = state.measure === 'cumulative';
  const inYears = (o: Observation) =>
    (state.from === null || Number(o.period.start.slice(0, 4)) >= state.from) && (state.to === null || Number(o.period.end.slice(0, 4)) <= state.to);
  const shown = (cumulative ? data.cumulative : data.byPeriod).filter((o) => chosenCodes.has(o.unitCode) && inYears(o));
  const sourceOf = (o: Observation): Source | undefined => data.sources.find((s) => s.id === o.sourceId);
  const names = chosen.map((u) => u.name).join(', ');
  const columns = periodColumns(shown);
  const cells = periodCells(shown);
  /** A chosen unit's cumulative points within the years shown. */
  const shownPoints = (code: string) => (data.cumulativeByUnit.get(code) ?? []).filter((p) => inYears(p.observation));
  const span = columns.length ? formatPeriod(lang, { start: columns[0]!.period.start, end: columns.at(-1)!.period.end }) : '';
  const title = t(cumulative ? 'investment.chart.titleCumulative' : 'investment.chart.titlePeriod');
  const subtitle = t('investment.chart.subtitle', { units: names, span });

  const periodQualifier = (p: Period): string | null => {
    if (!isPartial(p) && periodMonths(p) === 12) return null;
    const months = periodMonths(p);
    return isWholeYears(p) ? t('period.years', { count: months / 12 }) : t('period.months', { count: months });
  };
  const special = columns.filter((c) => periodQualifier(c.period) !== null);

  const chart = cumulative ? (
    <TrendChart
      emphasised={chosen.map((u) => ({ key: u.code, label: u.name, colour: u.colour, points: shownPoints(u.code) }))}
      context={[...data.cumulativeByUnit].filter(([c]) => !chosenCodes.has(c)).map(([c, points]) => ({ key: c, label: data.names.get(c) ?? c, points }))}
      xTicks={[...new Set(data.cumulative.map((o) => monthIndex(o.period.end)))].sort((a, b) => a - b)}
      formatX={(x) => formatPeriod(lang, { start: monthFromIndex(x), end: monthFromIndex(x) })}
      yDomain={[0, 'auto']}
      formatY={(v) => formatNumber(lang, v)}
      yLabel={t('investment.axis')}
      renderTooltip={(x) => (
        <>
          <TooltipTitle>{t('investment.tooltip.until', { month: formatPeriod(lang, { start: monthFromIndex(x), end: monthFromIndex(x) }) })}</TooltipTitle>
          <ul className="chart-tooltip__rows">
            {chosen.map((u) => {
              const point = shownPoints(u.code).find((p) => p.x === x);
              return point ? (
                <TooltipRow key={u.code} colour={u.colour} name={u.name} observation={point.observation} sources={data.sources}>
                  <strong>{t('investment.value', { count: point.value })}</strong> ({formatPeriod(lang, point.observation.period)})
                </TooltipRow>
              ) : null;
            })}
          </ul>
        </>
      )}
      ariaLabel={title}
      annotations={eventAnnotations(events, lang, 'month')}
    />
  ) : (
    <ProjectsBarChart
      columns={columns}
      units={chosen}
      cells={cells}
      formatColumn={(c) => [formatPeriod(lang, c.period), periodQualifier(c.period)]}
      formatValue={(v) => formatNumber(lang, v)}
      yLabel={t('investment.axis')}
      ariaLabel={title}
      renderTooltip={(column: PeriodColumn) => (
        <>
          <TooltipTitle>
            {formatPeriod(lang, column.period)}
            {periodQualifier(column.period) ? ` (${periodQualifier(column.period)})` : ''}
          </TooltipTitle>
          <ul className="chart-tooltip__rows">
            {chosen.map((u) => {
              const o = cells.get(cellKey(u.code, column));
              return o ? (
                <TooltipRow key={u.code} colour={u.colour} name={u.name} observation={o} sources={data.sources}>
                  <strong>{t('investment.value', { count: o.value })}</strong>
                </TooltipRow>
              ) : null;
            })}
          </ul>
        </>
      )}
    />
  );

  return (
    <ChartFrame
      title={title}
      download={{
        basename: exportFileName(t(cumulative ? 'export.name.cumulative' : 'export.name.investment'), investmentYears(shown)),
        observations: [...shown].sort(byPeriod),
      }}
      subtitle={subtitle}
      embed={{ href: embedHref, height: 700 }}
      mode={state.mode}
      onModeChange={(mode) => update({ mode })}
      controls={
        <Segmented
          label={t('investment.measure')}
          options={[
            { value: 'period', label: t('investment.measure.period') },
            { value: 'cumulative', label: t('investment.measure.cumulative') },
          ]}
          value={state.measure}
          onChange={(measure) => update({ measure })}
        />
      }
      chart={chosen.length && shown.length ? chart : <EmptyState />}
      table={<InvestmentTable observations={shown} names={data.names} sourceOf={sourceOf} caption={`${title} — ${subtitle}`} />}
      summary={<InvestmentSummary chosen={chosen} shown={shown} cumulative={cumulative} />}
      legendShape={cumulative ? 'line' : 'bar'}
      notes={
        special.length && !cumulative ? (
          <p className="chart-frame__note">
            {t('investment.periodNote', { periods: special.map((c) => `${formatPeriod(lang, c.period)} (${periodQualifier(c.period)})`).join(', ') })}
          </p>
        ) : null
      }
      sources={[...new Set(shown.map((o) => o.sourceId))].map((id) => data.sources.find((s) => s.id === id)).filter((s) => s !== undefined)}
    />
  );
}

/** One sentence per unit: its latest figure and the period it covers. */
function InvestmentSummary({ chosen, shown, cumulative }: { chosen: readonly Chosen[]; shown: readonly Observation[]; cumulative: boolean }) {
  const { t, lang } = useI18n();
  return (
    <>
      {chosen
        .map((u) => {
          const own = shown.filter((o) => o.unitCode === u.code);
          const latest = [...own].sort(byPeriod).at(-1);
          if (!latest) return null;
          return t(cumulative ? 'investment.summary.cumulative' : 'investment.summary.period', {
            unit: u.name,
            count: latest.value,
            period: formatPeriod(lang, latest.period),
            provenance: t(`provenance.${latest.provenance}`).toLowerCase(),
          });
        })
        .filter(Boolean)
        .join(' ')}
    </>
  );
}
