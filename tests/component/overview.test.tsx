// The Overview as an official meets it: loading, the article's figures with sources, failure and retry.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resetScenario, setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';

describe('Overview', () => {
  it('shows a loading state first, then Thái Hòa’s rank 9/21 (2021), up 8 since 2019, with its source', async () => {
    renderApp('/');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/đang tải/i);
    const rank = await screen.findByRole('article', { name: 'Xếp hạng Chỉ số CCHC' });
    expect(within(rank).getByText('9/21')).toBeInTheDocument();
    expect(within(rank).getByText('2021')).toBeInTheDocument();
    expect(rank).toHaveTextContent(/tăng 8 bậc\s*so với 2019/);
    expect(rank).toHaveTextContent('Tính từ số liệu công bố');
    expect(rank).toHaveTextContent(/Nguồn: Báo Nghệ An/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tổng quan: Thái Hòa');
  });

  it('shows 7 projects in T1–T5/2022 and 18 since 2020, both reported', async () => {
    renderApp('/');
    const latest = await screen.findByRole('article', { name: 'Dự án đầu tư thu hút' });
    expect(latest).toHaveTextContent('T1–T5/2022');
    expect(within(latest).getByText('7')).toBeInTheDocument();
    expect(latest).toHaveTextContent('Công bố');
    const cumulative = screen.getByRole('article', { name: 'Dự án lũy kế từ 2020' });
    expect(within(cumulative).getByText('18')).toBeInTheDocument();
    expect(cumulative).toHaveTextContent('T1/2020–T5/2022');
  });

  it('shows an error with a retry in place of each failed part, recovering once the server does', async () => {
    setScenario({ fault: 'error', endpoint: 'observations' });
    renderApp('/');
    // The unit's cards and the province chart fail, and show it, separately.
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const alerts = screen.getAllByRole('alert');
    for (const alert of alerts) {
      expect(alert).toHaveTextContent('Không tải được số liệu');
      expect(alert).toHaveTextContent('(500)');
    }
    resetScenario();
    for (const alert of alerts) await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('9/21')).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /Nghệ An trong 63 tỉnh/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the data is malformed instead of drawing it', async () => {
    setScenario({ fault: 'invalid', endpoint: 'observations' });
    renderApp('/');
    const [alert] = await screen.findAllByRole('alert');
    expect(alert).toHaveTextContent('không đúng định dạng');
    expect(screen.queryByText('9/21')).not.toBeInTheDocument();
  });

  it('switches to English, keeping the figures and putting the language in the URL', async () => {
    renderApp('/');
    await screen.findByText('9/21');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    const rank = await screen.findByRole('article', { name: 'PAR Index rank' });
    expect(rank).toHaveTextContent(/up 8 places\s*since 2019/);
    expect(screen.getByRole('article', { name: 'Investment projects attracted' })).toHaveTextContent('Jan–May 2022');
    expect(window.location.search).toBe('?lang=en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
