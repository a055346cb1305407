// The editors' pages in the static build, where the API is the in-browser mock and has no accounts:
// each says plainly that editing needs the server, reached from the footer, never a blank page.
import { expect, expectNoAxeViolations, test } from './fixtures';

test('the editors’ pages say that editing needs the server, in either language', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Biên tập' })).toHaveCount(0);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Biên tập' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expect(page.getByText(/Biên tập cần máy chủ.*npm start/)).toBeVisible();
  await expectNoAxeViolations(page);
  for (const [path, heading] of [
    ['/editor/import?lang=en', 'Import data'],
    ['/editor/history?lang=en', 'History'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByText(/Editing needs the server.*npm start/)).toBeVisible();
  }
});
