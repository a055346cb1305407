// Projects attracted per period, one bar per chosen unit; each bar labelled with its value.
// Filled bar = reported/derived; hollow dashed bar = illustrative. Periods keep their real length.
import type { ReactNode } from 'react';
import type { Observation } from '../../api/contract';
import { cellKey, type PeriodColumn } from '../../domain/investment';
import { BarChart } from '../../ui/chart/BarChart';

type Props = {
  columns: readonly PeriodColumn[];
  units: readonly { code: string; name: string; colour: string }[];
  cells: ReadonlyMap<string, Observation>;
  formatColumn: (column: PeriodColumn) => [string, string | null];
  formatValue: (value: number) => string;
  yLabel: string;
  renderTooltip: (column: PeriodColumn) => ReactNode;
  ariaLabel: string;
};

export function ProjectsBarChart({ columns, units, cells, formatColumn, formatValue, yLabel, renderTooltip, ariaLabel }: Props) {
  return (
    <BarChart
      columns={columns.map((c) => {
        const [label, qualifier] = formatColumn(c);
        return { key: c.key, label, qualifier };
      })}
      series={units.map((u) => ({
        key: u.code,
        label: u.name,
        colour: u.colour,
        values: columns.map((c) => {
          const o = cells.get(cellKey(u.code, c));
          return o ? { value: o.value, provenance: o.provenance } : null;
        }),
      }))}
      formatY={formatValue}
      yLabel={yLabel}
      ariaLabel={ariaLabel}
      renderTooltip={(i) => renderTooltip(columns[i]!)}
    />
  );
}
