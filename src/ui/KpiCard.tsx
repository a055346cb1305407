// One headline figure with everything needed to trust it: period, provenance, source, original words.
import type { ReactNode } from 'react';
import type { Observation, Source } from '../api/contract';
import { formatPeriod } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { ProvenanceBadge } from './ProvenanceBadge';
import { SourceCitation } from './SourceLine';

type Props = {
  label: string;
  observation: Observation;
  value: string;
  qualifier?: string;
  source: Source | undefined;
  children?: ReactNode;
  headingLevel?: 2 | 3;
};

const isPartialYear = (o: Observation) => !(o.period.start.endsWith('-01') && o.period.end.endsWith('-12'));

export function KpiCard({ label, observation, value, qualifier, source, children, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t, lang } = useI18n();
  return (
    <article className="kpi-card" aria-label={label}>
      <Heading className="kpi-card__label">{label}</Heading>
      <p className="kpi-card__period">
        {formatPeriod(lang, observation.period)}
        {isPartialYear(observation) ? <span className="kpi-card__partial"> · {t('kpi.partialPeriod')}</span> : null}
      </p>
      <p className="kpi-card__value">
        <data value={observation.value}>{value}</data>
        {qualifier ? <span className="kpi-card__qualifier"> {qualifier}</span> : null}
      </p>
      <div className="kpi-card__provenance">
        <ProvenanceBadge provenance={observation.provenance} />
      </div>
      {children}
      {source ? (
        <p className="kpi-card__source">
          {t('source.label')}: <SourceCitation source={source} />
        </p>
      ) : null}
      {observation.quote ? (
        <blockquote className="kpi-card__quote" lang="vi">
          <span className="visually-hidden">{t('source.quote')}: </span>“{observation.quote}”
        </blockquote>
      ) : null}
      {observation.note && observation.provenance !== 'illustrative' ? <p className="kpi-card__note">{observation.note[lang]}</p> : null}
    </article>
  );
}
