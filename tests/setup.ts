// Vitest setup: jest-dom matchers, the mock API over msw/node, and a layout jsdom lacks.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';
import { resetScenario } from '../mocks/scenario';

// Views load on demand (React.lazy); on a busy 2-core machine the first import of a view and its
// charting library can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetScenario();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

// jsdom does no layout, so Recharts would measure 0×0 and draw nothing: give every element a
// real size (as a 1000×500 chart area) and a ResizeObserver that reports it.
const SIZE = { width: 1000, height: 500 };
Object.defineProperties(HTMLElement.prototype, {
  clientWidth: { configurable: true, get: () => SIZE.width },
  clientHeight: { configurable: true, get: () => SIZE.height },
  offsetWidth: { configurable: true, get: () => SIZE.width },
  offsetHeight: { configurable: true, get: () => SIZE.height },
});
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
  return { x: 0, y: 0, top: 0, left: 0, right: SIZE.width, bottom: SIZE.height, ...SIZE, toJSON: () => ({}) } as DOMRect;
};
class SizedResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = target.getBoundingClientRect();
    const entry = {
      target,
      contentRect: rect,
      borderBoxSize: [{ inlineSize: rect.width, blockSize: rect.height }],
      contentBoxSize: [{ inlineSize: rect.width, blockSize: rect.height }],
      devicePixelContentBoxSize: [],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = SizedResizeObserver;

// jsdom evaluates no media queries. None of the app's holds for the layout above: a 1000-px wide
// screen (not a phone's ≤ 640 px), light, with motion, not printing.
window.matchMedia = (query: string): MediaQueryList => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
});
