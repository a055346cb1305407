// Places dated events on a chart's x axis: years (ranking) or months (cumulative projects).
import type { UnitEvent } from '../api/contract';
import { monthIndex } from '../domain/periods';
import { formatPartialDate } from '../i18n/format';
import type { Language } from '../i18n/catalogue';

export type Annotation = { x: number; label: string };

export function eventAnnotations(events: readonly UnitEvent[], lang: Language, axis: 'year' | 'month'): Annotation[] {
  return events
    .filter((e) => e.date.length >= 7)
    .map((e) => {
      const month = e.date.slice(0, 7);
      const x = axis === 'month' ? monthIndex(month) : Number(month.slice(0, 4)) + (Number(month.slice(5, 7)) - 1) / 12;
      return { x, label: `${formatPartialDate(lang, e.date)}: ${e.title[lang]}` };
    });
}
