// The first screen an official sees: where the unit stands and how it moved, from published figures.
import type { RankChange } from '../../domain/observations';
import { yearOf } from '../../domain/observations';
import { formatNumber, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { KpiCard } from '../../ui/KpiCard';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { EmptyState, ErrorState, LoadingState } from '../../ui/QueryState';
import { useOverview } from './useOverview';

function ChangeLine({ change }: { change: RankChange }) {
  const { t } = useI18n();
  const n = Math.abs(change.places);
  const arrow = change.places > 0 ? '↑' : change.places < 0 ? '↓' : '=';
  const words = change.places > 0 ? t('kpi.change.up', { n }) : change.places < 0 ? t('kpi.change.down', { n }) : t('kpi.change.same');
  return (
    <p className={`kpi-card__change kpi-card__change--${change.places > 0 ? 'up' : change.places < 0 ? 'down' : 'same'}`}>
      <span aria-hidden="true">
        {arrow} {n > 0 ? n : ''}
      </span>
      <span className="visually-hidden">{words}</span> {t('kpi.change.since', { year: yearOf(change.from) })}{' '}
      <span className="kpi-card__change-from">({formatRank(change.from.value, change.from.rankedOf)})</span>{' '}
      <ProvenanceBadge provenance={change.provenance} />
    </p>
  );
}

export function Overview({ unitCode }: { unitCode: string }) {
  const { t, lang } = useI18n();
  const overview = useOverview(unitCode);

  if (overview.status === 'pending') return <LoadingState minHeight={320} />;
  if (overview.status === 'error') return <ErrorState error={overview.error} onRetry={overview.retry} />;
  if (overview.status === 'empty') return <EmptyState />;

  const { unit, rank, projectsLatest, projectsCumulative, sourceOf } = overview.data;
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title', { unit: unit.name })}</h1>
      <p className="lead">{t('overview.lead', { unit: unit.name })}</p>
      <div className="kpi-grid">
        {rank ? (
          <KpiCard
            label={t('kpi.parRank')}
            observation={rank.latest}
            value={formatRank(rank.latest.value, rank.latest.rankedOf)}
            qualifier={rank.latest.rankedOf ? t('kpi.parRank.of', { count: rank.latest.rankedOf }) : undefined}
            source={sourceOf(rank.latest)}
          >
            {rank.sinceFirst ? <ChangeLine change={rank.sinceFirst} /> : null}
            {rank.laterIllustrative ? <p className="kpi-card__note">{t('kpi.laterIllustrative', { year: rank.latest.period.start.slice(0, 4) })}</p> : null}
          </KpiCard>
        ) : null}
        {projectsLatest ? (
          <KpiCard
            label={t('kpi.projectsLatest')}
            observation={projectsLatest}
            value={formatNumber(lang, projectsLatest.value)}
            source={sourceOf(projectsLatest)}
          />
        ) : null}
        {projectsCumulative ? (
          <KpiCard
            label={t('kpi.projectsCumulative')}
            observation={projectsCumulative}
            value={formatNumber(lang, projectsCumulative.value)}
            source={sourceOf(projectsCumulative)}
          />
        ) : null}
        {!rank && !projectsLatest && !projectsCumulative ? <EmptyState /> : null}
      </div>
    </section>
  );
}
