// The embeds' URLs: /embed/<chart>?… draws one chart alone, for another site's page (an <iframe>),
// with the choices that change what it draws and the language, and nothing else of the app.
import type { ChartLevel } from '../domain/lineage';
import { useLocation } from './location';

export const EMBED_CHARTS = ['ranking', 'investment', 'province'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export const EMBED_PREFIX = '/embed/';

/** The chart an /embed/… path names; null for any other path or an unknown chart. */
export function parseEmbedPath(pathname: string): EmbedChart | null {
  if (!pathname.startsWith(EMBED_PREFIX)) return null;
  const name = pathname.slice(EMBED_PREFIX.length).replace(/\/+$/, '');
  return (EMBED_CHARTS as readonly string[]).includes(name) ? (name as EmbedChart) : null;
}

/** What an embed keeps of the page's query: what it draws, and in which language. */
const KEPT = ['units', 'level', 'from', 'to', 'metric', 'measure', 'lang'] as const;

/**
 * The embed of `chart` as the reader sees it now: the page's years, metric, measure and language,
 * `units` (a unit's profile shows its own unit, which is in its path rather than its query) and the
 * `level` the chart draws, always said: a page without one shows the current units, and the embed
 * must go on showing what the reader saw even when its units alone would imply another level.
 */
export function useEmbedHref(chart: EmbedChart, units?: readonly string[], level?: ChartLevel): string {
  const current = useLocation().searchParams;
  const params = new URLSearchParams();
  for (const key of KEPT) {
    const value = key === 'units' && units ? units.join(',') : key === 'level' && level ? level : current.get(key);
    if (value) params.set(key, value);
  }
  // Commas need no escaping in a query, and the snippet reads better with them.
  const query = params.toString().replace(/%2C/g, ',');
  return `${EMBED_PREFIX}${chart}${query ? `?${query}` : ''}`;
}
