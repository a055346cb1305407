// One drawing of a trend chart at one size, as SVG: axes, the muted context, events, the cursor line,
// the emphasised series and their names.
import { ChartSvg } from './ChartSurface';
import { EndLabels } from './EndLabels';
import type { PlacedPoint, TrendLayout } from './layout';
import { SeriesLine, type PointLabels } from './SeriesLine';
import type { CursorHandlers } from './useChartCursor';

type Props = {
  layout: TrendLayout;
  className: string;
  ariaLabel: string;
  yLabel: string;
  pointLabels: PointLabels | null;
  /** A native tooltip per point (embeds, which may run no script); null for none. */
  pointTitle: ((key: string, point: PlacedPoint) => string) | null;
  hrefFor: ((key: string) => string) | undefined;
  onNavigate: ((href: string) => void) | undefined;
  /** The period whose points are marked active (larger), with a cursor line; null when none. */
  activeX: number | null;
  /** Absent on the drawings shown before measuring: they only need to look right. */
  handlers?: CursorHandlers;
  /** Before measuring the drawing scales to its box; afterwards it is drawn at its size. */
  scaled: boolean;
  /** A picture and no tab stop: an embed runs no script to answer keys (its marks have native tooltips). */
  still: boolean;
};

export function TrendDrawing({ layout, className, ariaLabel, yLabel, pointLabels, pointTitle, hrefFor, onNavigate, activeX, handlers, scaled, still }: Props) {
  const { plot, x, xs, context, annotations, lines, endLabels } = layout;
  const interactive = !still && lines.length > 0 && xs.length > 0;
  const cursorAt = activeX === null ? null : x(activeX);
  return (
    <ChartSvg layout={layout} className={className} ariaLabel={ariaLabel} yLabel={yLabel} interactive={interactive} handlers={handlers} scaled={scaled}>
      {context ? (
        // Hundreds of lines are a field, not lines: drawn fainter so the emphasised paths stay legible.
        <path className={`trend-chart__context${context.dense ? ' trend-chart__context--dense' : ''}`} d={context.path} fill="none" aria-hidden="true" />
      ) : null}
      {annotations.map((a) => (
        <g key={a.label} className="trend-chart__annotation">
          <line x1={a.at} x2={a.at} y1={plot.top} y2={plot.bottom} strokeDasharray="2 3" />
          <text className="trend-chart__annotation-label" x={a.at + 5} y={plot.top + 5} dy="0.71em">
            {a.label}
          </text>
        </g>
      ))}
      {cursorAt === null ? null : <line className="trend-chart__cursor" x1={cursorAt} x2={cursorAt} y1={plot.top} y2={plot.bottom} />}
      {lines.map((line) => (
        <SeriesLine key={line.key} line={line} activeX={activeX} pointLabels={pointLabels} pointTitle={pointTitle} />
      ))}
      <EndLabels labels={endLabels} hrefFor={hrefFor} onNavigate={onNavigate} />
    </ChartSvg>
  );
}
