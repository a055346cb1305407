// Entry: render at once, and start the embedded mock API alongside unless a real one is configured
// (requests wait for it; see waitForApiBefore).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { waitForApiBefore } from '../api/client';
import { createQueryClient } from '../queries';
import { App } from './App';
import './styles.css';

if (!import.meta.env.VITE_API_BASE_URL) {
  // The only import of mocks/ from the app, and a lazy one: MSW stays out of the main bundle.
  waitForApiBefore(import('../../mocks/browser').then(({ startMockApi }) => startMockApi(window.location.search)));
}

createRoot(document.getElementById('root')!, {
  // A render error caught by an error boundary is already shown in place of the part that
  // failed; it is a warning for whoever opens the console, not an uncaught error.
  onCaughtError: (error) => console.warn('A part of the page failed to draw:', error instanceof Error ? error.message : error),
}).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
