// Starts the mock API in the browser: the embedded default when no VITE_API_BASE_URL is set.
import { setupWorker } from 'msw/browser';
import { createHandlers, handlers } from './handlers';
import { parseDataset, parseScenario, setScenario } from './scenario';

/** A short delay, so that loading states are real and visible, as with a real server. */
const DEFAULT_LATENCY_MS = 150;

export async function startMockApi(pageSearch: string): Promise<void> {
  const params = new URLSearchParams(pageSearch);
  setScenario({ ...parseScenario(params.get('mock')), latencyMs: DEFAULT_LATENCY_MS });
  // The nationwide data set is generated on demand, in its own chunk: the seed's users never load it.
  const active = parseDataset(params.get('dataset')) === 'nationwide' ? createHandlers((await import('./seed/nationwide')).nationwideSeed()) : handlers;
  await setupWorker(...active).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
