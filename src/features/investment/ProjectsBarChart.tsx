// Projects attracted per period, one bar per chosen unit; each bar labelled with its value.
// Filled bar = reported/derived; hollow dashed bar = illustrative. Periods keep their real length.
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Observation } from '../../api/contract';
import { cellKey, type PeriodColumn } from '../../domain/investment';
import { AXIS_TICK, useSingleTabStop } from '../../ui/chartTheme';
import { useElementSize } from '../../ui/useElementSize';
import { usePresenting } from '../../ui/presenting';

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

type TickProps = { x?: number | string; y?: number | string; payload?: { value: unknown } };

export function ProjectsBarChart({ columns, units, cells, formatColumn, formatValue, yLabel, renderTooltip, ariaLabel }: Props) {
  const rows = columns.map((column) => {
    const row: Record<string, string | number | null> = { key: column.key };
    for (const u of units) row[u.code] = cells.get(cellKey(u.code, column))?.value ?? null;
    return row;
  });
  const columnByKey = new Map(columns.map((c) => [c.key, c]));
  const presenting = usePresenting();
  const [containerRef, size] = useElementSize<HTMLDivElement>();
  useSingleTabStop(containerRef);
  return (
    <div className={`bar-chart${presenting ? ' chart--presenting' : ''}`} ref={containerRef}>
      {size.width > 0 ? (
        <BarChart width={size.width} height={size.height} data={rows} margin={{ top: 24, right: 8, bottom: 8, left: 8 }} title={ariaLabel} barCategoryGap="20%">
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis
            dataKey="key"
            interval={0}
            height={presenting ? 96 : 48}
            tick={({ x: rawX = 0, y: rawY = 0, payload }: TickProps) => {
              const [x, y] = [Number(rawX), Number(rawY)];
              const column = payload ? columnByKey.get(String(payload.value)) : undefined;
              if (!column) return <g />;
              const [label, qualifier] = formatColumn(column);
              return (
                <text x={x} y={y + 14} textAnchor="middle" className="recharts-cartesian-axis-tick-value">
                  <tspan x={x}>{label}</tspan>
                  {qualifier ? (
                    <tspan x={x} dy="1.25em" className="bar-chart__qualifier">
                      {qualifier}
                    </tspan>
                  ) : null}
                </text>
              );
            }}
          />
          <YAxis
            tick={AXIS_TICK}
            allowDecimals={false}
            width={presenting ? 96 : 48}
            label={{ value: yLabel, angle: -90, position: 'insideLeft', className: 'chart-axis-label', style: { textAnchor: 'middle', fill: 'var(--muted)' } }}
          />
          {units.map((u) => (
            <Bar
              key={u.code}
              dataKey={u.code}
              name={u.name}
              isAnimationActive={false}
              maxBarSize={96}
              shape={(bar: { x: number; y: number; width: number; height: number; payload?: { key?: string } }) => {
                // The row itself, not bar.index: Recharts numbers only the bars it draws.
                const column = columnByKey.get(bar.payload?.key ?? '');
                const o = column ? cells.get(cellKey(u.code, column)) : undefined;
                const illustrative = o?.provenance === 'illustrative';
                return (
                  <rect
                    x={bar.x + 1.5}
                    y={bar.y}
                    width={Math.max(bar.width - 3, 1)}
                    height={bar.height}
                    fill={illustrative ? '#ffffff' : u.colour}
                    stroke={u.colour}
                    strokeWidth={illustrative ? 2.5 : 0}
                    strokeDasharray={illustrative ? '5 3' : undefined}
                    className={`bar-chart__bar bar-chart__bar--${o?.provenance ?? 'none'}`}
                  />
                );
              }}
            >
              <LabelList
                dataKey={u.code}
                position="top"
                className="bar-chart__value"
                fill="var(--text)"
                formatter={(v: unknown) => (typeof v === 'number' ? formatValue(v) : '')}
              />
            </Bar>
          ))}
          <Tooltip
            cursor={{ fillOpacity: 0.08 }}
            isAnimationActive={false}
            content={({ active, label }) => {
              const column = typeof label === 'string' ? columnByKey.get(label) : undefined;
              return active && column ? <div className="chart-tooltip">{renderTooltip(column)}</div> : null;
            }}
          />
        </BarChart>
      ) : null}
    </div>
  );
}
