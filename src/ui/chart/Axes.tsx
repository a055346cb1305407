// A chart's grid and axes (trend and bar charts alike): value ticks across the plot, period ticks
// below it, the value axis's title. The grid and the tick marks are one path each: a rank axis has
// a tick per rank, and every element is written into the server's HTML (and an embed's few kB).
import type { ChartFrameLayout } from './layout';

const TICK_LENGTH = 6;
const TICK_GAP = 2;

export function Axes({ layout, yLabel }: { layout: Pick<ChartFrameLayout, 'margin' | 'plot' | 'xTicks' | 'yTicks'>; yLabel: string }) {
  const { margin, plot, xTicks, yTicks } = layout;
  const middle = (plot.top + plot.bottom) / 2;
  return (
    <>
      <path className="chart-grid" d={yTicks.map((t) => `M${plot.left},${t.at}H${plot.right}`).join('')} fill="none" />
      <g className="trend-chart__axis trend-chart__x-axis">
        <path d={`M${plot.left},${plot.bottom}H${plot.right}${xTicks.map((t) => `M${t.at},${plot.bottom}v${TICK_LENGTH}`).join('')}`} fill="none" />
        {xTicks.map((t) =>
          t.label === null ? null : (
            <text key={t.value} className="chart-tick" x={t.at} y={plot.bottom + TICK_LENGTH + TICK_GAP} dy="0.71em" textAnchor="middle">
              <tspan x={t.at}>{t.label}</tspan>
              {t.qualifier ? (
                <tspan x={t.at} dy="1.25em" className="chart-tick__qualifier">
                  {t.qualifier}
                </tspan>
              ) : null}
            </text>
          ),
        )}
      </g>
      <g className="trend-chart__axis trend-chart__y-axis">
        <path d={`M${plot.left},${plot.top}V${plot.bottom}${yTicks.map((t) => `M${plot.left - TICK_LENGTH},${t.at}h${TICK_LENGTH}`).join('')}`} fill="none" />
        {yTicks.map((t) => (
          <text key={t.value} className="chart-tick" x={plot.left - TICK_LENGTH - TICK_GAP} y={t.at} dy="0.355em" textAnchor="end">
            {t.label}
          </text>
        ))}
        <text className="chart-axis-label" x={margin.left} y={middle} transform={`rotate(-90 ${margin.left} ${middle})`} dy="0.71em" textAnchor="middle">
          {yLabel}
        </text>
      </g>
    </>
  );
}
