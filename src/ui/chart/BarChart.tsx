// Values per period for a few series, as grouped bars, each labelled with its value. Provenance
// shows on every bar: filled = reported/derived, hollow and dashed = illustrative.
//
// Drawn as plain SVG from our own scales, like TrendChart and for the same reason: the server
// renders the page (and embeds) with the chart drawn, and hydration must reproduce that markup.
import type { ReactNode } from 'react';
import { useEmbedded } from '../embedded';
import { usePresenting } from '../presenting';
import { useElementSize } from '../useElementSize';
import { barLayout, type BarLayoutInput, type PlacedBar } from './barLayout';
import { BarDrawing } from './BarDrawing';
import { NOMINAL_DRAWINGS, PHONE_SCREEN } from './nominal';
import { ChartTooltip } from './ChartSurface';
import { useChartCursor } from './useChartCursor';

type Props = BarLayoutInput & {
  yLabel: string;
  /** The tooltip for a column (by its index). */
  renderTooltip: (column: number) => ReactNode;
  ariaLabel: string;
  height?: number;
};

export function BarChart(props: Props) {
  const { yLabel, ariaLabel, formatY, renderTooltip, columns } = props;
  const presenting = usePresenting();
  const embedded = useEmbedded();
  const [containerRef, size] = useElementSize<HTMLDivElement>();
  const measured = size.width > 0;
  const height = presenting && measured ? size.height : (props.height ?? 400);
  const layout = measured ? barLayout(props, { width: size.width, height, presenting }) : null;
  const { activeX, handlers, tooltipStyle } = useChartCursor(layout);
  const className = `bar-chart${presenting ? ' chart--presenting' : ''}`;
  const column = (bar: PlacedBar) => columns[bar.column]!;
  const drawing = {
    ariaLabel,
    yLabel,
    formatValue: formatY,
    barTitle: embedded
      ? (bar: PlacedBar) =>
          `${bar.seriesLabel}, ${column(bar).label}${column(bar).qualifier ? ` (${column(bar).qualifier})` : ''}: ${formatY(bar.value)} (${embedded.provenanceLabel(bar.provenance)})`
      : null,
    still: embedded !== null,
  };

  if (!layout) {
    return (
      <div className={className} ref={containerRef}>
        {NOMINAL_DRAWINGS.map((d) => (
          <BarDrawing
            key={d.screen}
            {...drawing}
            layout={barLayout(props, { width: d.width, height, presenting })}
            className={`trend-chart__svg bar-chart__svg trend-chart__svg--${d.screen}`}
            activeX={null}
            scaled
          />
        ))}
      </div>
    );
  }

  return (
    <div className={className} ref={containerRef}>
      <BarDrawing
        key={window.matchMedia(PHONE_SCREEN).matches ? 'phone' : 'desktop'}
        {...drawing}
        layout={layout}
        className="trend-chart__svg bar-chart__svg"
        activeX={activeX}
        handlers={handlers}
        scaled={false}
      />
      <ChartTooltip at={activeX} style={tooltipStyle} render={renderTooltip} />
    </div>
  );
}
