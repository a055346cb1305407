// The ranking's lines as an import will leave them: the changed units' ranks over the years, drawn
// by the ranking view's own chart from the previewed observations, for the import page to show
// before anything is published.
import type { ImportChartPreview } from '../../domain/importChart';
import { rankedOfByYear, rankedYears, rankPaths } from '../../domain/ranking';
import { useI18n } from '../../i18n/I18nProvider';
import { ProvenanceLegend } from '../../ui/ChartFrame';
import { seriesColour } from '../../ui/palette';
import { SourceLine } from '../../ui/SourceLine';
import { RankingChart } from './RankingChart';

export function RankingPreviewChart({ observations, unitCodes, names, sources }: ImportChartPreview) {
  const { t } = useI18n();
  // The district-level units' years: the communes' 2025 ranking is another chart.
  const ranks = observations.filter((o) => o.indicatorId === 'par_rank' && o.period.start < '2025');
  const scores = observations.filter((o) => o.indicatorId === 'par_score' && o.period.start < '2025');
  const selected = unitCodes.map((code, i) => ({ code, name: names.get(code) ?? code, colour: seriesColour(i) }));
  const title = t('import.chart.title');
  const codes = new Set(unitCodes);
  return (
    <figure className="chart-frame" aria-label={title}>
      <h2 className="chart-frame__title">{title}</h2>
      <p className="chart-frame__subtitle">{t('import.chart.units', { units: selected.map((u) => u.name).join(', ') })}</p>
      <div className="chart-frame__body">
        <RankingChart
          paths={rankPaths(ranks, scores)}
          names={names}
          selected={selected}
          years={rankedYears(ranks)}
          metric="rank"
          maxRank={Math.max(...rankedOfByYear(ranks).values())}
          sources={sources}
          ariaLabel={`${title}: ${t('ranking.axis.rank')}`}
        />
      </div>
      <figcaption className="chart-frame__caption">
        <ProvenanceLegend shape="line" />
        <SourceLine
          sources={[...new Set(ranks.filter((o) => codes.has(o.unitCode)).map((o) => o.sourceId))].flatMap((id) => sources.filter((s) => s.id === id))}
        />
      </figcaption>
    </figure>
  );
}
