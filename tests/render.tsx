// Renders the app (or one view) as a user would meet it: real providers, mock API over msw/node.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { App } from '../src/app/App';
import { I18nProvider } from '../src/i18n/I18nProvider';
import { createQueryClient } from '../src/queries';
import { languageOf } from '../src/routing/location';

/** The app's own client, but with instant retries so error states appear without waiting. */
export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } });
  return client;
}

export function renderApp(path = '/') {
  window.history.replaceState(null, '', path);
  return render(<App queryClient={testQueryClient()} />);
}

export function renderWithProviders(ui: ReactNode, path = '/') {
  window.history.replaceState(null, '', path);
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <I18nProvider lang={languageOf(new URL(window.location.href))}>{ui}</I18nProvider>
    </QueryClientProvider>,
  );
}
