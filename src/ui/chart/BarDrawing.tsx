// One drawing of a bar chart at one size, as SVG: axes, the cursor's band, the bars (filled when a
// source backs the value, hollow and dashed when illustrative) and each bar's value above it.
import { ChartSvg } from './ChartSurface';
import type { BarLayout, PlacedBar } from './barLayout';
import type { CursorHandlers } from './useChartCursor';

type Props = {
  layout: BarLayout;
  className: string;
  ariaLabel: string;
  yLabel: string;
  formatValue: (value: number) => string;
  /** A native tooltip per bar (embeds, which may run no script); null for none. */
  barTitle: ((bar: PlacedBar) => string) | null;
  /** The column under the cursor, highlighted; null when none. */
  activeX: number | null;
  handlers?: CursorHandlers;
  scaled: boolean;
  /** A picture and no tab stop: an embed runs no script to answer keys (its marks have native tooltips). */
  still: boolean;
};

/** Bars of neighbouring series stay apart by this much. */
const BAR_GAP = 3;

export function BarDrawing({ layout, className, ariaLabel, yLabel, formatValue, barTitle, activeX, handlers, scaled, still }: Props) {
  const { plot, x, xs, bars, bandWidth } = layout;
  const interactive = !still && bars.length > 0 && xs.length > 0;
  return (
    <ChartSvg layout={layout} className={className} ariaLabel={ariaLabel} yLabel={yLabel} interactive={interactive} handlers={handlers} scaled={scaled}>
      {activeX === null ? null : (
        <rect className="bar-chart__cursor" x={x(activeX) - bandWidth / 2} y={plot.top} width={bandWidth} height={plot.bottom - plot.top} />
      )}
      {bars.map((bar) => {
        const illustrative = bar.provenance === 'illustrative';
        return (
          <g key={`${bar.seriesKey} ${bar.column}`} className="bar-chart__group">
            <rect
              x={bar.x + BAR_GAP / 2}
              y={bar.y}
              width={Math.max(bar.width - BAR_GAP, 1)}
              height={bar.height}
              fill={illustrative ? '#ffffff' : bar.colour}
              stroke={bar.colour}
              strokeWidth={illustrative ? 2.5 : 0}
              strokeDasharray={illustrative ? '5 3' : undefined}
              className={`bar-chart__bar bar-chart__bar--${bar.provenance}`}
            >
              {barTitle ? <title>{barTitle(bar)}</title> : null}
            </rect>
            <text className="bar-chart__value" x={bar.x + bar.width / 2} y={bar.y - 6} textAnchor="middle">
              {formatValue(bar.value)}
            </text>
          </g>
        );
      })}
    </ChartSvg>
  );
}
