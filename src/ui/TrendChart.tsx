// A line chart over time for a few emphasised series against a muted field of all the others.
// Provenance shows on every point: filled marker = reported/derived, hollow = illustrative;
// a segment is solid only when both its ends are sourced, dashed otherwise.
//
// Drawn as plain SVG from our own scales rather than with a charting library, because it must draw
// the same on the server: the build prerenders pages with their charts, so the first paint already
// shows the chart, and the browser's first render (hydration) has to reproduce that markup exactly.
import { useState, type PointerEvent, type ReactNode, type SVGProps } from 'react';
import type { Provenance } from '../api/contract';
import { navigate } from '../app/location';
import type { Annotation } from './annotations';
import { fittingLabels, linearScale, valueAxis, type Scale } from './chart/scale';
import { usePresenting } from './presenting';
import { useElementSize } from './useElementSize';

export type TrendPoint = { x: number; value: number; provenance: Provenance };
export type TrendSeries = { key: string; label: string; points: readonly TrendPoint[] };
type EmphasisedSeries = TrendSeries & { colour: string };

type Props = {
  /** Drawn in colour, labelled at their ends, with markers and tooltips. */
  emphasised: readonly EmphasisedSeries[];
  /** Drawn as one muted path each, for context. */
  context: readonly TrendSeries[];
  xTicks: readonly number[];
  formatX: (x: number) => string;
  yDomain: [number | 'auto', number | 'auto'];
  yTicks?: readonly number[];
  yReversed?: boolean;
  formatY: (y: number) => string;
  yLabel: string;
  renderTooltip: (x: number) => ReactNode;
  ariaLabel: string;
  height?: number;
  /** A second, muted line under a series' end label (e.g. "merged into Vinh"). */
  endNotes?: ReadonlyMap<string, string>;
  /** Dated events drawn as labelled vertical lines. */
  annotations?: readonly Annotation[];
  /** Where a series' end label links to (a unit's profile); no link when absent. */
  hrefFor?: (key: string) => string;
  /** Print each emphasised point's value on the chart (for few points that matter, and for slides). */
  labelPoints?: boolean;
};

/**
 * What is drawn before the chart's box is measured: in the prerendered page and in the browser's
 * hydration render, which must match it. Two drawings, and the stylesheet shows the one for the
 * screen (see .trend-chart__svg--phone): the chart's width on a 1366-px screen, and on a phone.
 * Each scales to its box until the measured width takes over.
 */
const NOMINAL_DRAWINGS = [
  { screen: 'desktop', width: 1260 },
  { screen: 'phone', width: 330 },
] as const;
/** The screens that show the phone drawing: the same query as in styles.css. */
const PHONE_SCREEN = '(max-width: 640px)';
const TICK_LENGTH = 6;
const TICK_GAP = 2;
const END_LABEL_GAP = 18;
const isSourced = (p: Provenance) => p !== 'illustrative';

