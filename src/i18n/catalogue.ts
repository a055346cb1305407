// The translation catalogue: every user-visible string, Vietnamese first; English must have
// exactly the same keys.
import { FRACTION_DIGITS, formatNumber, LOCALE } from './format';
import { en } from './messages.en';
import { vi } from './messages.vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type MessageKey = keyof typeof vi;

/**
 * The keys whose text shows `{count}`. `count` is the one parameter that chooses a plural form, so
 * these callers must pass it, as a number: translate formats it for display itself.
 */
export type CountKey = { [K in MessageKey]: (typeof vi)[K] extends `${string}{count}${string}` ? K : never }[MessageKey];
export type PlainKey = Exclude<MessageKey, CountKey>;

/** One text per `Intl.PluralRules` category the language uses; `other` is the fallback every language has. */
export type PluralMessage = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };
export type Message = string | PluralMessage;

/** A language's messages: only a message that shows `{count}` may vary with it. */
export type Messages<Plural extends PluralMessage = PluralMessage> = { readonly [K in MessageKey]: K extends CountKey ? string | Plural : string };

export const catalogue: Record<Language, Messages> = { vi, en };

export type MessageParams = Readonly<Record<string, string | number>> & { readonly count?: number };

/** The parameters a key takes: required, with a numeric `count`, when the key (or any key of a union) shows `{count}`. */
export type ParamsOf<K extends MessageKey> = [K] extends [PlainKey] ? [params?: MessageParams] : [params: MessageParams & { readonly count: number }];

// Built once per language: translate runs on every render of every label.
const pluralRules = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, new Intl.PluralRules(LOCALE[lang], { maximumFractionDigits: FRACTION_DIGITS })]),
) as Record<Language, Intl.PluralRules>;

/** Without a count the `other` form is used and `{count}` stays visible, as any missing parameter does. */
const chooseForm = (lang: Language, message: Message, count: number | undefined): string => {
  if (typeof message === 'string') return message;
  return (count === undefined ? undefined : message[pluralRules[lang].select(count)]) ?? message.other;
};

export function translate<K extends MessageKey>(lang: Language, key: K, ...[params]: ParamsOf<K>): string {
  const given: MessageParams = params ?? {};
  const values: Record<string, string | number> = given.count === undefined ? given : { ...given, count: formatNumber(lang, given.count) };
  return chooseForm(lang, catalogue[lang][key], given.count).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
