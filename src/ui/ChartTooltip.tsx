// The rows of a chart tooltip: one per unit, with its value, provenance and source.
import type { ReactNode } from 'react';
import type { Provenance, Source } from '../api/contract';
import { ProvenanceBadge } from './ProvenanceBadge';

export function TooltipTitle({ children }: { children: ReactNode }) {
  return <p className="chart-tooltip__title">{children}</p>;
}

type RowProps = { colour: string; name: string; provenance: Provenance; source: Source | undefined; children: ReactNode; note?: string | null };

export function TooltipRow({ colour, name, provenance, source, children, note }: RowProps) {
  return (
    <li className="chart-tooltip__row">
      <span className="chart-tooltip__swatch" style={{ background: colour }} aria-hidden="true" />
      <span className="chart-tooltip__name">{name}</span> {children} <ProvenanceBadge provenance={provenance} />
      {source ? <span className="chart-tooltip__source">{source.publisher}</span> : null}
      {note ? <span className="chart-tooltip__source">{note}</span> : null}
    </li>
  );
}
