// The reader's language, shared by context. Where it comes from (the URL) is the app's business.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { translate, type Language, type MessageKey, type ParamsOf } from './catalogue';

export type I18n = {
  lang: Language;
  t: <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, t: (key, ...params) => translate(lang, key, ...params) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
