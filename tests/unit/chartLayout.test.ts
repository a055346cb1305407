// The trend chart's geometry as a reader meets it: which way the axes run, which lines are dashed,
// where the names sit, and which labels are printed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../src/api/contract';
import { rankAxisTicks } from '../../src/domain/ranking';
import { END_LABEL_GAP, nearestPeriod, tooltipPlacement, trendLayout, type EmphasisedSeries, type TrendLayoutInput } from '../../src/ui/chart/layout';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const REPORTED_THEN_ILLUSTRATIVE: Provenance[] = ['reported', 'reported', 'reported', 'illustrative', 'illustrative', 'illustrative'];

const series = (key: string, label: string, values: readonly number[], provenance: readonly Provenance[] = values.map(() => 'reported')): EmphasisedSeries => ({
  key,
  label,
  colour: '#0072B2',
  points: values.map((value, i) => ({ x: YEARS[i]!, value, provenance: provenance[i]! })),
});

/** The ranking view: Thái Hòa's ranks 17, 9, 9 reported, then three illustrative years, on 21 units. */
const thaiHoa = series('414', 'Thái Hòa', [17, 9, 9, 8, 8, 7], REPORTED_THEN_ILLUSTRATIVE);
const ranking = (emphasised: readonly EmphasisedSeries[] = [thaiHoa], extra: Partial<TrendLayoutInput> = {}): TrendLayoutInput => ({
  emphasised,
  context: [],
  xTicks: YEARS,
  formatX: String,
  yDomain: [1, 21],
  yTicks: rankAxisTicks(21, false),
  yReversed: true,
  formatY: String,
  ...extra,
});
const desktop = { width: 1000, height: 520, presenting: false };
const phone = { width: 330, height: 520, presenting: false };

/** Splits an SVG path into its segments, as pairs of "x,y" ends. */
const segments = (path: string): [string, string][] =>
  path
    .split('M')
    .filter(Boolean)
    .flatMap((run) => {
      const ends = run.split('L');
      return ends.slice(1).map((end, i): [string, string] => [ends[i]!, end]);
    });

describe('trendLayout: the value axis', () => {
  it('draws rank 1 at the top and the last rank at the bottom when reversed', () => {
    const { y, plot, yTicks } = trendLayout(ranking(), desktop);
    expect(y(1)).toBe(plot.top);
    expect(y(21)).toBe(plot.bottom);
    expect(y(9)).toBeLessThan(y(17));
    expect(yTicks.map((t) => t.label)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(yTicks[0]!.at).toBeLessThan(yTicks.at(-1)!.at);
  });

  it('draws the higher score higher when the axis is the normal way up', () => {
    const { y, yTicks } = trendLayout(
      ranking([series('414', 'Thái Hòa', [79.01, 84.76])], { yDomain: [78, 86], yTicks: undefined, yReversed: false }),
      desktop,
    );
    expect(y(84.76)).toBeLessThan(y(79.01));
    expect(yTicks.map((t) => t.label)).toEqual(['78', '80', '82', '84', '86']);
    expect(yTicks[0]!.at).toBeGreaterThan(yTicks.at(-1)!.at);
  });

  it('keeps value ticks at least a line of text apart, on a phone as on a desktop', () => {
    for (const size of [desktop, phone, { width: 330, height: 340, presenting: false }]) {
      const { yTicks } = trendLayout(ranking(), size);
      for (let i = 1; i < yTicks.length; i++) expect(Math.abs(yTicks[i]!.at - yTicks[i - 1]!.at)).toBeGreaterThanOrEqual(13);
    }
  });

  it('keeps every point inside the plot', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 300, max: 1400 }),
        (values, width) => {
          const chart = ranking(
            values.map((v, i) => series(`u${i}`, `Unit ${i}`, v)),
            { yDomain: [0, 'auto'], yTicks: undefined, yReversed: false },
          );
          const { plot, lines } = trendLayout(chart, { width, height: 420, presenting: false });
          for (const p of lines.flatMap((l) => l.points)) {
            expect(p.cx).toBeGreaterThanOrEqual(plot.left);
            expect(p.cx).toBeLessThanOrEqual(plot.right);
            expect(p.cy).toBeGreaterThanOrEqual(plot.top);
            expect(p.cy).toBeLessThanOrEqual(plot.bottom);
          }
        },
      ),
    );
  });
});

