// The page URL as React state: a tiny history router, since every choice lives in the URL.
import { useSyncExternalStore } from 'react';
import { LANGUAGES, type Language } from '../i18n/catalogue';

const CHANGE = 'app:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The page rendered at build time (see scripts/prerender.mjs); in a browser the real URL is used. */
let prerenderedHref = '/';
export function setPrerenderedLocation(href: string): void {
  prerenderedHref = href;
}

/** The current path and query, re-rendering on every navigation (links, back and forward). */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, snapshot, () => prerenderedHref);
  // Only the path and query are read, so any base will do (there is no window at build time).
  return new URL(href, 'http://localhost');
}

/**
 * Goes to `href` as a new history entry, or in place of the current one (`replace`), which then
 * keeps the entry's state unless another is given: a deck's slide changes keep its way back.
 */
export function navigate(href: string, { replace = false, state }: { replace?: boolean; state?: HistoryState } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.pathname + url.search === snapshot()) return;
  if (replace) window.history.replaceState(state ?? window.history.state, '', url);
  else window.history.pushState(state ?? null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** What a history entry remembers besides its URL. */
export type HistoryState = { returnTo?: string } | null;

export const historyState = (): HistoryState => (window.history.state as HistoryState) ?? null;

/** The current URL with some query parameters set (a null value removes it). */
export function withParams(current: URL, changes: Record<string, string | null>, pathname = current.pathname): string {
  const params = new URLSearchParams(current.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}

/** The reader's language, kept in the URL (`?lang=en`; Vietnamese when absent). */
export function languageOf(url: URL): Language {
  const value = url.searchParams.get('lang');
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'vi';
}

export const useLanguage = (): Language => languageOf(useLocation());

export const hrefForLanguage = (current: URL, lang: Language): string => withParams(current, { lang: lang === 'vi' ? null : lang });
