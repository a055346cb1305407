// One unit's headline cards: PAR rank "of N" with its change and trend, latest and cumulative projects.
import type { RankChange } from '../../domain/observations';
import { yearOf } from '../../domain/observations';
import { formatNumber, formatPeriod, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { KpiCard } from '../../ui/KpiCard';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { Sparkline } from '../../ui/Sparkline';
import { EmptyState } from '../../ui/QueryState';
import type { UnitKpiData } from './useUnitKpis';

function ChangeLine({ change }: { change: RankChange }) {
  const { t } = useI18n();
  const n = Math.abs(change.places);
  const arrow = change.places > 0 ? '↑' : change.places < 0 ? '↓' : '=';
  const direction = change.places > 0 ? 'up' : change.places < 0 ? 'down' : 'same';
  const words = direction === 'same' ? t('kpi.change.same') : t(`kpi.change.${direction}`, { count: n });
  return (
    <p className={`kpi-card__change kpi-card__change--${direction}`}>
      <span aria-hidden="true">
        {arrow} {n > 0 ? n : ''}
      </span>
      <span className="visually-hidden">{words}</span> {t('kpi.change.since', { year: yearOf(change.from) })}{' '}
      <span className="kpi-card__change-from">({formatRank(change.from.value, change.from.rankedOf)})</span> <ProvenanceBadge provenance={change.provenance} />
    </p>
  );
}

export function UnitKpis({ kpis, headingLevel = 2 }: { kpis: UnitKpiData; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const { unit, rank, rankSeries, projectsLatest, projectsCumulative, cumulativeSeries, sources } = kpis;
  const sourceOf = (id: string | null) => sources.find((s) => s.id === id);
  const points = (series: typeof rankSeries, x: (o: (typeof rankSeries)[number]) => number) =>
    series.map((o) => ({ x: x(o), value: o.value, provenance: o.provenance }));

  if (!rank && !projectsLatest && !projectsCumulative) return <EmptyState />;
  return (
    <div className="kpi-grid">
      {rank ? (
        <KpiCard
          label={t('kpi.parRank')}
          headingLevel={headingLevel}
          observation={rank.latest}
          value={formatRank(rank.latest.value, rank.latest.rankedOf)}
          qualifier={
            rank.latest.rankedOf ? t(unit.level === 'commune' ? 'kpi.parRank.ofCommune' : 'kpi.parRank.of', { count: rank.latest.rankedOf }) : undefined
          }
          source={sourceOf(rank.latest.sourceId)}
        >
          {rank.sinceFirst ? <ChangeLine change={rank.sinceFirst} /> : null}
          <Sparkline
            points={points(rankSeries, yearOf)}
            reversed
            label={t('kpi.rankTrend', { unit: unit.name, ranks: rankSeries.map((o) => `${yearOf(o)}: ${formatRank(o.value, o.rankedOf)}`).join(', ') })}
          />
          {rank.laterIllustrative ? <p className="kpi-card__note">{t('kpi.laterIllustrative', { year: yearOf(rank.latest) })}</p> : null}
        </KpiCard>
      ) : null}
      {projectsLatest ? (
        <KpiCard
          label={t('kpi.projectsLatest')}
          headingLevel={headingLevel}
          observation={projectsLatest}
          value={formatNumber(lang, projectsLatest.value)}
          source={sourceOf(projectsLatest.sourceId)}
        />
      ) : null}
      {projectsCumulative ? (
        <KpiCard
          label={t('kpi.projectsCumulative')}
          headingLevel={headingLevel}
          observation={projectsCumulative}
          value={formatNumber(lang, projectsCumulative.value)}
          source={sourceOf(projectsCumulative.sourceId)}
        >
          <Sparkline
            points={points(cumulativeSeries, (o) => Number(o.period.end.slice(0, 4)) * 12 + Number(o.period.end.slice(5, 7)))}
            label={t('kpi.cumulativeTrend', {
              unit: unit.name,
              values: cumulativeSeries.map((o) => `${formatPeriod(lang, { start: o.period.end, end: o.period.end })}: ${o.value}`).join(', '),
            })}
          />
        </KpiCard>
      ) : null}
    </div>
  );
}
