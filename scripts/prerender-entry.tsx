// Build-time rendering of pages with the embedded mock's data (see scripts/prerender.mjs): the
// page's HTML then holds the figures and the first chart, and the app hydrates it instead of
// starting blank.
import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/App';
import { setPrerenderedLocation } from '../src/routing/location';
import { createQueryClient } from '../src/queries';
import { server } from '../mocks/node';
import { seed } from '../mocks/seed';
import { createMemoryStorage } from '../src/server/storage/memory';

/** The data version the prerendered figures are from: a server serves those pages only while it holds the same. */
export const dataVersion = () => createMemoryStorage(seed).dataVersion();

/** React's mark for a Suspense boundary left to the browser: here, a view whose code was still loading. */
const CLIENT_RENDERED = '<!--$!-->';

/**
 * Renders until every query the page asks for has its data and every lazily loaded view is in
 * (each pass may reveal new ones).
 */
export async function prerender(href: string): Promise<{ html: string; state: DehydratedState }> {
  setPrerenderedLocation(href);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = createQueryClient();
    let html = '';
    for (let pass = 0; pass < 8; pass++) {
      html = renderToString(<App queryClient={client} />);
      const waiting = client
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.data === undefined);
      if (waiting.length === 0 && !html.includes(CLIENT_RENDERED)) return { html, state: dehydrate(client) };
      await Promise.all(waiting.map((q) => q.fetch()));
      // A lazy view's module resolves in a later task than the render that asked for it.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`prerender: ${href} still waited for data or code after 8 passes`);
  } finally {
    server.close();
  }
}
