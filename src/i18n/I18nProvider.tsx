// The reader's language, kept in the URL (`?lang=en`; Vietnamese when absent) and shared by context.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { navigate, useLocation, withParams } from '../app/location';
import { LANGUAGES, translate, type Language, type MessageKey, type ParamsOf } from './catalogue';

type I18n = {
  lang: Language;
  t: <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;
  setLanguage: (lang: Language) => void;
};

const I18nContext = createContext<I18n | null>(null);

export const languageFromUrl = (url: URL): Language => {
  const value = url.searchParams.get('lang');
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'vi';
};

export function I18nProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const lang = languageFromUrl(location);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, ...params) => translate(lang, key, ...params),
      setLanguage: (next) => navigate(withParams(new URL(window.location.href), { lang: next === 'vi' ? null : next })),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
