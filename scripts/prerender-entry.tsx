// Build-time rendering of pages with the embedded mock's data (see scripts/prerender.mjs): the
// page's HTML then holds the figures and the first chart, and the app hydrates it instead of
// starting blank.
import { server } from '../mocks/node';
import { seed } from '../mocks/seed';
import { renderPage, type RenderedPage } from '../src/app/server';
import { createMemoryStorage } from '../src/server/storage/memory';

// The prerendered pages load their scripts after the first paint, as the server's pages do.
export { loadScriptsAfterFirstPaint } from '../src/server/http/inlinePage';

/** The data version the prerendered figures are from: a server serves those pages only while it holds the same. */
export const dataVersion = () => createMemoryStorage(seed).dataVersion();

export async function prerender(href: string): Promise<RenderedPage> {
  server.listen({ onUnhandledRequest: 'error' });
  try {
    return await renderPage(href);
  } finally {
    server.close();
  }
}
