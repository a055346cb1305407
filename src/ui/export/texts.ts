// The catalogue's words for the Office downloads (workbook sheets, slide legends and notes), gathered here (in the first load, where the
// catalogue already is) and handed to the lazily loaded writers, which import no app code.
import type { ExportColumn, WorkbookText } from '../../domain/exportTable';
import { EXPORT_COLUMNS } from '../../domain/exportTable';
import { translate, type Language, type PlainKey } from '../../i18n/catalogue';
import { formatPartialDate, formatPeriod } from '../../i18n/format';
import { isWholeYears, periodMonths } from '../../domain/periods';
import type { SlideWords } from '../../domain/slideChart';
import type { DataUpdate, Source } from '../../api/contract';

const PROVENANCES = ['reported', 'derived', 'illustrative'] as const;

export const columnHeader = (lang: Language) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, translate(lang, `csv.${c}`)])) as Record<ExportColumn, string>;

export function workbookText(lang: Language, update: DataUpdate): WorkbookText {
  const t = (key: PlainKey) => translate(lang, key);
  return {
    dataUpdated: dataUpdatedText(lang, update),
    header: columnHeader(lang),
    dataSheet: t('xlsx.dataSheet'),
    sourcesSheet: t('xlsx.sourcesSheet'),
    sourcesHeader: [t('xlsx.sourceTitle'), t('xlsx.publisher'), t('xlsx.published'), t('xlsx.url')],
    legendTitle: t('legend.title'),
    legend: PROVENANCES.map((p) => [t(`provenance.${p}`), t(`provenance.${p}.long`)] as const),
    formatDate: (date) => formatPartialDate(lang, date),
  };
}

export function slideWords(lang: Language, update: DataUpdate): SlideWords {
  const t = (key: PlainKey, params?: Record<string, string | number>) => translate(lang, key, params);
  return {
    illustrativeName: (unit) => t('pptx.illustrativeSeries', { unit }),
    rankedOf: (title, count) => translate(lang, 'pptx.rankedOf', { title, count }),
    legend: { line: t('pptx.legend.line'), bar: t('pptx.legend.bar'), table: t('pptx.legend.table') },
    footer: (sourceLine) => `${sourceLine} · ${dataUpdatedText(lang, update)}`,
    // As the web chart labels a bar: a period that is not one whole year says how long it is.
    category: (period) => {
      const months = periodMonths(period);
      if (months === 12 && isWholeYears(period)) return formatPeriod(lang, period);
      const length = isWholeYears(period) ? translate(lang, 'period.years', { count: months / 12 }) : translate(lang, 'period.months', { count: months });
      return `${formatPeriod(lang, period)} (${length})`;
    },
    notesTitle: t('pptx.notes.sources'),
    noUrl: t('pptx.notes.noUrl'),
    illustrativeNote: t('pptx.notes.illustrative'),
    formatDate: (date) => formatPartialDate(lang, date),
  };
}

/** The source line every chart carries: "Nguồn: publisher, title (date); …". */
export function sourceLineText(lang: Language, sources: readonly Source[]): string {
  const cited = sources.map((s) => `${s.publisher}, ${s.title}${s.published ? ` (${formatPartialDate(lang, s.published)})` : ''}`).join('; ');
  return `${translate(lang, 'source.label')}: ${cited || translate(lang, 'source.none')}`;
}

/**
 * "Cập nhật dữ liệu: 27/11/2026" on every public page and in every file made from the data. The
 * data first loaded is dated by its newest source, and says so.
 */
export function dataUpdatedText(lang: Language, update: DataUpdate): string {
  if (update.date === null) return translate(lang, 'data.updatedUndated');
  const date = formatPartialDate(lang, update.date);
  return translate(lang, update.basis === 'published' ? 'data.updated' : 'data.updatedBySource', { date });
}
