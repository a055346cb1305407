// Failures stay local and visible: markup in data is text, a refresh that fails keeps the last
// good figures with a notice, a chart that throws shows a message in its place.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { resetScenario, setScenario } from '../../mocks/scenario';
import { seed } from '../../mocks/seed';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { App } from '../../src/app/App';
import { renderApp, renderWithProviders, testQueryClient } from '../render';

const MARKUP = '<img src=x onerror=alert(1)>';

describe('reliability', () => {
  it('renders names from the API as text, even when they contain markup', async () => {
    server.use(http.get('*/api/units', () => HttpResponse.json({ data: seed.units.map((u) => (u.code === '414' ? { ...u, name: MARKUP } : u)) })));
    const { container } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: `Tổng quan: ${MARKUP}` })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('keeps the last good figures on screen, with when they were fetched, when a refresh fails', async () => {
    const client = testQueryClient();
    window.history.replaceState(null, '', '/');
    render(<App queryClient={client} />);
    expect(await screen.findByText('9/21')).toBeInTheDocument();
    setScenario({ fault: 'error' });
    await client.refetchQueries();
    const notice = await screen.findByText(/Không cập nhật được số liệu mới. Đang hiển thị số liệu tải lúc/);
    expect(screen.getByText('9/21')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    resetScenario();
    await userEvent.click(within(notice.closest('.notice') as HTMLElement).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.queryByText(/Không cập nhật được số liệu mới/)).not.toBeInTheDocument());
  });

  it('shows a message in place of a part that fails to draw, and lets the rest work', async () => {
    function Broken(): never {
      throw new Error('bad data');
    }
    // React reports the caught error on the console; that is expected here, so keep the output clean.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(
      <>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
        <p>still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Không vẽ được phần này');
    expect(screen.getByText('still here')).toBeInTheDocument();
  });

  it('says there is no data when the API answers with none', async () => {
    setScenario({ fault: 'empty' });
    renderApp('/ranking');
    expect((await screen.findAllByText('Không có số liệu cho lựa chọn này.')).length).toBeGreaterThan(0);
    expect(document.querySelector('figure svg')).toBeNull();
  });
});
