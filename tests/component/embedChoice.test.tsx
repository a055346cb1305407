// "Nhúng / Embed" beside a chart's downloads: the <iframe> snippet for the chart as shown (units,
// years, language), to copy; on a static copy of the app, which has no server to answer /embed/…,
// it says so instead.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../render';

const markServed = () => {
  const meta = document.createElement('meta');
  meta.name = 'kpi-api';
  meta.content = 'server';
  document.head.append(meta);
};
afterEach(() => document.querySelector('meta[name="kpi-api"]')?.remove());

describe('Embed choice', () => {
  it('gives the iframe snippet of the chart as shown, and copies it', async () => {
    markServed();
    const user = userEvent.setup({ delay: null });
    renderApp('/ranking?units=414,425&from=2020&to=2023&mode=table&lang=en');
    const chart = await screen.findByRole('figure', { name: /PAR Index rank/ });
    const button = within(chart).getByRole('button', { name: 'Embed the chart in another page' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const code = within(chart).getByRole('textbox', { name: /Paste this code into a web page/ });
    expect(code).toHaveValue(
      '<iframe src="http://localhost:3000/embed/ranking?units=414,425&amp;level=district&amp;from=2020&amp;to=2023&amp;lang=en" title="District PAR Index rank, 2020–2023" width="100%" height="860" style="border:0" loading="lazy"></iframe>',
    );
    await user.click(within(chart).getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value);
    expect(within(chart).getByRole('status')).toHaveTextContent('Copied.');
  });

  it('embeds a unit profile’s charts with the unit of the page', async () => {
    markServed();
    renderApp('/units/414');
    const chart = await screen.findByRole('figure', { name: /theo kỳ/ });
    await userEvent.click(within(chart).getByRole('button', { name: 'Nhúng biểu đồ vào trang khác' }));
    expect((within(chart).getByRole('textbox') as HTMLTextAreaElement).value).toContain('/embed/investment?units=414&amp;level=district"');
  });

  it('says that embedding needs the server on a static copy', async () => {
    renderApp('/investment');
    const chart = await screen.findByRole('figure', { name: /theo kỳ/ });
    await userEvent.click(within(chart).getByRole('button', { name: 'Nhúng biểu đồ vào trang khác' }));
    expect(chart).toHaveTextContent('Nhúng cần máy chủ của bảng điều khiển');
    expect(within(chart).queryByRole('textbox')).toBeNull();
  });
});
