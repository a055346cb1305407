// The pages as `npm start` serves them: the app reads its figures from the server's API over the
// embedded database (no mock, no service worker), and a server that fails is shown and retried.
import { expect, test } from './fixtures';

// Pages whose figures are not in any prerendered page, so that the browser asks the API for them.
test('the page reads its figures from the server’s API, not from a mock in the browser', { tag: '@server' }, async ({ page }) => {
  const answer = page.waitForResponse((r) => r.url().includes('/api/observations?') && r.url().includes('units=414%2C425'));
  await page.goto('/compare?units=414,425');
  await expect(page.locator('meta[name="kpi-api"]')).toHaveAttribute('content', 'server');
  const response = await answer;
  expect(response.status()).toBe(200);
  expect(response.headers()['x-data-version']).toMatch(/\S/);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  const table = page.getByRole('table', { name: 'Số liệu chính của các đơn vị được so sánh' });
  await expect(table.getByRole('columnheader')).toHaveText(['Thái Hòa', 'Diễn Châu']);
  await expect(table.getByRole('row', { name: /Xếp hạng Chỉ số CCHC/ })).toContainText('9/21');
});

test('a server error is shown with its status, and Try again recovers once the server answers', { tag: '@server' }, async ({ page }) => {
  // The first try and the client's automatic retries fail, as a server in trouble would.
  let failures = 3;
  await page.route(/\/api\/observations\?/, (route) =>
    failures-- > 0
      ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'the server failed' } }) })
      : route.continue(),
  );
  await page.goto('/investment?lang=en');
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('The data could not be loaded', { timeout: 10_000 });
  await expect(alert).toContainText('The data server reported an error (500).');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('figure', { name: /per period/ })).toContainText('Jan–May 2022');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
