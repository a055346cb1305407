// The investment bars as an import will leave them: the changed units' projects per period, drawn
// by the investment view's own bar chart from the previewed observations (reported bars filled,
// illustrative ones hollow), for the import page to show before anything is published.
import type { ImportChartPreview } from '../../domain/importChart';
import { PROJECTS } from '../../domain/importInvestment';
import { cellKey, periodCells, periodColumns } from '../../domain/investment';
import { INVESTMENT_FROM } from './useInvestment';
import { formatNumber, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { ProvenanceLegend } from '../../ui/ChartFrame';
import { TooltipRow, TooltipTitle } from '../../ui/ChartTooltip';
import { seriesColour } from '../../ui/palette';
import { SourceLine } from '../../ui/SourceLine';
import { ProjectsBarChart } from './ProjectsBarChart';

export function InvestmentPreviewChart({ observations, unitCodes, names, sources }: ImportChartPreview) {
  const { t, lang } = useI18n();
  const chosen = unitCodes.map((code, i) => ({ code, name: names.get(code) ?? code, colour: seriesColour(i) }));
  const codes = new Set(unitCodes);
  const shown = observations.filter((o) => o.indicatorId === PROJECTS && codes.has(o.unitCode) && o.period.start >= INVESTMENT_FROM);
  const columns = periodColumns(shown);
  const cells = periodCells(shown);
  const title = t('import.chart.title');
  return (
    <figure className="chart-frame" aria-label={title}>
      <h2 className="chart-frame__title">{title}</h2>
      <p className="chart-frame__subtitle">{t('import.chart.units', { units: chosen.map((u) => u.name).join(', ') })}</p>
      <div className="chart-frame__body">
        <ProjectsBarChart
          columns={columns}
          units={chosen}
          cells={cells}
          formatColumn={(c) => [formatPeriod(lang, c.period), null]}
          formatValue={(v) => formatNumber(lang, v)}
          yLabel={t('investment.axis')}
          ariaLabel={`${title}: ${t('investment.chart.titlePeriod')}`}
          renderTooltip={(column) => (
            <>
              <TooltipTitle>{formatPeriod(lang, column.period)}</TooltipTitle>
              <ul className="chart-tooltip__rows">
                {chosen.map((u) => {
                  const o = cells.get(cellKey(u.code, column));
                  return o ? (
                    <TooltipRow key={u.code} colour={u.colour} name={u.name} observation={o} sources={sources}>
                      <strong>{t('investment.value', { count: o.value })}</strong>
                    </TooltipRow>
                  ) : null;
                })}
              </ul>
            </>
          )}
        />
      </div>
      <figcaption className="chart-frame__caption">
        <ProvenanceLegend shape="bar" />
        <SourceLine sources={[...new Set(shown.map((o) => o.sourceId))].flatMap((id) => sources.filter((s) => s.id === id))} />
      </figcaption>
    </figure>
  );
}
