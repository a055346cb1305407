// Starts the mock API in the browser: the embedded default when no VITE_API_BASE_URL is set.
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { parseScenario, setScenario } from './scenario';

/** A short delay, so that loading states are real and visible, as with a real server. */
const DEFAULT_LATENCY_MS = 150;

export async function startMockApi(pageSearch: string): Promise<void> {
  setScenario({ ...parseScenario(new URLSearchParams(pageSearch).get('mock')), latencyMs: DEFAULT_LATENCY_MS });
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