describe('trendLayout: the period axis', () => {
  it('runs from the first year to the last, left to right, inside the plot', () => {
    const { x, plot, xTicks, xs } = trendLayout(ranking(), desktop);
    expect(x(2019)).toBeGreaterThan(plot.left);
    expect(x(2024)).toBeLessThan(plot.right);
    expect(xTicks.map((t) => t.label)).toEqual(YEARS.map(String));
    expect(xs).toEqual(YEARS);
  });

  it('stops the cursor at every period a series has a point in, ticked or not', () => {
    const { xs } = trendLayout(ranking([thaiHoa], { xTicks: [2019, 2024] }), desktop);
    expect(xs).toEqual(YEARS);
  });

  it('prints only the month labels that fit on a phone, never two that overlap, always the latest', () => {
    const months = Array.from({ length: 48 }, (_, i) => i);
    const formatX = (m: number) => `thg ${(m % 12) + 1}/${2020 + Math.floor(m / 12)}`;
    const chart = ranking([series('414', 'Thái Hòa', [1, 2, 3])], { xTicks: months, formatX, yDomain: [0, 'auto'], yTicks: undefined, yReversed: false });
    const { xTicks } = trendLayout(chart, phone);
    const printed = xTicks.filter((t) => t.label !== null);
    expect(printed.length).toBeGreaterThan(1);
    expect(printed.length).toBeLessThan(months.length);
    expect(printed.at(-1)!.label).toBe('thg 12/2023');
    // Labels are estimated at 7.5 px a character: each ends before the next begins.
    for (let i = 1; i < printed.length; i++) {
      expect(printed[i - 1]!.at + (printed[i - 1]!.label!.length * 7.5) / 2).toBeLessThan(printed[i]!.at - (printed[i]!.label!.length * 7.5) / 2);
    }
  });

  it('sets the axes wider on a slide, where their text is larger', () => {
    const screen = trendLayout(ranking(), desktop);
    const slide = trendLayout(ranking(), { ...desktop, presenting: true });
    expect(slide.plot.left).toBeGreaterThan(screen.plot.left);
    expect(slide.plot.bottom).toBeLessThan(screen.plot.bottom);
  });
});

describe('trendLayout: lines', () => {
  it('draws a series solid where sourced and dashed across its illustrative points', () => {
    const { lines } = trendLayout(ranking(), desktop);
    const [line] = lines;
    // Six points, five segments: 2019–2020 and 2020–2021 are backed by sources; the rest are not.
    expect(segments(line!.path)).toHaveLength(5);
    expect(segments(line!.sourcedPath)).toEqual(segments(line!.path).slice(0, 2));
  });

  it('leaves out of the solid path every segment that has an illustrative end, even between sourced runs', () => {
    const gap = series('414', 'Thái Hòa', [17, 9, 9, 8, 8, 7], ['reported', 'reported', 'illustrative', 'derived', 'derived', 'reported']);
    const [line] = trendLayout(ranking([gap]), desktop).lines;
    const all = segments(line!.path);
    expect(segments(line!.sourcedPath)).toEqual([all[0], all[3], all[4]]);
  });

  it('draws a fully sourced series all solid and an illustrative one all dashed', () => {
    const [sourced, illustrative] = trendLayout(
      ranking([
        series('a', 'Vinh', [1, 2, 1, 1, 2, 1]),
        series(
          'b',
          'Cửa Lò',
          [5, 6, 7, 6, 5, 4],
          YEARS.map(() => 'illustrative'),
        ),
      ]),
      desktop,
    ).lines;
    expect(sourced!.sourcedPath).toBe(sourced!.path);
    expect(illustrative!.sourcedPath).toBe('');
  });

  it('places each marker on its line and keeps its provenance', () => {
    const { lines, x, y } = trendLayout(ranking(), desktop);
    const [first] = lines[0]!.points;
    expect(first).toMatchObject({ x: 2019, value: 17, provenance: 'reported', cx: x(2019), cy: y(17) });
    expect(lines[0]!.path.startsWith(`M${x(2019).toFixed(1)},${y(17).toFixed(1)}`)).toBe(true);
  });

  it('draws all context series as one path, fainter when there are hundreds', () => {
    const others = (n: number) => Array.from({ length: n }, (_, i) => series(`c${i}`, `Unit ${i}`, [1 + (i % 21), 2, 3]));
    expect(trendLayout(ranking(), desktop).context).toBeNull();
    const few = trendLayout(ranking([thaiHoa], { context: others(20) }), desktop).context!;
    expect(few.path.match(/M/g)).toHaveLength(20);
    expect(few.dense).toBe(false);
    expect(trendLayout(ranking([thaiHoa], { context: others(120) }), desktop).context!.dense).toBe(true);
  });

  it('draws the events within the years shown and leaves out the others', () => {
    const annotations = [
      { x: 2022 + 4 / 12, label: '19/5/2022: tự soi, tự sửa' },
      { x: 2017, label: 'before the axis' },
    ];
    const { annotations: placed, x } = trendLayout(ranking([thaiHoa], { annotations }), desktop);
    expect(placed).toEqual([{ label: '19/5/2022: tự soi, tự sửa', at: x(2022 + 4 / 12) }]);
  });
});

