// Every source, with each figure it gives (reported) or that was computed from it (derived).
import { useQuery } from '@tanstack/react-query';
import { byPeriod, isSourced } from '../../domain/observations';
import { formatNumber, formatPeriod, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { combineQueries } from '../../queries/combine';
import { observationQueries, referenceQueries } from '../../queries';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { ErrorState, LoadingState } from '../../ui/QueryState';
import { SourceCitation } from '../../ui/SourceLine';

export function SourcesPage() {
  const { t, lang } = useI18n();
  const indicators = useQuery(referenceQueries.indicators());
  const combined = combineQueries([
    useQuery(referenceQueries.units()),
    indicators,
    useQuery(referenceQueries.sources()),
    useQuery({
      ...observationQueries.list({ indicators: indicators.data?.map((i) => i.id) ?? [] }),
      enabled: indicators.data !== undefined,
    }),
  ] as const);

  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title">{t('sources.title')}</h1>
      <p className="lead">{t('sources.lead')}</p>
      {combined.status === 'pending' ? <LoadingState minHeight={400} /> : null}
      {combined.status === 'error' ? <ErrorState error={combined.error} onRetry={combined.retry} /> : null}
      {combined.status === 'success'
        ? (() => {
            const [units, indicatorList, sources, observations] = combined.data;
            const sourced = observations.filter(isSourced).sort(byPeriod);
            return (
              <ol className="source-list">
                {sources.map((source) => {
                  const figures = sourced.filter((o) => o.sourceId === source.id);
                  return (
                    <li key={source.id} className="source-list__item">
                      <p className="source-list__citation">
                        <SourceCitation source={source} />
                      </p>
                      {figures.length > 0 ? (
                        <ul className="source-list__figures" aria-label={t('sources.figures')}>
                          {figures.map((o) => (
                            <li key={`${o.unitCode}-${o.indicatorId}-${o.period.start}-${o.period.end}`}>
                              {units.find((u) => u.code === o.unitCode)?.name ?? o.unitCode} ·{' '}
                              {indicatorList.find((i) => i.id === o.indicatorId)?.label[lang] ?? o.indicatorId} · {formatPeriod(lang, o.period)}:{' '}
                              <strong>{o.rankedOf ? formatRank(o.value, o.rankedOf) : formatNumber(lang, o.value)}</strong>{' '}
                              <ProvenanceBadge provenance={o.provenance} />
                              {o.note ? <span className="source-list__note"> — {o.note[lang]}</span> : null}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            );
          })()
        : null}
    </section>
  );
}
