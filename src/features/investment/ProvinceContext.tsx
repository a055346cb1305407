// Figures that frame the chart without belonging on it: the province's totals, and periods
// (like 2014 – Mar 2023) that do not fit the chart's.
import type { Observation, Source } from '../../api/contract';
import { byPeriod } from '../../domain/observations';
import { formatNumber, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { ProvenanceBadge } from '../../ui/ProvenanceBadge';
import { SourceCitation } from '../../ui/SourceLine';

type Props = {
  observations: readonly Observation[];
  names: ReadonlyMap<string, string>;
  sourceOf: (o: Observation) => Source | undefined;
};

export function ProvinceContext({ observations, names, sourceOf }: Props) {
  const { t, lang } = useI18n();
  if (observations.length === 0) return null;
  return (
    <section className="context-panel" aria-labelledby="investment-context-title">
      <h2 id="investment-context-title">{t('investment.context.title')}</h2>
      <p className="chart-frame__note">{t('investment.context.lead')}</p>
      <ul className="context-panel__list">
        {[...observations].sort(byPeriod).map((o) => {
          const source = sourceOf(o);
          return (
            <li key={`${o.unitCode}-${o.period.start}-${o.period.end}`} className="context-panel__item">
              <span className="context-panel__value">{formatNumber(lang, o.value)}</span>
              <span>
                <strong>{names.get(o.unitCode) ?? o.unitCode}</strong>, {formatPeriod(lang, o.period)}
                {o.note ? ` — ${o.note[lang]}` : null} <ProvenanceBadge provenance={o.provenance} />
                {source ? (
                  <span className="context-panel__source">
                    {t('source.label')}: <SourceCitation source={source} />
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
