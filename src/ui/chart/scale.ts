// The arithmetic behind a drawn chart: linear scales, round axis ticks, and which tick labels fit.
// Plain functions, so that the chart draws the same on the server (prerendered HTML) as in the browser.

export type Scale = (value: number) => number;

/** To a tenth of a pixel: finer is invisible, and every coordinate is written into the page's HTML. */
const tenth = (px: number) => Math.round(px * 10) / 10;

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const span = d1 - d0;
  return span === 0 ? () => tenth((r0 + r1) / 2) : (value) => tenth(r0 + ((value - d0) / span) * (r1 - r0));
}

/** The round step (1, 2, 2.5 or 5 × 10ⁿ) that cuts `span` into about `count` intervals. */
function niceStep(span: number, count: number, integer: boolean): number {
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return integer ? Math.max(1, Math.ceil(step)) : step;
}

/**
 * A value axis: the domain (an 'auto' end widened to the next round value) and about five round
 * ticks inside it. Fixed ends stay as given, so a rank axis keeps exactly 1 to N.
 */
export function valueAxis(domain: readonly [number | 'auto', number | 'auto'], values: readonly number[], integer: boolean) {
  const lowest = values.length ? Math.min(...values) : 0;
  const highest = values.length ? Math.max(...values) : 1;
  const lo = domain[0] === 'auto' ? lowest : domain[0];
  const hi = domain[1] === 'auto' ? highest : domain[1];
  const step = niceStep(hi - lo || 1, 4, integer);
  const start = domain[0] === 'auto' ? Math.floor(lo / step) * step : lo;
  // An axis over a single value still spans one step, so it has two ticks.
  const end = Math.max(domain[1] === 'auto' ? Math.ceil(hi / step) * step : hi, start + step);
  const ticks: number[] = [];
  // Rounded to the step's decimals: 0.1 + 0.2 must print as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = Math.ceil(start / step) * step; v <= end + step / 1e6; v += step) ticks.push(Number(v.toFixed(decimals)));
  return { domain: [start, end] as [number, number], ticks };
}

/**
 * Which of the labels along an axis to print so that none overlap: the last one always (the latest
 * period is the one read first), then every one that keeps `gap` pixels clear of the last kept.
 */
export function fittingLabels(positions: readonly number[], widths: readonly number[], gap = 8): boolean[] {
  const keep = positions.map(() => false);
  let leftEdge = Infinity;
  for (let i = positions.length - 1; i >= 0; i--) {
    const half = widths[i]! / 2;
    if (positions[i]! + half + gap <= leftEdge) {
      keep[i] = true;
      leftEdge = positions[i]! - half;
    }
  }
  return keep;
}
