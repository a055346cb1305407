// Entry: start the embedded mock API alongside unless a real one is configured or serves the page
// (requests wait for it; see waitForApiBefore), and render — hydrating the page when it was prerendered for this URL.
import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { waitForApiBefore } from '../api/client';
import { createQueryClient } from '../queries';
import { unpackPageData } from '../queries/pageState';
import { App, preloadView } from './App';
import { setPrerenderedLocation } from '../routing/location';
import './styles.css';

const requestIdle = (callback: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(callback, { timeout: 1_000 }) : setTimeout(callback, 200);

/** Runs `task` once the current frame has been presented; at once in a tab nobody sees (it draws no frames). */
function afterFirstPaint(task: () => void) {
  if (document.visibilityState === 'hidden') return task();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = task;
    channel.port2.postMessage(null);
  });
}

const options: RootOptions = {
  // A render error caught by an error boundary is already shown in place of the part that
  // failed; it is a warning for whoever opens the console, not an uncaught error.
  onCaughtError: (error) => console.warn('A part of the page failed to draw:', error instanceof Error ? error.message : error),
};
const container = document.getElementById('root')!;
const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);

// The build prerenders some pages with the embedded mock's data (scripts/prerender.mjs), and the
// Node server renders each page with its own. That data is what the API serves, so it seeds the
// cache on any page — unless the URL asks the mock for a fault or another data set, which the page
// must then really fetch.
const prerendered = document.getElementById('prerendered-state');
const params = new URLSearchParams(window.location.search);
const sameData = prerendered !== null && !params.has('mock') && !params.has('dataset');

/** The query cache the page was drawn with, into this page's (src/queries/pageState.ts). */
const readPageState = (element: HTMLElement) =>
  hydrate(queryClient, JSON.parse(element.textContent ?? '{}'), { defaultOptions: { deserializeData: unpackPageData } });

// The Node server marks the pages it serves: it answers /api itself, so the page uses it, and the
// same build still starts the mock on a static host (vite preview, the browser tests).
const servedWithApi = document.querySelector('meta[name="kpi-api"][content="server"]') !== null;

if (!import.meta.env.VITE_API_BASE_URL && !servedWithApi) {
  // The only import of mocks/ from the app, and a lazy one: MSW stays out of the main bundle.
  // With the page's data already at hand it can wait until the browser is idle, off the first paint.
  const startMock = () => import('../../mocks/browser').then(({ startMockApi }) => startMockApi(window.location.search));
  waitForApiBefore(sameData ? new Promise((resolve) => requestIdle(() => resolve(startMock()))) : startMock());
}

// The path and query the markup was rendered for: the build's prerendered pages or the server's.
const renderedFor = document.documentElement.dataset.prerendered;
if (sameData && renderedFor === window.location.pathname + window.location.search) {
  // The markup already shows the page: let the browser paint it before the long task of reading
  // the data and hydrating, which would otherwise hold the first frame back (its controls say they
  // are starting until then).
  // The view's code is fetched meanwhile, so that the whole page hydrates in one pass (lazyView.tsx);
  // hydrating without it, should it fail to load, shows that part's own error.
  const viewLoaded = preloadView(window.location.pathname).catch(() => undefined);
  afterFirstPaint(async () => {
    await viewLoaded;
    readPageState(prerendered);
    // The hydrating render must reproduce the markup: it reads the location the page was rendered for.
    setPrerenderedLocation(renderedFor);
    // As a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread for the whole page: input stays answered while it runs.
    startTransition(() => {
      hydrateRoot(container, app, options);
    });
  });
} else {
  if (sameData) readPageState(prerendered);
  // Markup prerendered for another URL is hidden (the guard in scripts/prerender.mjs) until this view replaces it.
  flushSync(() => createRoot(container, options).render(app));
  document.documentElement.classList.remove('prerendered-elsewhere');
}
