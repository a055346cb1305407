// The two KPI views in Chromium: what they show, keyboard access to data points, accessibility,
// no sideways scrolling on a phone, and screenshots to look at.
import { expect, expectNoAxeViolations, test, untilLive } from './fixtures';

const tooltip = (page: import('@playwright/test').Page) => page.locator('.chart-tooltip').first();

test('keyboard focus walks Thái Hòa’s rank path: 17 → 9 → 9 for 2019–2021', { tag: '@journey' }, async ({ page }) => {
  await page.goto('/ranking?level=district');
  const chart = page.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC cấp huyện/ });
  await expect(chart.getByText('Thái Hòa tăng từ hạng 17/21 (2019) lên hạng 9/21 (2021)')).toBeVisible();
  // The page is prerendered: focus taken before the app has taken it over fires no handler.
  await untilLive(page);
  await chart.getByRole('application').focus();
  await expect(tooltip(page)).toContainText('2019');
  await expect(tooltip(page)).toContainText('Thái Hòa 17/21');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip(page)).toContainText('2020');
  await expect(tooltip(page)).toContainText('Thái Hòa 9/21');
  await expect(tooltip(page)).toContainText('tăng 8 bậc');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip(page)).toContainText('2021');
  await expect(tooltip(page)).toContainText('Thái Hòa 9/21');
  await expect(tooltip(page)).toContainText('Công bố');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip(page)).toContainText('Minh họa');
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });

  test('tapping the ranking chart shows the nearest year’s ranks, and they stay until a tap elsewhere', async ({ page }) => {
    await page.goto('/ranking?level=district');
    const chart = page.getByRole('figure', { name: /Thứ hạng Chỉ số CCHC cấp huyện/ });
    const surface = chart.getByRole('application');
    // Near the left end of the plot: 2019, Thái Hòa 17/21, once the app has taken the prerendered page over.
    await untilLive(page);
    await surface.scrollIntoViewIfNeeded();
    const box = (await surface.boundingBox())!;
    await page.touchscreen.tap(box.x + 70, box.y + box.height / 2);
    await expect(tooltip(page)).toContainText('Thái Hòa 17/21');
    await expect(tooltip(page)).toContainText('2019');
    await page.waitForTimeout(300);
    await expect(tooltip(page)).toBeVisible();
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(page.locator('.chart-tooltip')).toHaveCount(0);
  });
});

test('the investment view shows 7 in Jan–May 2022 and 18 since 2020', async ({ page }) => {
  await page.goto('/investment?level=district&lang=en');
  const bars = page.getByRole('figure', { name: /per period/ });
  await expect(bars.locator('.bar-chart__value')).toHaveText(['11', '7']);
  await expect(bars).toContainText('Jan–May 2022');
  await page.getByRole('button', { name: 'Since 2020' }).click();
  const cumulative = page.getByRole('figure', { name: /since 2020, cumulative/ });
  await expect(cumulative).toContainText('Thái Hòa: 18 projects in total, Jan 2020–May 2022 (reported).');
});

for (const path of ['/ranking', '/ranking?mode=table&metric=score', '/investment', '/investment?measure=cumulative&mode=table&lang=en']) {
  test(`no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('figure')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

for (const [width, height] of [
  [1366, 768],
  [360, 800],
] as const) {
  for (const view of ['ranking', 'investment']) {
    test(`${view} at ${width}×${height}: no sideways scroll, screenshot`, async ({ page }, info) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/${view}?units=414,412,432`);
      await expect(page.getByRole('figure').locator('svg.trend-chart__svg').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: info.outputPath(`${view}-${width}.png`), fullPage: true });
    });
  }
}
