// The pages as `npm start` serves them: rendered on the server with the request's own choices and
// the database's figures, readable before any script runs; the app then takes over without asking
// the API again, and what it asks later comes from the server's API — a failure there is shown
// and retried.
import { expect, test } from './fixtures';

const compareTable = (page: import('@playwright/test').Page) => page.getByRole('table', { name: 'Số liệu chính của các đơn vị được so sánh' });

test('a link with choices arrives drawn: figures and charts are in the HTML, before any script', { tag: '@server' }, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare?units=414,425');
  await expect(compareTable(page).getByRole('columnheader')).toHaveText(['Thái Hòa', 'Diễn Châu']);
  await expect(compareTable(page).getByRole('row', { name: /Xếp hạng Chỉ số CCHC/ })).toContainText('9/21');
  // Dated from the database: the editors' journey may have published on this server before this
  // test, so the seed's own date (its newest source) is checked where the data is known, in the
  // storage tests and the static build's.
  await expect(page.getByRole('contentinfo').getByRole('paragraph')).toHaveText(/^Cập nhật dữ liệu: \d/);
  await page.goto('/ranking?units=414,425&to=2021&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The HTML holds the chart drawn for a phone and for a wider screen; CSS shows one.
  await expect(page.locator('.trend-chart__end-label').filter({ visible: true })).toHaveText(['Diễn Châu', 'Thái Hòa']);
  await context.close();
});

/**
 * What the app asked for that its page already held. Every unit, the former communes too, is fetched
 * once the page is up, by design: the page carries the units its charts need, and a search by an
 * old name needs the rest.
 */
const askedAgain = (asked: readonly string[]) => asked.filter((url) => !url.endsWith('/api/units?former_communes=include'));

test('the app takes the page over without asking the API again, and its controls come alive', { tag: '@server' }, async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => void (r.url().includes('/api/') && asked.push(r.url())));
  await page.goto('/compare?units=414,425');
  await expect(page.locator('meta[name="kpi-api"]')).toHaveAttribute('content', 'server');
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toBeEnabled();
  await expect(compareTable(page).getByRole('columnheader')).toHaveText(['Thái Hòa', 'Diễn Châu']);
  expect(askedAgain(asked)).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test('a server error on a later request is shown with its status, and Try again recovers', { tag: '@server' }, async ({ page }) => {
  await page.goto('/compare?units=414,425&lang=en');
  const input = page.getByRole('combobox', { name: 'Units' });
  await expect(input).toBeEnabled();
  // The next requests (the first try and the client's automatic retries) fail, as a server in trouble would.
  let failures = 3;
  await page.route(/\/api\/observations\?/, (route) =>
    failures-- > 0
      ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'the server failed' } }) })
      : route.continue(),
  );
  await input.fill('vinh');
  await input.press('Enter');
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('The data could not be loaded', { timeout: 10_000 });
  await expect(alert).toContainText('The data server reported an error (500).');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('table', { name: /compared/ }).getByRole('columnheader')).toHaveText(['Thái Hòa', 'Diễn Châu', 'Vinh']);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

for (const path of ['/', '/ranking?metric=score', '/investment?measure=cumulative', '/units/414?lang=en', '/sources', '/present?slide=2']) {
  test(`${path} is taken over by the app without a mismatch or an error`, { tag: '@server' }, async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => void (r.url().includes('/api/') && asked.push(r.url())));
    await page.goto(path);
    await expect(page.locator('#root [data-starting]')).toHaveCount(0);
    await expect(page.locator('#root')).not.toBeEmpty();
    // The deck fetches the other slides' data ahead, by design, so that a slide change is instant.
    if (!path.startsWith('/present')) expect(askedAgain(asked)).toEqual([]);
  });
}