describe('trendLayout: end labels', () => {
  it('puts a name just right of its line’s last point, at its height, with its note', () => {
    const { endLabels, x, y } = trendLayout(ranking([thaiHoa], { endNotes: new Map([['414', 'sáp nhập vào Vinh']]) }), desktop);
    expect(endLabels).toEqual([{ key: '414', label: 'Thái Hòa', note: 'sáp nhập vào Vinh', colour: '#0072B2', x: x(2024) + 10, y: y(7) }]);
  });

  it('nudges names apart when lines end close together, keeping their order', () => {
    const close = [series('a', 'Vinh', [1, 1, 1, 1, 1, 2]), series('b', 'Diễn Châu', [3, 3, 3, 3, 3, 3]), series('c', 'Thái Hòa', [9, 9, 9, 9, 9, 2])];
    const { endLabels } = trendLayout(ranking(close), { ...desktop, height: 340 });
    expect(endLabels.map((l) => l.label)).toEqual(['Vinh', 'Thái Hòa', 'Diễn Châu']);
    for (let i = 1; i < endLabels.length; i++) expect(endLabels[i]!.y - endLabels[i - 1]!.y).toBeGreaterThanOrEqual(END_LABEL_GAP);
  });

  it('never lets two names overlap, nor pushes one out of the plot, whatever the ranks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 21 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 300, max: 1400 }), (lastRanks, width) => {
        const chart = ranking(lastRanks.map((r, i) => series(`u${i}`, `Unit ${i}`, [10, r])));
        const { endLabels, plot } = trendLayout(chart, { width, height: 340, presenting: false });
        expect(endLabels).toHaveLength(lastRanks.length);
        for (let i = 1; i < endLabels.length; i++) expect(endLabels[i]!.y - endLabels[i - 1]!.y).toBeGreaterThanOrEqual(END_LABEL_GAP - 1e-9);
        for (const l of endLabels) {
          expect(l.y).toBeGreaterThanOrEqual(plot.top);
          expect(l.y).toBeLessThanOrEqual(plot.bottom);
        }
      }),
    );
  });

  it('moves names up when lines end together on the bottom edge, as several at zero do', () => {
    const none = ['Quế Phong', 'Kỳ Sơn', 'Tương Dương'].map((name, i) => series(`u${i}`, name, [0, 0, 0]));
    const chart = ranking(none, { yDomain: [0, 'auto'], yTicks: undefined, yReversed: false });
    const { endLabels, plot } = trendLayout(chart, desktop);
    expect(endLabels.map((l) => l.y)).toEqual([plot.bottom - 2 * END_LABEL_GAP, plot.bottom - END_LABEL_GAP, plot.bottom]);
  });

  it('leaves room on the right for the longest name (at about 8 px a character)', () => {
    for (const size of [desktop, phone]) {
      const { endLabels, width } = trendLayout(ranking([thaiHoa, series('425', 'Diễn Châu', [4, 5, 6, 5, 4, 3])]), size);
      for (const l of endLabels) expect(l.x + l.label.length * 8).toBeLessThanOrEqual(width);
    }
  });
});

describe('the cursor', () => {
  const layout = trendLayout(ranking(), desktop);

  it('stops at the period nearest the pointer, and at none outside the plot', () => {
    const { x, plot } = layout;
    expect(nearestPeriod(layout, x(2021) + 3)).toBe(2);
    expect(nearestPeriod(layout, (x(2022) + x(2023)) / 2 + 1)).toBe(4);
    expect(nearestPeriod(layout, plot.left)).toBe(0);
    expect(nearestPeriod(layout, plot.left - 1)).toBeNull();
    expect(nearestPeriod(layout, plot.right + 1)).toBeNull();
  });

  it('puts the tooltip beside the cursor, on the side with more room, no wider than that room', () => {
    expect(tooltipPlacement(layout, 100)).toEqual({ left: 112, top: layout.margin.top, maxWidth: layout.width - 112 });
    expect(tooltipPlacement(layout, 900)).toEqual({ right: 112, top: layout.margin.top, maxWidth: 888 });
  });
});
