// The rows of a chart tooltip: one per unit, with its value, provenance, source and, for a
// reported or derived figure, its caveat or computation.
import type { ReactNode } from 'react';
import type { Observation, Source } from '../api/contract';
import { useI18n } from '../i18n/I18nProvider';
import { ProvenanceBadge } from './ProvenanceBadge';

export function TooltipTitle({ children }: { children: ReactNode }) {
  return <p className="chart-tooltip__title">{children}</p>;
}

type RowProps = { colour: string; name: string; observation: Observation; sources: readonly Source[]; children: ReactNode };

export function TooltipRow({ colour, name, observation, sources, children }: RowProps) {
  const { lang } = useI18n();
  const source = sources.find((s) => s.id === observation.sourceId);
  // An illustrative value's note only repeats what its badge says.
  const note = observation.provenance === 'illustrative' ? null : observation.note?.[lang];
  return (
    <li className="chart-tooltip__row">
      <span className="chart-tooltip__swatch" style={{ background: colour }} aria-hidden="true" />
      <span className="chart-tooltip__name">{name}</span> {children} <ProvenanceBadge provenance={observation.provenance} />
      {source ? <span className="chart-tooltip__source">{source.publisher}</span> : null}
      {note ? <span className="chart-tooltip__source">{note}</span> : null}
    </li>
  );
}
