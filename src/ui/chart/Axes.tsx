// A chart's grid and axes (trend and bar charts alike): value ticks across the plot, period ticks below it, the value axis's title.
import type { ChartFrameLayout } from './layout';

const TICK_LENGTH = 6;
const TICK_GAP = 2;

export function Axes({ layout, yLabel }: { layout: Pick<ChartFrameLayout, 'margin' | 'plot' | 'xTicks' | 'yTicks'>; yLabel: string }) {
  const { margin, plot, xTicks, yTicks } = layout;
  const middle = (plot.top + plot.bottom) / 2;
  return (
    <>
      <g className="chart-grid">
        {yTicks.map((t) => (
          <line key={t.value} x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} />
        ))}
      </g>
      <g className="trend-chart__axis trend-chart__x-axis">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {xTicks.map((t) => (
          <g key={t.value}>
            <line x1={t.at} x2={t.at} y1={plot.bottom} y2={plot.bottom + TICK_LENGTH} />
            {t.label === null ? null : (
              <text className="chart-tick" x={t.at} y={plot.bottom + TICK_LENGTH + TICK_GAP} dy="0.71em" textAnchor="middle">
                <tspan x={t.at}>{t.label}</tspan>
                {t.qualifier ? (
                  <tspan x={t.at} dy="1.25em" className="chart-tick__qualifier">
                    {t.qualifier}
                  </tspan>
                ) : null}
              </text>
            )}
          </g>
        ))}
      </g>
      <g className="trend-chart__axis trend-chart__y-axis">
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        {yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left - TICK_LENGTH} x2={plot.left} y1={t.at} y2={t.at} />
            <text className="chart-tick" x={plot.left - TICK_LENGTH - TICK_GAP} y={t.at} dy="0.355em" textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <text className="chart-axis-label" x={margin.left} y={middle} transform={`rotate(-90 ${margin.left} ${middle})`} dy="0.71em" textAnchor="middle">
          {yLabel}
        </text>
      </g>
    </>
  );
}
