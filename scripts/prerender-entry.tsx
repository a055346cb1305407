// Build-time rendering of the overview with the embedded mock's data (see scripts/prerender.mjs):
// the page's HTML then holds the figures, and the app hydrates it instead of starting blank.
import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/App';
import { setPrerenderedLocation } from '../src/app/location';
import { createQueryClient } from '../src/queries';
import { server } from '../mocks/node';

/** Renders until every query the page asks for has its data (each pass may reveal new ones). */
export async function prerender(href: string): Promise<{ html: string; state: DehydratedState }> {
  setPrerenderedLocation(href);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = createQueryClient();
    let html = '';
    for (let pass = 0; pass < 6; pass++) {
      html = renderToString(<App queryClient={client} />);
      const waiting = client
        .getQueryCache()
        .getAll()
        .filter((q) => q.state.data === undefined);
      if (waiting.length === 0) break;
      await Promise.all(waiting.map((q) => q.fetch()));
    }
    return { html, state: dehydrate(client) };
  } finally {
    server.close();
  }
}
