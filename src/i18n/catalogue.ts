// The translation catalogue: every user-visible string, Vietnamese first; English must have
// exactly the same keys.
import { en } from './messages.en';
import { vi } from './messages.vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type MessageKey = keyof typeof vi;

export const catalogue: Record<Language, Record<MessageKey, string>> = { vi, en };

export type MessageParams = Record<string, string | number>;

export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogue[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
