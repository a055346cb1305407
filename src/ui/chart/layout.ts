// Where everything on a trend chart goes at one size: plot area, scales, ticks, paths and end labels.
// Pure (no React, no DOM): tested on its own, and computed alike on the server and in the browser.
import type { Provenance } from '../../api/contract';
import type { Annotation } from '../annotations';
import { fittingLabels, linearScale, valueAxis, type Scale } from './scale';

export type TrendPoint = { x: number; value: number; provenance: Provenance };
export type TrendSeries = { key: string; label: string; points: readonly TrendPoint[] };
export type EmphasisedSeries = TrendSeries & { colour: string };

/** What the geometry depends on: the data and how its axes read. */
export type TrendLayoutInput = {
  /** Drawn in colour, labelled at their ends, with markers and tooltips. */
  emphasised: readonly EmphasisedSeries[];
  /** Drawn as one muted path each, for context. */
  context: readonly TrendSeries[];
  xTicks: readonly number[];
  formatX: (x: number) => string;
  yDomain: readonly [number | 'auto', number | 'auto'];
  yTicks?: readonly number[];
  /** Smaller values higher up, as ranks read: 1 at the top. */
  yReversed?: boolean;
  formatY: (y: number) => string;
  /** A second, muted line under a series' end label (e.g. "merged into Vinh"). */
  endNotes?: ReadonlyMap<string, string>;
  /** Dated events drawn as labelled vertical lines. */
  annotations?: readonly Annotation[];
};

export type Box = { top: number; right: number; bottom: number; left: number };
/** A tick at `at` pixels along its axis; no label where it would overlap its neighbour's. */
export type AxisTick = {
  value: number;
  at: number;
  label: string | null;
  /** A second, smaller line under the label (e.g. "5 months"). */ qualifier?: string | null;
};
export type PlacedPoint = TrendPoint & { cx: number; cy: number };
export type SeriesLine = {
  key: string;
  colour: string;
  /** Through every point: drawn dashed, so that it shows wherever no source backs a segment. */
  path: string;
  /** Only the segments whose two ends are sourced: drawn solid over the dashed path. */
  sourcedPath: string;
  points: PlacedPoint[];
};
export type EndLabel = { key: string; label: string; note: string | undefined; colour: string; x: number; y: number };
export type PlacedAnnotation = { label: string; at: number };

export type TrendLayout = {
  width: number;
  height: number;
  margin: Box;
  /** The area the lines are drawn in; the axes run along its left and bottom edges. */
  plot: Box;
  x: Scale;
  y: Scale;
  /** The periods a cursor can stop at, in order: every emphasised point's and every tick's. */
  xs: number[];
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  /** All the context series as one path (hundreds of lines cost one DOM node); null when none. */
  context: { path: string; dense: boolean } | null;
  lines: SeriesLine[];
  endLabels: EndLabel[];
  /** The annotations inside the x axis's span. */
  annotations: PlacedAnnotation[];
};

/** Beyond this many, context lines read as a field and are drawn fainter. */
const DENSE_CONTEXT = 100;
/** The least vertical distance between two end labels' baselines: one line of label text. */
export const END_LABEL_GAP = 18;
/** How far right of its line's last point a series' name starts. */
const END_LABEL_OFFSET = 10;

export const isSourced = (p: Provenance): boolean => p !== 'illustrative';

