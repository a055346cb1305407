// The catalogue's words for the Office downloads, gathered here (in the first load, where the
// catalogue already is) and handed to the lazily loaded writers, which import no app code.
import type { ExportColumn, WorkbookText } from '../../domain/exportTable';
import { EXPORT_COLUMNS } from '../../domain/exportTable';
import { translate, type Language, type PlainKey } from '../../i18n/catalogue';
import { formatPartialDate } from '../../i18n/format';

const PROVENANCES = ['reported', 'derived', 'illustrative'] as const;

export const columnHeader = (lang: Language) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, translate(lang, `csv.${c}`)])) as Record<ExportColumn, string>;

export function workbookText(lang: Language): WorkbookText {
  const t = (key: PlainKey) => translate(lang, key);
  return {
    header: columnHeader(lang),
    dataSheet: t('xlsx.dataSheet'),
    sourcesSheet: t('xlsx.sourcesSheet'),
    sourcesHeader: [t('xlsx.sourceTitle'), t('xlsx.publisher'), t('xlsx.published'), t('xlsx.url')],
    legendTitle: t('legend.title'),
    legend: PROVENANCES.map((p) => [t(`provenance.${p}`), t(`provenance.${p}.long`)] as const),
    formatDate: (date) => formatPartialDate(lang, date),
  };
}
