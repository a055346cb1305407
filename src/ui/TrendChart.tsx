// A line chart over time for a few emphasised series against a muted field of all the others.
// Provenance shows on every point: filled marker = reported/derived, hollow = illustrative;
// a segment is solid only when both its ends are sourced, dashed otherwise.
import { useMemo, type ReactNode } from 'react';
import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import type { Provenance } from '../api/contract';
import { navigate } from '../app/location';
import type { Annotation } from './annotations';
import { AXIS_TICK, useSingleTabStop } from './chartTheme';
import { useElementSize } from './useElementSize';
import { usePresenting } from './presenting';

export type TrendPoint = { x: number; value: number; provenance: Provenance };
export type TrendSeries = { key: string; label: string; points: readonly TrendPoint[] };

type Props = {
  /** Drawn in colour, labelled at their ends, with markers and tooltips. */
  emphasised: readonly (TrendSeries & { colour: string })[];
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

const SOURCED_SUFFIX = '~sourced';
/** On a slide the chart takes most of the 16:9 screen, leaving room for title, legend and source. */
export const PRESENTING_HEIGHT = '52vh';
const isSourced = (p: Provenance) => p !== 'illustrative';

/** One row per x, one column per series, plus a column holding only the sourced segments. */
function toRows(series: Props['emphasised'], xs: readonly number[]) {
  return xs.map((x) => {
    const row: Record<string, number | null> = { x };
    for (const s of series) {
      const i = s.points.findIndex((p) => p.x === x);
      const p = s.points[i];
      row[s.key] = p?.value ?? null;
      const prev = s.points[i - 1];
      const next = s.points[i + 1];
      const sourcedSegment = p && isSourced(p.provenance) && ((prev && isSourced(prev.provenance)) || (next && isSourced(next.provenance)));
      row[s.key + SOURCED_SUFFIX] = sourcedSegment ? p.value : null;
    }
    return row;
  });
}

/** All context series as a single <path>: hundreds of muted lines cost one DOM node. */
function ContextLines({ series }: { series: readonly TrendSeries[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y || series.length === 0) return null;
  const d = series.map((s) => s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(x(p.x) ?? 0).toFixed(1)},${(y(p.value) ?? 0).toFixed(1)}`).join('')).join('');
  // Hundreds of lines are a field, not lines: drawn fainter so the emphasised paths stay legible.
  return <path className={`trend-chart__context${series.length > 100 ? ' trend-chart__context--dense' : ''}`} d={d} fill="none" aria-hidden="true" />;
}

/** The unit's name at the end of its line, nudged apart so that close labels stay readable. */
function EndLabels({ series, notes, hrefFor }: { series: Props['emphasised']; notes: ReadonlyMap<string, string>; hrefFor?: (key: string) => string }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const MIN_GAP = 18;
  const labels = series
    .map((s) => {
      const last = s.points.at(-1);
      return last ? { key: s.key, label: s.label, note: notes.get(s.key), colour: s.colour, x: (x(last.x) ?? 0) + 10, y: y(last.value) ?? 0 } : null;
    })
    .filter((l) => l !== null)
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) {
    if (labels[i]!.y - labels[i - 1]!.y < MIN_GAP) labels[i]!.y = labels[i - 1]!.y + MIN_GAP;
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

type DotProps = { cx?: number; cy?: number; index?: number; value?: unknown };

/** A point's marker: filled when a source gives it (or it is computed from sourced values), hollow when illustrative. */
function ProvenanceDot({ cx, cy, colour, point, r }: DotProps & { colour: string; point: TrendPoint | undefined; r: number }) {
  if (!point || cx === undefined || cy === undefined) return <g />;
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

export function TrendChart(props: Props) {
  const {
    emphasised,
    context,
    xTicks,
    formatX,
    yDomain,
    yTicks,
    yReversed = false,
    formatY,
    yLabel,
    renderTooltip,
    ariaLabel,
    height = 420,
    endNotes = new Map(),
    annotations = [],
    hrefFor,
  } = props;
  const presenting = usePresenting();
  const [containerRef, size] = useElementSize<HTMLDivElement>();
  useSingleTabStop(containerRef);
  // On a slide nothing needs hover: the values are printed, and the chart fills the slide.
  const labelPoints = props.labelPoints || presenting;
  const xs = useMemo(() => [...new Set(emphasised.flatMap((s) => s.points.map((p) => p.x)).concat(xTicks))].sort((a, b) => a - b), [emphasised, xTicks]);
  const rows = useMemo(() => toRows(emphasised, xs), [emphasised, xs]);
  const longestLabel = Math.max(0, ...emphasised.map((s) => s.label.length));

  return (
    <div className="trend-chart" ref={containerRef} style={{ height: presenting ? PRESENTING_HEIGHT : height }}>
      {size.width > 0 ? (
        <LineChart
          width={size.width}
          height={size.height}
          data={rows}
          margin={{ top: 12, right: 16 + longestLabel * (presenting ? 19 : 8), bottom: 8, left: 8 }}
          title={ariaLabel}
        >
          <CartesianGrid vertical={false} className="chart-grid" />
          <XAxis
            tick={AXIS_TICK}
            dataKey="x"
            type="number"
            domain={[xTicks[0] ?? 'dataMin', xTicks.at(-1) ?? 'dataMax']}
            ticks={[...xTicks]}
            tickFormatter={formatX}
            allowDecimals={false}
            padding={{ left: 16, right: 16 }}
          />
          <YAxis
            tick={AXIS_TICK}
            domain={yDomain}
            ticks={yTicks ? [...yTicks] : undefined}
            reversed={yReversed}
            allowDecimals={false}
            tickFormatter={formatY}
            width={presenting ? 96 : 48}
            label={{
              value: yLabel,
              angle: -90,
              position: 'insideLeft',
              offset: 0,
              className: 'chart-axis-label',
              style: { textAnchor: 'middle', fill: 'var(--muted)' },
            }}
            interval={0}
          />
          <ContextLines series={context} />
          {annotations.map((a) => (
            <ReferenceLine
              key={a.label}
              x={a.x}
              className="trend-chart__annotation"
              stroke="var(--muted)"
              strokeDasharray="2 3"
              label={{ value: a.label, position: 'insideTopLeft', className: 'trend-chart__annotation-label', style: { fill: 'var(--text)' } }}
            />
          ))}
          {emphasised.map((s) => (
            <Line
              key={s.key + SOURCED_SUFFIX}
              dataKey={s.key + SOURCED_SUFFIX}
              stroke={s.colour}
              strokeWidth={3}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
              tooltipType="none"
              legendType="none"
            />
          ))}
          {emphasised.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.colour}
              strokeWidth={3}
              strokeDasharray="6 5"
              isAnimationActive={false}
              dot={(dot: DotProps) => (
                <ProvenanceDot key={`${s.key}-${dot.index}`} {...dot} colour={s.colour} point={s.points.find((q) => q.x === rows[dot.index ?? -1]?.x)} r={5} />
              )}
              activeDot={(dot: DotProps) => (
                <ProvenanceDot key={`${s.key}-active`} {...dot} colour={s.colour} point={s.points.find((q) => q.x === rows[dot.index ?? -1]?.x)} r={8} />
              )}
            >
              {labelPoints ? (
                <LabelList
                  dataKey={s.key}
                  position={yReversed ? 'bottom' : 'top'}
                  offset={10}
                  fill="var(--text)"
                  className="trend-chart__point-label"
                  formatter={(v: unknown) => (typeof v === 'number' ? formatY(v) : '')}
                />
              ) : null}
            </Line>
          ))}
          <EndLabels series={emphasised} notes={endNotes} hrefFor={presenting ? undefined : hrefFor} />
          <Tooltip
            cursor={{ strokeWidth: 1 }}
            isAnimationActive={false}
            content={({ active, label }) => (active && typeof label === 'number' ? <div className="chart-tooltip">{renderTooltip(label)}</div> : null)}
          />
        </LineChart>
      ) : null}
    </div>
  );
}
