// Every source, with each figure it gives (reported) or that was computed from it (derived).
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Indicator, Observation, Source, Unit } from '../../api/contract';
import { byPeriod, isSourced } from '../../domain/observations';
import { formatNumber, formatPeriod, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { combineQueries, shapedOnce, type DataTuple } from '../../queries/combine';
import { observationQueries, referenceQueries } from '../../queries';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { QueryBoundary } from '../../ui/QueryState';
import { SourceCitation } from '../../ui/SourceLine';

type Results = readonly [UseQueryResult<Unit[]>, UseQueryResult<Indicator[]>, UseQueryResult<Source[]>, UseQueryResult<Observation[]>];

const listing = shapedOnce(([units, indicators, sources, observations]: DataTuple<Results>) => ({
  units,
  indicators,
  sources,
  sourced: observations.filter(isSourced).sort(byPeriod),
}));
const combine = (results: Results) => combineQueries(results, listing);

export function SourcesPage() {
  const { t, lang } = useI18n();
  // Every indicator's figures: the list of indicators comes first.
  const indicatorIds = useQuery(referenceQueries.indicators()).data?.map((i) => i.id);
  const listed = useQueries({
    queries: [
      referenceQueries.units(),
      referenceQueries.indicators(),
      referenceQueries.sources(),
      { ...observationQueries.list({ indicators: indicatorIds ?? [] }), enabled: indicatorIds !== undefined },
    ],
    combine,
  });

  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title">{t('sources.title')}</h1>
      <p className="lead">{t('sources.lead')}</p>
      <QueryBoundary data={listed} loading={{ minHeight: 400 }}>
        {({ units, indicators: indicatorList, sources, sourced }) => (
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
        )}
      </QueryBoundary>
    </section>
  );
}
