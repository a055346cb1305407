// Every failure is visible and recoverable, in Chromium: the mock API's fault switch produces each
// case; the page says what is wrong, offers a retry that works once the fault clears, and logs no
// uncaught error (the fixture fails the test on any).
import { expect, expectNoAxeViolations, test } from './fixtures';

const FAULTS = [
  { fault: 'error', calls: 3, message: 'Máy chủ số liệu báo lỗi (500).' },
  { fault: 'notfound', calls: 1, message: 'Máy chủ số liệu báo lỗi (404).' },
  { fault: 'offline', calls: 3, message: 'Không kết nối được tới máy chủ số liệu' },
  { fault: 'malformed', calls: 1, message: 'không phải số liệu' },
  { fault: 'invalid', calls: 1, message: 'không đúng định dạng' },
] as const;

for (const { fault, calls, message } of FAULTS) {
  test(`${fault}: a clear message, and Try again recovers once the fault clears`, async ({ page }) => {
    // The first `calls` requests fail (the first try and automatic retries), later ones succeed.
    await page.goto(`/ranking?level=district&mock=${fault}:observations@${calls}`);
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText('Không tải được số liệu', { timeout: 10_000 });
    await expect(alert).toContainText(message);
    await expectNoAxeViolations(page);
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect(page.locator('.trend-chart__end-label')).toHaveText(['Thái Hòa']);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('an empty answer says there is no data, never a blank chart', async ({ page }) => {
  await page.goto('/ranking?level=district&mock=empty:observations');
  await expect(page.getByText('Không có số liệu cho lựa chọn này.').first()).toBeVisible();
  await expect(page.locator('figure svg')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a slow answer shows “still loading” after a few seconds, then the data', async ({ page }) => {
  test.setTimeout(40_000);
  await page.goto('/ranking?level=district&mock=slow:observations');
  await expect(page.getByRole('status').filter({ hasText: 'Đang tải số liệu' }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'vẫn đang tải' }).first()).toBeVisible({ timeout: 6_000 });
  await expectNoAxeViolations(page);
  await expect(page.locator('.trend-chart__end-label')).toHaveText(['Thái Hòa'], { timeout: 15_000 });
});

test('a ranking with two units on the same rank is flagged, not drawn silently', async ({ page }) => {
  await page.goto('/ranking?level=district&mock=duplicate-rank');
  await expect(page.getByRole('alert')).toContainText('trùng hạng');
});

test('one failing endpoint does not take down the rest of the page', async ({ page }) => {
  await page.goto('/?mock=error:events');
  await expect(page.getByRole('figure', { name: /Nghệ An trong 63 tỉnh/ })).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('Không tải được số liệu', { timeout: 10_000 });
});

const STATES = [
  '/',
  '/?lang=en',
  '/ranking?level=district&mode=table',
  '/investment?lang=en&measure=cumulative',
  '/compare?units=414,425',
  '/units/414?lang=en',
  '/sources',
  '/present?units=414&slide=2',
  '/present?units=414&slide=3&lang=en',
];
// One audit per test: a full axe run takes seconds on a busy machine, and two shared one test's time.
for (const path of STATES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no accessibility violations on ${path}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('.skeleton')).toHaveCount(0);
      await expect(page.locator('main, [role=main]').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test('at 200% zoom (683 px wide) the page does not scroll sideways and the chart is drawn', async ({ page }) => {
  await page.setViewportSize({ width: 683, height: 384 });
  await page.goto('/ranking?level=district');
  await expect(page.locator('.trend-chart__end-label')).toHaveText(['Thái Hòa']);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(683);
});
