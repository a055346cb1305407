// The prerendered pages: the overview and the ranking view arrive with their figures and first
// chart in the HTML, the app takes them over without a redraw, and a URL they were not built for
// never shows them.
import type { Page } from '@playwright/test';
import { expect, test, untilLive } from './fixtures';

/** Holds the app's entry script until the returned function is called: what a slow link does. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview shows Thái Hòa’s figures and the province chart from its HTML alone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan: Thái Hòa');
    await expect(page.getByText('9/21', { exact: true })).toBeVisible();
    const chart = page.getByRole('figure', { name: /Nghệ An trong 63 tỉnh/ }).locator('svg.trend-chart__svg:visible');
    await expect(chart.locator('.trend-chart__point-label')).toHaveText(['24', '18', '17', '16', '15', '27']);
    await expect(page.getByRole('contentinfo').getByRole('paragraph')).toHaveText('Cập nhật dữ liệu: 6/2025 (ngày của nguồn mới nhất)');
  });

  test('the ranking view shows the current units’ chart from its HTML alone: the 130 communes and wards of 2025, the break explained', async ({ page }) => {
    await page.goto('/ranking');
    const figure = page.getByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp xã, 2025' });
    const chart = figure.locator('svg.trend-chart__svg:visible');
    // Thái Hòa stands for the three units on its land: Phường Thái Hòa, Phường Tây Hiếu, Xã Đông Hiếu.
    await expect(chart.locator('.trend-chart__end-label')).toHaveCount(3);
    await expect(chart.locator('.trend-chart__end-label').first()).toHaveText('Thái Hòa');
    await expect(chart.locator('.trend-chart__y-axis .chart-tick').first()).toHaveText('1');
    await expect(figure).toContainText('năm 2025: hạng 19/130');
    await expect(figure).toContainText('Từ ngày 1/7/2025 không còn cấp huyện');
    await expect(chart.locator('.trend-chart__dot--reported')).toHaveCount(0);
  });

  test('on a phone the HTML holds a chart drawn for a phone: its axis text is legible, not a shrunk desktop chart', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/ranking');
    const chart = page.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC cấp xã/ }).locator('svg.trend-chart__svg:visible');
    await expect(chart).toHaveCount(1);
    const tick = await chart.locator('.trend-chart__y-axis .chart-tick').first().boundingBox();
    expect(tick!.height).toBeGreaterThanOrEqual(11);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('the ranking chart is drawn before the app’s script arrives, and answers the keyboard once it has', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/ranking', { waitUntil: 'commit' });
  const chart = page.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC cấp xã/ });
  // Once the stylesheet is in, the screen shows one of the two drawings (desktop, phone).
  await expect(chart.locator('svg.trend-chart__svg:visible')).toHaveCount(1);
  await expect(chart.locator('svg.trend-chart__svg:visible').locator('.trend-chart__end-label').first()).toBeVisible();
  release();
  // Hydrated (focus before that fires no handler), the same chart shows a year's ranks on focus;
  // a console error would fail the test.
  await untilLive(page);
  await chart.getByRole('application').focus();
  await expect(page.locator('.chart-tooltip')).toContainText('Thái Hòa 19/130');
});

test('until the app’s script arrives the page’s controls are visibly inert, and once it has a click works', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/ranking', { waitUntil: 'commit' });
  const png = page.getByRole('button', { name: 'Tải ảnh PNG (khổ trình chiếu 16:9)' }).first();
  for (const control of [png, page.getByRole('button', { name: 'Bảng' }).first(), page.getByRole('combobox', { name: 'Đơn vị' })]) {
    await expect(control).toBeDisabled();
    await expect(control).toHaveCSS('cursor', 'progress');
  }
  release();
  await expect(png).toBeEnabled();
  const download = page.waitForEvent('download');
  await png.click();
  expect((await download).suggestedFilename()).toBe('xep-hang-cchc_2025.png');
});

test('a link with choices never shows the prerendered default: hidden until the app draws the choice', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('/ranking?level=district&units=414,412', { waitUntil: 'commit' });
  await expect(page.locator('#main')).toBeAttached();
  await expect(page.locator('#main')).toBeHidden();
  release();
  const chart = page.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC cấp huyện/ });
  await expect(chart.locator('.trend-chart__end-label')).toHaveText(['Vinh', 'Thái Hòa']);
  await expect(page.locator('#main')).toBeVisible();
});

test('another page served the overview’s file shows its own view, not the overview', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Tổng quan/);
  await expect(page.locator('#main')).toBeVisible();
});
