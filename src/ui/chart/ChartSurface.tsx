// What every chart drawing and chart shares: the SVG surface (its size, its role, its tab stop and
// cursor handlers, its axes) and the tooltip box beside the cursor.
import type { CSSProperties, ReactNode } from 'react';
import { Axes } from './Axes';
import type { TrendLayout } from './layout';
import type { CursorHandlers } from './useChartCursor';

type SurfaceProps = {
  layout: Pick<TrendLayout, 'width' | 'height' | 'margin' | 'plot' | 'xTicks' | 'yTicks'>;
  className: string;
  ariaLabel: string;
  yLabel: string;
  /** Answers keys and the pointer: an application with a tab stop; otherwise a picture. */
  interactive: boolean;
  handlers?: CursorHandlers;
  /** Before measuring the drawing scales to its box; afterwards it is drawn at its size. */
  scaled: boolean;
  children: ReactNode;
};

export function ChartSvg({ layout, className, ariaLabel, yLabel, interactive, handlers, scaled, children }: SurfaceProps) {
  const { width, height } = layout;
  return (
    <svg
      className={className}
      width={scaled ? '100%' : width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={interactive ? 'application' : 'img'}
      aria-label={ariaLabel}
      tabIndex={interactive ? 0 : undefined}
      {...(interactive ? handlers : undefined)}
    >
      <Axes layout={layout} yLabel={yLabel} />
      {children}
    </svg>
  );
}

/** The tooltip of the period under the cursor (`at`), announced politely; nothing when there is none. */
export function ChartTooltip({ at, style, render }: { at: number | null; style: CSSProperties | null; render: (at: number) => ReactNode }) {
  return (
    <div className="trend-chart__tooltip" aria-live="polite">
      {at === null || style === null ? null : (
        <div className="chart-tooltip" style={style}>
          {render(at)}
        </div>
      )}
    </div>
  );
}