const pathOf = (points: readonly TrendPoint[], x: Scale, y: Scale) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.value).toFixed(1)}`).join('');

/** The runs of consecutive sourced points: drawn solid over the dashed full path. */
function sourcedRuns(points: readonly TrendPoint[]): TrendPoint[][] {
  const runs: TrendPoint[][] = [];
  let run: TrendPoint[] = [];
  for (const p of points) {
    if (isSourced(p.provenance)) run.push(p);
    else {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** The unit's name at the end of its line, nudged apart so that close labels stay readable. */
function EndLabels({
  series,
  notes,
  hrefFor,
  x,
  y,
}: {
  series: readonly EmphasisedSeries[];
  notes: ReadonlyMap<string, string>;
  hrefFor?: (key: string) => string;
  x: Scale;
  y: Scale;
}) {
  const labels = series
    .map((s) => {
      const last = s.points.at(-1);
      return last ? { key: s.key, label: s.label, note: notes.get(s.key), colour: s.colour, x: x(last.x) + 10, y: y(last.value) } : null;
    })
    .filter((l) => l !== null)
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) {
    if (labels[i]!.y - labels[i - 1]!.y < END_LABEL_GAP) labels[i]!.y = labels[i - 1]!.y + END_LABEL_GAP;
  }
  return (
    <g className="trend-chart__end-labels">
      {labels.map((l) => {
        const text = (
          <text key={l.key} x={l.x} y={l.y} dy="0.35em" fill={l.colour} className="trend-chart__end-label">
            {l.label}
            {l.note ? (
              <tspan x={l.x} dy="1.2em" className="trend-chart__end-note">
                {l.note}
              </tspan>
            ) : null}
          </text>
        );
        if (!hrefFor) return text;
        const href = hrefFor(l.key);
        // The name at a line's end opens that unit's profile, as table rows do.
        return (
          <a
            key={l.key}
            href={href}
            className="trend-chart__end-link"
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              navigate(href);
            }}
          >
            {text}
          </a>
        );
      })}
    </g>
  );
}

/** A point's marker: filled when a source gives it (or it is computed from sourced values), hollow when illustrative. */
function ProvenanceDot({ cx, cy, colour, point, r }: { cx: number; cy: number; colour: string; point: TrendPoint; r: number }) {
  const sourced = isSourced(point.provenance);
  return (
    <circle
      className={`trend-chart__dot trend-chart__dot--${point.provenance}`}
      cx={cx}
      cy={cy}
      r={sourced ? r + 0.5 : r}
      stroke={colour}
      strokeWidth={2.5}
      fill={sourced ? colour : '#ffffff'}
    />
  );
}

type Layout = ReturnType<typeof trendLayout>;

/** Where everything goes at a given size: the scales, the plot area, the axes' ticks and which x labels fit. */
function trendLayout(props: Props, width: number, height: number, presenting: boolean) {
  const { emphasised, context, xTicks, formatX, yDomain, yTicks, yReversed = false } = props;
  const xs = [...new Set(emphasised.flatMap((s) => s.points.map((p) => p.x)).concat(xTicks))].sort((a, b) => a - b);
  const longestLabel = Math.max(0, ...emphasised.map((s) => s.label.length));
  const margin = { top: 12, right: 16 + longestLabel * (presenting ? 19 : 8), bottom: 8, left: 8 };
  // On a slide the axes' text is about 29 px (1.5vw at 1080p): wider and taller axes, and the first
  // year set further in, so that it clears the lowest value's label.
  const axis = presenting ? { y: 96, x: 44, inset: 40 } : { y: 48, x: 30, inset: 16 };
  const plot = { left: margin.left + axis.y, right: width - margin.right, top: margin.top, bottom: height - margin.bottom - axis.x };
  const xDomain: [number, number] = [xTicks[0] ?? xs[0] ?? 0, xTicks.at(-1) ?? xs.at(-1) ?? 1];
  const x = linearScale(xDomain, [plot.left + axis.inset, plot.right - axis.inset]);
  const values = [...emphasised, ...context].flatMap((s) => s.points.map((p) => p.value));
  const valueRange = valueAxis(yDomain, values, true);
  const y = linearScale(valueRange.domain, yReversed ? [plot.top, plot.bottom] : [plot.bottom, plot.top]);
  const xLabels = xTicks.map(formatX);
  const xLabelShown = fittingLabels(
    xTicks.map(x),
    xLabels.map((l) => l.length * (presenting ? 17 : 7.5)),
  );
  return { width, height, xs, xDomain, margin, plot, x, y, yTickValues: yTicks ?? valueRange.ticks, xLabels, xLabelShown };
}

type DrawingProps = {
  chart: Props;
  layout: Layout;
  presenting: boolean;
  className: string;
  /** The x whose points are marked active (larger), with a cursor line; null when none. */
  activeX: number | null;
  /** Absent on the drawings shown before measuring: they only need to look right. */
  handlers?: Pick<SVGProps<SVGSVGElement>, 'onFocus' | 'onBlur' | 'onKeyDown' | 'onPointerDown' | 'onPointerMove' | 'onPointerLeave'>;
  /** Before measuring the drawing scales to its box; afterwards it is drawn at its size. */
  scaled: boolean;
};

function TrendDrawing({ chart, layout, presenting, className, activeX, handlers, scaled }: DrawingProps) {
  const { emphasised, context, formatY, yLabel, ariaLabel, yReversed = false, endNotes = new Map(), annotations = [], hrefFor } = chart;
  const { width, height, xs, xDomain, margin, plot, x, y, yTickValues, xLabels, xLabelShown } = layout;
  // On a slide nothing needs hover: the values are printed.
  const labelPoints = chart.labelPoints || presenting;
  const interactive = emphasised.length > 0 && xs.length > 0;
  const cursorAt = activeX === null ? null : x(activeX);
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
      <g className="chart-grid">
        {yTickValues.map((v) => (
          <line key={v} x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} />
        ))}
      </g>
      <g className="trend-chart__axis trend-chart__x-axis">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {chart.xTicks.map((v, i) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={plot.bottom} y2={plot.bottom + TICK_LENGTH} />
            {xLabelShown[i] ? (
              <text className="chart-tick" x={x(v)} y={plot.bottom + TICK_LENGTH + TICK_GAP} dy="0.71em" textAnchor="middle">
                {xLabels[i]}
              </text>
            ) : null}
          </g>
        ))}
      </g>
      <g className="trend-chart__axis trend-chart__y-axis">
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
        {yTickValues.map((v) => (
          <g key={v}>
            <line x1={plot.left - TICK_LENGTH} x2={plot.left} y1={y(v)} y2={y(v)} />
            <text className="chart-tick" x={plot.left - TICK_LENGTH - TICK_GAP} y={y(v)} dy="0.355em" textAnchor="end">
              {formatY(v)}
            </text>
          </g>
        ))}
        <text
          className="chart-axis-label"
          x={margin.left}
          y={(plot.top + plot.bottom) / 2}
          transform={`rotate(-90 ${margin.left} ${(plot.top + plot.bottom) / 2})`}
          dy="0.71em"
          textAnchor="middle"
        >
          {yLabel}
        </text>
      </g>
      {context.length ? (
        // All context series as a single <path>: hundreds of muted lines cost one DOM node. Hundreds
        // of lines are a field, not lines: drawn fainter so the emphasised paths stay legible.
        <path
          className={`trend-chart__context${context.length > 100 ? ' trend-chart__context--dense' : ''}`}
          d={context.map((s) => pathOf(s.points, x, y)).join('')}
          fill="none"
          aria-hidden="true"
        />
      ) : null}
      {annotations
        .filter((a) => a.x >= xDomain[0] && a.x <= xDomain[1])
        .map((a) => (
          <g key={a.label} className="trend-chart__annotation">
            <line x1={x(a.x)} x2={x(a.x)} y1={plot.top} y2={plot.bottom} strokeDasharray="2 3" />
            <text className="trend-chart__annotation-label" x={x(a.x) + 5} y={plot.top + 5} dy="0.71em">
              {a.label}
            </text>
          </g>
        ))}
      {cursorAt === null ? null : <line className="trend-chart__cursor" x1={cursorAt} x2={cursorAt} y1={plot.top} y2={plot.bottom} />}
      {emphasised.map((s) => (
        <g key={s.key} className="trend-chart__series">
          <path className="trend-chart__line" d={pathOf(s.points, x, y)} stroke={s.colour} strokeDasharray="6 5" fill="none" />
          <path
            className="trend-chart__line trend-chart__line--sourced"
            d={sourcedRuns(s.points)
              .map((run) => pathOf(run, x, y))
              .join('')}
            stroke={s.colour}
            fill="none"
          />
          {s.points.map((p) => (
            <ProvenanceDot key={p.x} cx={x(p.x)} cy={y(p.value)} colour={s.colour} point={p} r={p.x === activeX ? 8 : 5} />
          ))}
          {labelPoints
            ? s.points.map((p) => (
                <text
                  key={p.x}
                  className="trend-chart__point-label"
                  x={x(p.x)}
                  y={y(p.value) + (yReversed ? 10 : -10)}
                  dy={yReversed ? '0.71em' : undefined}
                  textAnchor="middle"
                >
                  {formatY(p.value)}
                </text>
              ))
            : null}
        </g>
      ))}
      <EndLabels series={emphasised} notes={endNotes} hrefFor={presenting ? undefined : hrefFor} x={x} y={y} />
    </svg>
  );
}

export function TrendChart(props: Props) {
  const presenting = usePresenting();
  const [containerRef, size] = useElementSize<HTMLDivElement>();
  /** The index into the layout's `xs` whose values the tooltip shows; null when none. */
  const [active, setActive] = useState<number | null>(null);
  const measured = size.width > 0;
  // On a slide the box's height comes from the stylesheet (a share of the screen); elsewhere from the caller.
  const height = presenting && measured ? size.height : (props.height ?? 420);
  const layout = measured ? trendLayout(props, size.width, height, presenting) : null;
  const className = `trend-chart${presenting ? ' chart--presenting' : ''}`;

  if (!layout) {
    return (
      <div className={className} ref={containerRef}>
        {NOMINAL_DRAWINGS.map((d) => (
          <TrendDrawing
            key={d.screen}
            chart={props}
            layout={trendLayout(props, d.width, height, presenting)}
            presenting={presenting}
            className={`trend-chart__svg trend-chart__svg--${d.screen}`}
            activeX={null}
            scaled
          />
        ))}
      </div>
    );
  }

  const { xs, x, plot, margin, width } = layout;
  const activeX = active === null ? null : (xs[active] ?? null);
  const cursorAt = activeX === null ? null : x(activeX);
  const showNearest = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) * width) / (box.width || width);
    if (px < plot.left || px > plot.right) return setActive(null);
    let nearest = 0;
    xs.forEach((value, i) => {
      if (Math.abs(x(value) - px) < Math.abs(x(xs[nearest]!) - px)) nearest = i;
    });
    setActive(nearest);
  };
  const handlers: DrawingProps['handlers'] = {
    onFocus: () => setActive((a) => a ?? 0),
    onBlur: () => setActive(null),
    onKeyDown: (event) => {
      const last = xs.length - 1;
      const next = { ArrowRight: Math.min(last, (active ?? -1) + 1), ArrowLeft: Math.max(0, (active ?? 1) - 1), Home: 0, End: last }[event.key];
      if (next !== undefined) {
        event.preventDefault();
        setActive(next);
      } else if (event.key === 'Escape' && active !== null) {
        event.stopPropagation();
        setActive(null);
      }
    },
    onPointerMove: showNearest,
    // A tap shows the nearest period until the reader taps elsewhere (the chart then loses focus):
    // a lifted finger "leaves" at once.
    onPointerDown: showNearest,
    onPointerLeave: (event) => {
      if (event.pointerType !== 'touch') setActive(null);
    },
  };

  return (
    <div className={className} ref={containerRef}>
      {/* Keyed as the drawing it replaces on this screen, so that its element (and any focus in it) is kept. */}
      <TrendDrawing
        key={window.matchMedia(PHONE_SCREEN).matches ? 'phone' : 'desktop'}
        chart={props}
        layout={layout}
        presenting={presenting}
        className="trend-chart__svg"
        activeX={activeX}
        handlers={handlers}
        scaled={false}
      />
      <div className="trend-chart__tooltip" aria-live="polite">
        {activeX === null || cursorAt === null ? null : (
          <div
            className="chart-tooltip"
            style={cursorAt > width / 2 ? { right: width - cursorAt + 12, top: margin.top } : { left: cursorAt + 12, top: margin.top }}
          >
            {props.renderTooltip(activeX)}
          </div>
        )}
      </div>
    </div>
  );
}
