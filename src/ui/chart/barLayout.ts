// Where everything on a grouped bar chart goes at one size: plot area, value axis, one band per
// period with a bar per series, and each bar's printed value. Pure, like the trend layout, so the
// server draws the same chart the browser hydrates.
import type { Provenance } from '../../api/contract';
import type { AxisTick, Box, ChartFrameLayout } from './layout';
import { linearScale, valueAxis } from './scale';

/** One period on the category axis: its label and, for an unusual length, a qualifier under it. */
export type BarColumn = { key: string; label: string; qualifier: string | null };
/** A series' value in each column, in the columns' order; null where it has none. */
export type BarSeries = { key: string; label: string; colour: string; values: readonly ({ value: number; provenance: Provenance } | null)[] };

export type BarLayoutInput = {
  columns: readonly BarColumn[];
  series: readonly BarSeries[];
  formatY: (y: number) => string;
};

export type PlacedBar = {
  seriesKey: string;
  seriesLabel: string;
  column: number;
  colour: string;
  value: number;
  provenance: Provenance;
  x: number;
  y: number;
  width: number;
  height: number;
};

export type BarLayout = ChartFrameLayout & {
  height: number;
  /** Each column's band, for the cursor's highlight. */
  bandWidth: number;
  bars: PlacedBar[];
};

/** Room above the tallest bar for its printed value. */
const VALUE_ROOM = 24;
/** A bar is never wider than this: one or two units over few periods would otherwise be slabs. */
const MAX_BAR_WIDTH = 96;
/** The share of a band left empty between groups. */
const BAND_GAP = 0.2;

export function barLayout(
  { columns, series, formatY }: BarLayoutInput,
  { width, height, presenting }: { width: number; height: number; presenting: boolean },
): BarLayout {
  const margin: Box = { top: VALUE_ROOM, right: 8, bottom: 8, left: 8 };
  const axis = presenting ? { y: 96, x: 96 } : { y: 48, x: 48 };
  const plot = { left: margin.left + axis.y, right: width - margin.right, top: margin.top, bottom: height - margin.bottom - axis.x };
  const band = (plot.right - plot.left) / Math.max(1, columns.length);
  const centre = linearScale([-0.5, columns.length - 0.5], [plot.left, plot.right]);
  const values = series.flatMap((s) => s.values.flatMap((v) => (v ? [v.value] : [])));
  const valueRange = valueAxis([0, 'auto'], values, true);
  const y = linearScale(valueRange.domain, [plot.bottom, plot.top]);
  const barWidth = Math.round(Math.min(MAX_BAR_WIDTH, (band * (1 - BAND_GAP)) / Math.max(1, series.length)) * 10) / 10;
  const groupWidth = barWidth * series.length;
  const bars = series.flatMap((s, si) =>
    s.values.flatMap((v, column) => {
      if (!v) return [];
      const left = centre(column) - groupWidth / 2 + si * barWidth;
      const top = y(v.value);
      return [
        {
          seriesKey: s.key,
          seriesLabel: s.label,
          column,
          colour: s.colour,
          value: v.value,
          provenance: v.provenance,
          x: left,
          y: top,
          width: barWidth,
          height: Math.round((plot.bottom - top) * 10) / 10,
        },
      ];
    }),
  );
  const xTicks: AxisTick[] = columns.map((c, i) => ({ value: i, at: centre(i), label: c.label, qualifier: c.qualifier }));
  return {
    width,
    height,
    margin,
    plot,
    // The cursor steps through columns by index: a column's "x" is its index.
    x: centre,
    xs: columns.map((_, i) => i),
    xTicks,
    yTicks: valueRange.ticks.map((value) => ({ value, at: y(value), label: formatY(value) })),
    bandWidth: band,
    bars,
  };
}
