// Embeds as another site uses them (served by `npm start` only; a static copy has no /embed/…):
// the snippet the app gives, pasted into a page on another origin, shows the chart with its title
// and figures — with scripts off — while the app's own pages still refuse to be framed there.
import type { Browser, Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/**
 * A news site's article, on an origin of its own (another port): a real server rather than a routed
 * fake host, since Chromium keeps a page on the public network from framing one on this machine.
 */
let news: Server;
let article = '';
test.beforeAll(async () => {
  news = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="vi"><head><title>Bài viết</title></head><body><h1>Cải cách hành chính ở Nghệ An</h1>${article}<p>Hết bài.</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => news.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => news.close(() => resolve())));

/** The article holding `body`, read with scripts off. */
async function newsPage(browser: Browser, body: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  article = body;
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${(news.address() as AddressInfo).port}/bai-viet.html`);
  return page;
}

test('the Embed snippet shows the ranking inside a page on another origin, with scripts off', { tag: '@server' }, async ({ page, browser, baseURL }) => {
  await page.goto('/ranking?units=414,425&from=2019&to=2024');
  const figure = page.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC cấp huyện/ });
  await figure.getByRole('button', { name: 'Nhúng biểu đồ vào trang khác' }).click();
  const snippet = await figure.getByRole('textbox', { name: /Dán mã này/ }).inputValue();
  expect(snippet).toContain(`src="${baseURL}/embed/ranking?units=414,425&amp;level=district&amp;from=2019&amp;to=2024"`);

  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const news = await newsPage(browser, snippet, viewport);
    const embed = news.frameLocator('iframe');
    await expect(embed.getByRole('heading', { name: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024' })).toBeVisible();
    // The drawing for this screen (the other is hidden), with the units' names and Thái Hòa's 2019 rank as the source gives it.
    const drawing = embed.locator('svg.trend-chart__svg').filter({ visible: true });
    await expect(drawing).toHaveCount(1);
    await expect(drawing.locator('.trend-chart__end-label')).toHaveText(['Diễn Châu', 'Thái Hòa']);
    await expect(drawing.locator('circle title').first()).toHaveText('Thái Hòa, 2019: 17 (Công bố)');
    await expect(embed.getByText('Thái Hòa tăng từ hạng 17/21 (2019) lên hạng 9/21 (2021) theo số liệu công bố.')).toBeVisible();
    await expect(embed.getByRole('list', { name: 'Chú giải nguồn gốc số liệu' })).toBeVisible();
    await expect(embed.getByText(/^Nguồn:/)).toBeVisible();
    await expect(embed.getByRole('button')).toHaveCount(0);
    await news.locator('iframe').scrollIntoViewIfNeeded();
    await news.screenshot({ path: `/tmp/shots-embed/news-ranking-${name}.png`, fullPage: true });
    await news.context().close();
  }
});

test('the investment embed shows the bars’ figures inside another origin’s page', { tag: '@server' }, async ({ browser, baseURL }) => {
  const news = await newsPage(browser, `<iframe src="${baseURL}/embed/investment?units=414&lang=en" title="Projects" width="100%" height="760"></iframe>`);
  const embed = news.frameLocator('iframe');
  await expect(embed.getByRole('heading', { name: 'Investment projects attracted per period' })).toBeVisible();
  const bars = embed.locator('svg.bar-chart__svg').filter({ visible: true });
  await expect(bars.locator('.bar-chart__value')).toHaveText(['11', '7']);
  await expect(bars.locator('.bar-chart__bar--derived')).toHaveCount(1);
  await expect(bars.locator('.bar-chart__bar--reported')).toHaveCount(1);
  await expect(bars.locator('.trend-chart__x-axis .chart-tick')).toHaveText(['2020–20212 years', 'Jan–May 20225 months']);
  await news.screenshot({ path: '/tmp/shots-embed/news-investment-desktop.png', fullPage: true });
  await news.context().close();
});

test('the app’s own pages still refuse to be framed by another origin', { tag: '@server' }, async ({ browser, baseURL }) => {
  const news = await newsPage(browser, `<iframe name="app" src="${baseURL}/ranking?units=414" width="100%" height="400"></iframe>`);
  // Chromium replaces a frame its policy refuses with its own error page: the app never loads there.
  await expect.poll(() => news.frame({ name: 'app' })?.url()).toMatch(/^chrome-error:/);
  await news.context().close();
});
