// Nghệ An among Vietnam's 63 provinces: its provincial PAR Index rank by year, values on the points.
import type { Observation, Source, Unit } from '../../api/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../ui/DataTable';
import { useObservationView } from '../../queries/useObservationView';
import { exportFileName } from '../../domain/csv';
import { yearOf } from '../../domain/observations';
import { formatRank } from '../../i18n/format';
import { ChartFrame } from '../../ui/ChartFrame';
import { TooltipRow, TooltipTitle } from '../../ui/ChartTooltip';
import { seriesColour } from '../../ui/palette';
import { QueryBoundary } from '../../ui/QueryState';
import { TrendChart } from '../../ui/chart/TrendChart';
import { useEmbedHref } from '../../routing/embed';
import { useViewState } from '../../routing/useViewState';
import { countAtEndOf } from '../../domain/lineage';
import { homeProvince } from '../../domain/units';
import { PROVINCE_QUERY } from './useUnitKpis';

/** The provinces before and after 1 Jul 2025, when the data lists them (63 → 34); null otherwise. */
type ProvinceCount = { before: number; after: number; year: number } | null;
type ProvinceRanks = { province: Unit; series: Observation[]; sources: Source[]; count: ProvinceCount };

const REFORM_YEAR = 2025;

/** Null when the data hold no province or no rank for it. */
function provinceRanks(units: Unit[], sources: Source[], ranks: Observation[]): ProvinceRanks | null {
  const province = homeProvince(units);
  const series = ranks.filter((o) => o.unitCode === province?.code).sort((a, b) => yearOf(a) - yearOf(b));
  const before = countAtEndOf(units, 'province', REFORM_YEAR - 1);
  const after = countAtEndOf(units, 'province', REFORM_YEAR);
  const count = before > 1 && after > 1 && before !== after ? { before, after, year: REFORM_YEAR } : null;
  return province && series.length > 0 ? { province, series, sources, count } : null;
}

export function ProvinceRankChart() {
  const ranks = useObservationView(PROVINCE_QUERY, provinceRanks);
  return (
    <QueryBoundary data={ranks} loading={{ className: 'skeleton--chart' }}>
      {({ province, series, sources, count }) => <ProvinceRankFrame province={province} series={series} sourceList={sources} count={count} />}
    </QueryBoundary>
  );
}

function ProvinceRankFrame({ province, series, sourceList, count }: { province: Unit; series: Observation[]; sourceList: Source[]; count: ProvinceCount }) {
  const { t } = useI18n();
  const { state, update } = useViewState();
  const embedHref = useEmbedHref('province', []);
  const colour = seriesColour(0);
  const years = series.map(yearOf);
  const of = series[0]!.rankedOf ?? 63;
  const span = `${years[0]}–${years.at(-1)}`;
  const title = t('province.title', { province: province.name, count: of, span });
  const used = sourceList.filter((s) => series.some((o) => o.sourceId === s.id));
  const best = series.reduce((a, b) => (b.value < a.value ? b : a));
  const last = series.at(-1)!;

  return (
    <ChartFrame
      title={title}
      download={{ basename: exportFileName(t('export.name.province'), years), observations: series }}
      subtitle={t('province.subtitle', { count: of })}
      embed={{ href: embedHref, height: 640 }}
      mode={state.mode}
      onModeChange={(mode) => update({ mode })}
      chart={
        <TrendChart
          emphasised={[
            { key: province.code, label: province.name, colour, points: series.map((o) => ({ x: yearOf(o), value: o.value, provenance: o.provenance })) },
          ]}
          context={[]}
          xTicks={years}
          formatX={String}
          yDomain={[1, of]}
          yTicks={[1, 10, 20, 30, 40, 50, of]}
          yReversed
          formatY={String}
          yLabel={t('ranking.axis.rank')}
          labelPoints
          height={340}
          ariaLabel={title}
          renderTooltip={(year) => {
            const o = series.find((s) => yearOf(s) === year);
            return o ? (
              <>
                <TooltipTitle>{year}</TooltipTitle>
                <ul className="chart-tooltip__rows">
                  <TooltipRow colour={colour} name={province.name} observation={o} sources={sourceList}>
                    <strong>{formatRank(o.value, o.rankedOf)}</strong>
                  </TooltipRow>
                </ul>
              </>
            ) : null;
          }}
        />
      }
      table={
        <DataTable caption={title}>
          <thead>
            <tr>
              <th scope="col">{t('ranking.table.year')}</th>
              <th scope="col" className="numeric">
                {t('table.rank')}
              </th>
              <th scope="col">{t('source.label')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((o) => (
              <tr key={o.period.start}>
                <th scope="row">{yearOf(o)}</th>
                <td className="numeric">{formatRank(o.value, o.rankedOf)}</td>
                <td className="data-table__source">{sourceList.find((s) => s.id === o.sourceId)?.publisher}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      }
      summary={t('province.summary', {
        province: province.name,
        first: formatRank(series[0]!.value, of),
        firstYear: years[0]!,
        best: formatRank(best.value, of),
        bestYear: yearOf(best),
        last: formatRank(last.value, of),
        lastYear: yearOf(last),
      })}
      legendShape="line"
      notes={
        count ? (
          <>
            <p className="chart-frame__note">{t('province.change', { before: count.before, after: count.after })}</p>
            {series.some((o) => yearOf(o) >= count.year) ? null : (
              <p className="chart-frame__note chart-frame__note--missing">{t('province.notYet', { year: count.year, after: count.after })}</p>
            )}
          </>
        ) : null
      }
      sources={used}
    />
  );
}
