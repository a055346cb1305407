// What a chart becomes on a PowerPoint slide: one category per period, one series per unit, and
// each unit's values split by provenance into a sourced series and an illustrative one, so that a
// native chart (which styles whole series, not single points) still tells the two apart.
import type { Observation, Period, Provenance, Source, Unit } from '../api/contract';

export type ChartKind = 'line' | 'bar';

export type SlideSeries = {
  name: string;
  /** Index into the palette: a unit keeps its colour in both of its series. */
  colourIndex: number;
  illustrative: boolean;
  /** One per category; null where the unit has no value of this provenance. */
  values: (number | null)[];
};

export type SlideChart = {
  kind: ChartKind;
  periods: Period[];
  series: SlideSeries[];
  /** For ranks: the most units ranked in any period ("of N"); the axis then runs from 1 at the top. */
  rankedOf: number | null;
};

const periodKey = (p: Period) => `${p.start}|${p.end}`;
const isSourced = (p: Provenance) => p !== 'illustrative';

/**
 * The chart of `observations` for the units in `unitCodes` (in that order; all units when empty).
 * `illustrativeName` names a unit's illustrative series, e.g. "Thái Hòa (minh họa)".
 */
export function slideChart(
  observations: readonly Observation[],
  kind: ChartKind,
  unitCodes: readonly string[],
  nameOf: (code: string) => string,
  illustrativeName: (name: string) => string,
): SlideChart {
  const codes = unitCodes.length ? unitCodes.filter((c) => observations.some((o) => o.unitCode === c)) : [...new Set(observations.map((o) => o.unitCode))];
  const shown = observations.filter((o) => codes.includes(o.unitCode));
  const periods = [...new Map(shown.map((o) => [periodKey(o.period), o.period])).values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
  const series = codes.flatMap((code, colourIndex) => {
    const own = new Map(shown.filter((o) => o.unitCode === code).map((o) => [periodKey(o.period), o]));
    const values = (sourced: boolean) =>
      periods.map((p) => {
        const o = own.get(periodKey(p));
        return o && isSourced(o.provenance) === sourced ? o.value : null;
      });
    const name = nameOf(code);
    return [
      { name, colourIndex, illustrative: false, values: values(true) },
      { name: illustrativeName(name), colourIndex, illustrative: true, values: values(false) },
    ].filter((s) => s.values.some((v) => v !== null));
  });
  const ranked = shown.map((o) => o.rankedOf).filter((n) => n !== null);
  return { kind, periods, series, rankedOf: ranked.length ? Math.max(...ranked) : null };
}

/** One slide of a PowerPoint file: what the writer lays out, whatever the chart or table. */
export type DeckSlide = {
  title: string;
  subtitle: string;
  chart?: { data: SlideChart; categories: string[]; valueTitle: string };
  table?: { header: string[]; rows: string[][] };
  /** What the line and bar styles (or the table's columns) say about provenance. */
  legend: string;
  /** The source line and the date of the data, at the foot of every slide. */
  footer: string;
  /** Speaker notes: the sources, each with its URL. */
  notes: string;
};

/** The reader's words for a slide, from the catalogue and the formatters. */
export type SlideWords = {
  illustrativeName: (unit: string) => string;
  rankedOf: (title: string, count: number) => string;
  legend: Record<ChartKind | 'table', string>;
  /** The source line followed by the date of the data. */
  footer: (sourceLine: string) => string;
  category: (period: Period) => string;
  notesTitle: string;
  noUrl: string;
  illustrativeNote: string;
  formatDate: (partialDate: string) => string;
};

/** Speaker notes: each source numbered with its URL, and what "illustrative" means when the slide shows any. */
export function slideNotes(sources: readonly Source[], anyIllustrative: boolean, words: SlideWords): string {
  const lines = sources.map(
    (s, i) => `${i + 1}. ${s.publisher}: ${s.title}${s.published ? ` (${words.formatDate(s.published)})` : ''} — ${s.url ?? words.noUrl}`,
  );
  return [words.notesTitle, ...lines, ...(anyIllustrative ? ['', words.illustrativeNote] : [])].join('\n');
}

export type ChartSlideInput = {
  title: string;
  subtitle: string;
  kind: ChartKind;
  observations: readonly Observation[];
  /** The units the chart emphasises, in colour order; all units when empty. */
  unitCodes: readonly string[];
  valueTitle: string;
  sourceLine: string;
  /** False when the title already says how many were ranked. */
  rankedOfInTitle?: boolean;
};

/** A chart as a slide: its native chart, the "of N" of a rank in the title, the legend, the sources in the notes. */
export function chartDeckSlide(input: ChartSlideInput, ctx: { units: readonly Unit[]; sources: readonly Source[] }, words: SlideWords): DeckSlide {
  const nameOf = (code: string) => ctx.units.find((u) => u.code === code)?.name ?? code;
  const data = slideChart(input.observations, input.kind, input.unitCodes, nameOf, words.illustrativeName);
  const shownCodes = new Set(input.unitCodes.length ? input.unitCodes : input.observations.map((o) => o.unitCode));
  const shown = input.observations.filter((o) => shownCodes.has(o.unitCode));
  return {
    title: data.rankedOf === null || input.rankedOfInTitle === false ? input.title : words.rankedOf(input.title, data.rankedOf),
    subtitle: input.subtitle,
    chart: { data, categories: data.periods.map(words.category), valueTitle: input.valueTitle },
    legend: words.legend[input.kind],
    footer: words.footer(input.sourceLine),
    notes: slideNotes(
      ctx.sources.filter((s) => shown.some((o) => o.sourceId === s.id)),
      data.series.some((s) => s.illustrative),
      words,
    ),
  };
}
