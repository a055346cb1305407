// Intl-based formatters: numbers, periods, dates and ranks in the reader's language.
import type { Period } from '../api/contract';
import type { Language } from './catalogue';

export const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The precision numbers are shown at unless a caller asks otherwise; plural choice follows it too. */
export const FRACTION_DIGITS = 2;

// Made once per language and precision: a table's cells and every label with a count format
// numbers, and making an Intl.NumberFormat costs far more than using one.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(lang: Language, value: number, maximumFractionDigits = FRACTION_DIGITS): string {
  const key = `${lang} ${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const monthName = (lang: Language, month: number) =>
  new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

const split = (m: string) => [Number(m.slice(0, 4)), Number(m.slice(5, 7))] as const;

/**
 * A period as people write it: "2021", "2020–2021", "T1–T5/2022" / "Jan–May 2022",
 * "T1/2020–T5/2022" / "Jan 2020–May 2022". Vietnamese uses the "T<month>" form of official reports.
 */
export function formatPeriod(lang: Language, period: Period): string {
  const [y1, m1] = split(period.start);
  const [y2, m2] = split(period.end);
  const wholeYears = m1 === 1 && m2 === 12;
  if (wholeYears) return y1 === y2 ? `${y1}` : `${y1}–${y2}`;
  const month = (m: number) => (lang === 'vi' ? `T${m}` : monthName(lang, m));
  if (y1 === y2) {
    if (m1 === m2) return lang === 'vi' ? `T${m1}/${y1}` : `${monthName(lang, m1)} ${y1}`;
    return lang === 'vi' ? `T${m1}–T${m2}/${y1}` : `${month(m1)}–${month(m2)} ${y1}`;
  }
  return lang === 'vi' ? `T${m1}/${y1}–T${m2}/${y2}` : `${month(m1)} ${y1}–${month(m2)} ${y2}`;
}

/** A source's date at the precision it is known: "2022", "6/2022" / "Jun 2022", or a full date. */
export function formatPartialDate(lang: Language, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return `${y}`;
  if (d === undefined) return lang === 'vi' ? `${m}/${y}` : `${monthName(lang, m)} ${y}`;
  // Vietnamese official documents write dates as 19/5/2022.
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y!, m - 1, d));
}

/** "9/21": the form used in Vietnamese reports, and understood in English too. */
export const formatRank = (rank: number, of: number | null) => (of ? `${rank}/${of}` : `${rank}`);
