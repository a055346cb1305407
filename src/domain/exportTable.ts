// What a chart's data download holds, whatever the file format: one row per observation with the
// same columns in CSV and Excel, each cell typed so that a workbook stores numbers as numbers.
import type { Indicator, Observation, Source, Unit } from '../api/contract';

export type ExportColumn = 'unitCode' | 'unitName' | 'indicator' | 'periodStart' | 'periodEnd' | 'value' | 'rankedOf' | 'provenance' | 'source' | 'sourceUrl';

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  'unitCode',
  'unitName',
  'indicator',
  'periodStart',
  'periodEnd',
  'value',
  'rankedOf',
  'provenance',
  'source',
  'sourceUrl',
];

/** A cell: text, a whole number (ranks, counts), or a number shown with two decimals (scores). */
export type ExportCell = { type: 'text'; value: string } | { type: 'integer'; value: number } | { type: 'decimal'; value: number } | { type: 'empty' };

export type ExportContext = {
  units: readonly Unit[];
  indicators: readonly Pick<Indicator, 'id' | 'label' | 'kind'>[];
  sources: readonly Source[];
  lang: 'vi' | 'en';
  provenanceLabel: (p: Observation['provenance']) => string;
};

const text = (value: string): ExportCell => (value ? { type: 'text', value } : { type: 'empty' });

/** "Publisher: title", the way every download names a source. */
export const sourceName = (source: Source) => `${source.publisher}: ${source.title}`;

/** One row per observation, in the order given, in EXPORT_COLUMNS order; names and labels in the reader's language. */
export function observationRows(observations: readonly Observation[], ctx: ExportContext): ExportCell[][] {
  return observations.map((o) => {
    const source = ctx.sources.find((s) => s.id === o.sourceId);
    const indicator = ctx.indicators.find((i) => i.id === o.indicatorId);
    // Whole-number indicators stay integers; a score is shown to the two decimals it is published with.
    const whole = indicator?.kind === 'rank' || indicator?.kind === 'count' || o.rankedOf !== null;
    return [
      text(o.unitCode),
      text(ctx.units.find((u) => u.code === o.unitCode)?.name ?? ''),
      text(indicator?.label[ctx.lang] ?? o.indicatorId),
      text(o.period.start),
      text(o.period.end),
      { type: whole ? 'integer' : 'decimal', value: o.value },
      o.rankedOf === null ? { type: 'empty' } : { type: 'integer', value: o.rankedOf },
      text(ctx.provenanceLabel(o.provenance)),
      text(source ? sourceName(source) : ''),
      text(source?.url ?? ''),
    ];
  });
}

/** The sources the observations cite, each once, in the order first cited. */
export function citedSources(observations: readonly Observation[], sources: readonly Source[]): Source[] {
  const ids = [...new Set(observations.map((o) => o.sourceId).filter((id) => id !== null))];
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s) => s !== undefined);
}

export type WorkbookText = {
  header: Record<ExportColumn, string>;
  dataSheet: string;
  sourcesSheet: string;
  sourcesHeader: readonly [title: string, publisher: string, published: string, url: string];
  legendTitle: string;
  /** When the data last changed ("Cập nhật dữ liệu: …"), under the sources. */
  dataUpdated: string;
  /** Each provenance's label and what it means, in the order to list them. */
  legend: readonly (readonly [label: string, meaning: string])[];
  formatDate: (partialDate: string) => string;
};

/** What goes in a chart's workbook: its data sheet (the CSV's columns) and the sheet naming its sources. */
export type WorkbookContent = {
  data: { name: string; header: string[]; rows: ExportCell[][] };
  sources: {
    name: string;
    header: readonly string[];
    rows: (string | null)[][];
    dataUpdated: string;
    legendTitle: string;
    legend: readonly (readonly [string, string])[];
  };
};

export function workbookContent(observations: readonly Observation[], ctx: ExportContext, text: WorkbookText): WorkbookContent {
  return {
    data: { name: text.dataSheet, header: EXPORT_COLUMNS.map((c) => text.header[c]), rows: observationRows(observations, ctx) },
    sources: {
      name: text.sourcesSheet,
      header: text.sourcesHeader,
      rows: citedSources(observations, ctx.sources).map((s) => [s.title, s.publisher, s.published ? text.formatDate(s.published) : null, s.url]),
      dataUpdated: text.dataUpdated,
      legendTitle: text.legendTitle,
      legend: text.legend,
    },
  };
}
