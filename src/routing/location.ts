// The page URL as React state: a tiny history router, since every choice lives in the URL.
import { useSyncExternalStore } from 'react';

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

export function navigate(href: string, { replace = false } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.pathname + url.search === snapshot()) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

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