const pathOf = (points: readonly TrendPoint[], x: Scale, y: Scale) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.value).toFixed(1)}`).join('');

/** The runs of consecutive sourced points: a run of one has no segment to draw. */
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

/**
 * Each series' name at the height of its last point, nudged down where it would touch the one above,
 * then back up where that pushed names below the plot. Should the plot be too short for them all, the
 * topmost rise above it: names drawn over each other would be worse.
 */
function endLabels(series: readonly EmphasisedSeries[], notes: ReadonlyMap<string, string>, x: Scale, y: Scale, bottom: number): EndLabel[] {
  const labels = series
    .map((s) => {
      const last = s.points.at(-1);
      return last ? { key: s.key, label: s.label, note: notes.get(s.key), colour: s.colour, x: x(last.x) + END_LABEL_OFFSET, y: y(last.value) } : null;
    })
    .filter((l) => l !== null)
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) {
    if (labels[i]!.y - labels[i - 1]!.y < END_LABEL_GAP) labels[i]!.y = labels[i - 1]!.y + END_LABEL_GAP;
  }
  const last = labels.at(-1);
  if (last && last.y > bottom) {
    last.y = bottom;
    for (let i = labels.length - 2; i >= 0; i--) {
      if (labels[i + 1]!.y - labels[i]!.y < END_LABEL_GAP) labels[i]!.y = labels[i + 1]!.y - END_LABEL_GAP;
    }
  }
  return labels;
}

export function trendLayout(chart: TrendLayoutInput, { width, height, presenting }: { width: number; height: number; presenting: boolean }): TrendLayout {
  const { emphasised, context, xTicks, formatX, yDomain, yTicks, yReversed = false, formatY, endNotes = new Map(), annotations = [] } = chart;
  const xs = [...new Set(emphasised.flatMap((s) => s.points.map((p) => p.x)).concat(xTicks))].sort((a, b) => a - b);
  // The end labels sit in the right margin, so it is as wide as the longest name.
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
  return {
    width,
    height,
    margin,
    plot,
    x,
    y,
    xs,
    xTicks: xTicks.map((value, i) => ({ value, at: x(value), label: xLabelShown[i] ? xLabels[i]! : null })),
    yTicks: (yTicks ?? valueRange.ticks).map((value) => ({ value, at: y(value), label: formatY(value) })),
    context: context.length ? { path: context.map((s) => pathOf(s.points, x, y)).join(''), dense: context.length > DENSE_CONTEXT } : null,
    lines: emphasised.map((s) => ({
      key: s.key,
      colour: s.colour,
      path: pathOf(s.points, x, y),
      sourcedPath: sourcedRuns(s.points)
        .map((run) => pathOf(run, x, y))
        .join(''),
      points: s.points.map((p) => ({ ...p, cx: x(p.x), cy: y(p.value) })),
    })),
    endLabels: endLabels(emphasised, endNotes, x, y, plot.bottom),
    annotations: annotations.filter((a) => a.x >= xDomain[0] && a.x <= xDomain[1]).map((a) => ({ label: a.label, at: x(a.x) })),
  };
}

/** What the axes, the cursor and its tooltip need of any chart's layout: trend or bar. */
export type ChartFrameLayout = Pick<TrendLayout, 'width' | 'margin' | 'plot' | 'x' | 'xs' | 'xTicks' | 'yTicks'>;

/** The index into `xs` of the period nearest `px` pixels across; null outside the plot. */
export function nearestPeriod({ xs, x, plot }: Pick<TrendLayout, 'xs' | 'x' | 'plot'>, px: number): number | null {
  if (px < plot.left || px > plot.right) return null;
  let nearest = 0;
  xs.forEach((value, i) => {
    if (Math.abs(x(value) - px) < Math.abs(x(xs[nearest]!) - px)) nearest = i;
  });
  return nearest;
}

/**
 * Where the tooltip for the cursor line at `at` goes: beside it, on the side with more room, and no
 * wider than that room (on a phone it wraps rather than running off the chart's edge).
 */
export function tooltipPlacement(
  { width, margin }: Pick<TrendLayout, 'width' | 'margin'>,
  at: number,
): { right: number; top: number; maxWidth: number } | { left: number; top: number; maxWidth: number } {
  const gap = 12;
  return at > width / 2 ? { right: width - at + gap, top: margin.top, maxWidth: at - gap } : { left: at + gap, top: margin.top, maxWidth: width - at - gap };
}
