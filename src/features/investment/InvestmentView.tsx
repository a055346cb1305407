// The investment page: choose units and years, the projects chart, and the province's own totals.
import { useSearchableUnits } from '../../queries/useSearchableUnits';
import { useViewState } from '../../routing/useViewState';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryBoundary } from '../../ui/QueryState';
import { ViewControls } from '../../ui/ViewControls';
import { InvestmentPanel, investmentYears } from './InvestmentPanel';
import { ProvinceContext } from './ProvinceContext';
import { useInvestment, type InvestmentData } from './useInvestment';

export function InvestmentView() {
  return (
    <QueryBoundary data={useInvestment()} loading={{ minHeight: 480 }}>
      {(data) => <InvestmentViewContent data={data} />}
    </QueryBoundary>
  );
}

function InvestmentViewContent({ data }: { data: InvestmentData }) {
  const { t } = useI18n();
  const { state, update } = useViewState();
  const searchable = useSearchableUnits(data.units);

  return (
    <section aria-labelledby="investment-title">
      <h1 id="investment-title">{t('investment.title')}</h1>
      <p className="lead">{t('investment.lead')}</p>
      <ViewControls units={searchable.units} onSearch={searchable.onSearch} years={investmentYears(data.byPeriod)} state={state} update={update} />
      <InvestmentPanel unitCodes={state.units} />
      <ProvinceContext observations={data.context} names={data.names} sourceOf={(o) => data.sources.find((s) => s.id === o.sourceId)} />
    </section>
  );
}
