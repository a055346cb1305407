// The headline cards of the chosen units together (for a slide): at most three, side by side.
import { useViewState } from '../../routing/useViewState';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryBoundary } from '../../ui/QueryState';
import { SourceLine } from '../../ui/SourceLine';
import { UnitKpis } from './UnitKpis';
import { useUnitKpis } from './useUnitKpis';

export const MAX_ON_SLIDE = 3;

export function KpiSummary() {
  const { t } = useI18n();
  const { state } = useViewState();
  return (
    <QueryBoundary data={useUnitKpis(state.units.slice(0, MAX_ON_SLIDE))} loading={{ minHeight: 480 }} isEmpty={(data) => data.length === 0}>
      {(data) => (
        <div className="kpi-summary">
          <h2 className="kpi-summary__title">{t('deck.kpis')}</h2>
          {data.map((kpis) => (
            <section key={kpis.unit.code} className="kpi-summary__unit" aria-labelledby={`kpi-summary-${kpis.unit.code}`}>
              <h3 id={`kpi-summary-${kpis.unit.code}`}>{kpis.unit.name}</h3>
              <UnitKpis kpis={kpis} headingLevel={3} />
            </section>
          ))}
          <SourceLine sources={[...new Map(data.flatMap((k) => k.sources).map((s) => [s.id, s])).values()]} />
        </div>
      )}
    </QueryBoundary>
  );
}
