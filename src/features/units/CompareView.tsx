// Compare 2–5 units side by side: their headline figures in one table, then (placed by the app)
// the ranking and investment charts with just those units emphasised.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Observation } from '../../api/contract';
import { Link } from '../../routing/Link';
import { useUnitHref } from '../../routing/routes';
import { useViewState } from '../../routing/useViewState';
import { yearOf } from '../../domain/observations';
import { referenceQueries } from '../../queries';
import { useSearchableUnits } from '../../queries/useSearchableUnits';
import { formatNumber, formatPeriod, formatRank } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../ui/DataTable';
import { seriesColour } from '../../ui/palette';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { QueryBoundary } from '../../ui/QueryState';
import { ViewControls } from '../../ui/ViewControls';
import { useUnitKpis, type UnitKpiData } from './useUnitKpis';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;

function Figure({ observation, text }: { observation: Observation | null; text: (o: Observation) => string }) {
  const { lang } = useI18n();
  if (!observation) return <>—</>;
  return (
    <>
      <strong className="compare__value">{text(observation)}</strong>
      <span className="compare__period">{formatPeriod(lang, observation.period)}</span>
      <ProvenanceBadge provenance={observation.provenance} />
    </>
  );
}

export function CompareView({ charts }: { charts: (unitCodes: readonly string[]) => ReactNode }) {
  const { t, lang } = useI18n();
  const unitHref = useUnitHref();
  const { state, update } = useViewState();
  const inRange = state.units.length >= COMPARE_MIN && state.units.length <= COMPARE_MAX;
  const kpis = useUnitKpis(inRange ? state.units : []);
  const { units, onSearch } = useSearchableUnits(useQuery(referenceQueries.units()).data);

  const rows: { label: string; cell: (k: UnitKpiData) => ReactNode }[] = [
    { label: t('kpi.parRank'), cell: (k) => <Figure observation={k.rank?.latest ?? null} text={(o) => formatRank(o.value, o.rankedOf)} /> },
    {
      label: t('compare.change'),
      cell: (k) =>
        k.rank?.sinceFirst ? (
          <>
            <strong className="compare__value">
              {k.rank.sinceFirst.places > 0 ? '↑' : k.rank.sinceFirst.places < 0 ? '↓' : '='} {Math.abs(k.rank.sinceFirst.places) || ''}
            </strong>
            <span className="compare__period">
              {yearOf(k.rank.sinceFirst.from)}–{yearOf(k.rank.sinceFirst.to)}
            </span>
            <ProvenanceBadge provenance={k.rank.sinceFirst.provenance} />
          </>
        ) : (
          '—'
        ),
    },
    { label: t('kpi.projectsLatest'), cell: (k) => <Figure observation={k.projectsLatest} text={(o) => formatNumber(lang, o.value)} /> },
    { label: t('kpi.projectsCumulative'), cell: (k) => <Figure observation={k.projectsCumulative} text={(o) => formatNumber(lang, o.value)} /> },
  ];

  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead', { min: COMPARE_MIN, max: COMPARE_MAX })}</p>
      {units ? <ViewControls units={units} onSearch={onSearch} state={state} update={update} /> : null}
      {!inRange ? (
        <p className="notice" role="status">
          {t('compare.outOfRange', { min: COMPARE_MIN, max: COMPARE_MAX, n: state.units.length })}
        </p>
      ) : (
        <QueryBoundary data={kpis} loading={{ minHeight: 240 }}>
          {(data) => (
            <>
              <DataTable caption={t('compare.tableTitle')} className="compare">
                <thead>
                  <tr>
                    <td />
                    {data.map((k, i) => (
                      <th key={k.unit.code} scope="col">
                        {/* A fill, not a style attribute: the server-rendered page's CSP allows no inline styles. */}
                        <svg className="compare__swatch" viewBox="0 0 1 1" aria-hidden="true">
                          <rect width="1" height="1" fill={seriesColour(i)} />
                        </svg>
                        <Link href={unitHref(k.unit.code)}>{k.unit.name}</Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.label}>
                      <th scope="row">{row.label}</th>
                      {data.map((k) => (
                        <td key={k.unit.code}>
                          <span className="compare__cell">{row.cell(k)}</span>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              {charts(state.units)}
            </>
          )}
        </QueryBoundary>
      )}
    </section>
  );
}
