// A line chart over time for a few emphasised series against a muted field of all the others.
// Provenance shows on every point: filled marker = reported/derived, hollow = illustrative;
// a segment is solid only when both its ends are sourced, dashed otherwise.
//
// Drawn as plain SVG from our own scales rather than with a charting library, because it must draw
// the same on the server: the build prerenders pages with their charts, so the first paint already
// shows the chart, and the browser's first render (hydration) has to reproduce that markup exactly.
import type { ReactNode } from 'react';
import { useEmbedded } from '../embedded';
import { usePresenting } from '../presenting';
import { useElementSize } from '../useElementSize';
import { trendLayout, type TrendLayoutInput, type TrendPoint } from './layout';
import { TrendDrawing } from './TrendDrawing';
import { NOMINAL_DRAWINGS, PHONE_SCREEN } from './nominal';
import { ChartTooltip } from './ChartSurface';
import { useChartCursor } from './useChartCursor';

export type { TrendPoint, TrendSeries } from './layout';

type Props = TrendLayoutInput & {
  yLabel: string;
  renderTooltip: (x: number) => ReactNode;
  ariaLabel: string;
  height?: number;
  /** Where a series' end label links to (a unit's profile); no link when absent. */
  hrefFor?: (key: string) => string;
  /** Follows an end label's link within the app (a plain left click); the link stays a real one for new tabs. */
  onNavigate?: (href: string) => void;
  /** Print each emphasised point's value on the chart (for few points that matter, and for slides). */
  labelPoints?: boolean;
};

export function TrendChart(props: Props) {
  const { yLabel, ariaLabel, formatY, yReversed = false, renderTooltip, hrefFor, onNavigate } = props;
  const presenting = usePresenting();
  const embedded = useEmbedded();
  const [containerRef, size] = useElementSize<HTMLDivElement>();
  const measured = size.width > 0;
  // On a slide the box's height comes from the stylesheet (a share of the screen); elsewhere from the caller.
  const height = presenting && measured ? size.height : (props.height ?? 420);
  const layout = measured ? trendLayout(props, { width: size.width, height, presenting }) : null;
  const { activeX, handlers, tooltipStyle } = useChartCursor(layout);
  const className = `trend-chart${presenting ? ' chart--presenting' : ''}`;
  const labelOf = new Map(props.emphasised.map((s) => [s.key, s.label]));
  const pointTitle = (key: string, p: TrendPoint) =>
    `${labelOf.get(key) ?? key}, ${props.formatX(p.x)}: ${formatY(p.value)} (${embedded?.provenanceLabel(p.provenance)})`;
  const drawing = {
    ariaLabel,
    yLabel,
    // On a slide nothing needs hover: the values are printed.
    pointLabels: props.labelPoints || presenting ? { format: formatY, below: yReversed } : null,
    // A slide is not browsed, and an embed leads nowhere inside another site's page: no links.
    hrefFor: presenting || embedded ? undefined : hrefFor,
    // An embed may run no script: its points carry their figures as native tooltips.
    pointTitle: embedded ? pointTitle : null,
    still: embedded !== null,
    onNavigate,
  };

  if (!layout) {
    return (
      <div className={className} ref={containerRef}>
        {NOMINAL_DRAWINGS.map((d) => (
          <TrendDrawing
            key={d.screen}
            {...drawing}
            layout={trendLayout(props, { width: d.width, height, presenting })}
            className={`trend-chart__svg trend-chart__svg--${d.screen}`}
            activeX={null}
            scaled
          />
        ))}
      </div>
    );
  }

  return (
    <div className={className} ref={containerRef}>
      {/* Keyed as the drawing it replaces on this screen, so that its element (and any focus in it) is kept. */}
      <TrendDrawing
        key={window.matchMedia(PHONE_SCREEN).matches ? 'phone' : 'desktop'}
        {...drawing}
        layout={layout}
        className="trend-chart__svg"
        activeX={activeX}
        handlers={handlers}
        scaled={false}
      />
      <ChartTooltip at={activeX} style={tooltipStyle} render={renderTooltip} />
    </div>
  );
}
