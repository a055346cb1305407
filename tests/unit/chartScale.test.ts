// The arithmetic the charts are drawn with: round value axes, and axis labels that never overlap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fittingLabels, linearScale, valueAxis } from '../../src/ui/chart/scale';

describe('valueAxis', () => {
  it('widens an automatic top to the next round value: 0 to 50 projects reads 0, 20, 40, 60', () => {
    expect(valueAxis([0, 'auto'], [3, 18, 50], true)).toEqual({ domain: [0, 60], ticks: [0, 20, 40, 60] });
  });

  it('keeps fixed ends as given and puts round ticks between them', () => {
    expect(valueAxis([78, 86], [79.01, 84.76], true)).toEqual({ domain: [78, 86], ticks: [78, 80, 82, 84, 86] });
  });

  it('never steps by less than 1 on an integer axis, and prints decimals cleanly otherwise', () => {
    expect(valueAxis([0, 'auto'], [1, 2], true).ticks).toEqual([0, 1, 2]);
    expect(valueAxis([0, 'auto'], [0.3], false).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    // Nothing but zeros still makes an axis: 0 and 1.
    expect(valueAxis([0, 'auto'], [0, 0], true)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it('always covers the values it is given, with ticks inside the domain', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1 }), (values) => {
        const { domain, ticks } = valueAxis([0, 'auto'], values, true);
        expect(domain[1]).toBeGreaterThanOrEqual(Math.max(...values));
        expect(ticks.every((t) => t >= domain[0] && t <= domain[1] && Number.isInteger(t))).toBe(true);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, reversed ranges included', () => {
    const rank = linearScale([1, 21], [12, 482]);
    expect(rank(1)).toBe(12);
    expect(rank(21)).toBe(482);
    expect(rank(11)).toBe(247);
  });
});

describe('fittingLabels', () => {
  it('keeps the last label and drops those that would touch the one after', () => {
    expect(fittingLabels([0, 50, 100], [60, 60, 60])).toEqual([true, false, true]);
    expect(fittingLabels([0, 100, 200], [60, 60, 60])).toEqual([true, true, true]);
  });

  it('never keeps two labels that overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 200 })), { minLength: 1 }), (labels) => {
        const sorted = [...labels].sort((a, b) => a[0] - b[0]);
        const keep = fittingLabels(
          sorted.map(([p]) => p),
          sorted.map(([, w]) => w),
        );
        const kept = sorted.filter((_, i) => keep[i]);
        expect(keep.at(-1)).toBe(true);
        for (let i = 1; i < kept.length; i++) expect(kept[i - 1]![0] + kept[i - 1]![1] / 2).toBeLessThan(kept[i]![0] - kept[i]![1] / 2);
      }),
    );
  });
});
