// The built app in Chromium: the Overview's article figures, the language switch, accessibility.
import { expect, expectNoAxeViolations, test } from './fixtures';

test('the Overview shows Thái Hòa’s article figures with their sources', { tag: '@journey' }, async ({ page }) => {
  await page.goto('/');
  const rank = page.getByRole('article', { name: 'Xếp hạng Chỉ số CCHC' });
  await expect(rank.getByText('9/21', { exact: true })).toBeVisible();
  await expect(rank).toContainText('tăng 8 bậc');
  await expect(rank).toContainText('Báo Nghệ An');
  await expect(page.getByRole('article', { name: 'Dự án đầu tư thu hút' })).toContainText('7');
  await expect(page.getByRole('article', { name: 'Dự án lũy kế từ 2020' })).toContainText('18');
  await expectNoAxeViolations(page);
});

test('switching to English translates the page and keeps the figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('9/21', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const latest = page.getByRole('article', { name: 'Investment projects attracted' });
  await expect(latest).toContainText('Jan–May 2022');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview: Thái Hòa');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview: Thái Hòa');
});

test('a failing API shows a message and a retry, never a blank page', async ({ page }) => {
  await page.goto('/?mock=error:observations');
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(2, { timeout: 15_000 }); // the unit's cards and the province chart
  for (const alert of await alerts.all()) {
    await expect(alert).toContainText('Không tải được số liệu');
    await expect(alert.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the sources page lists every source with its figures', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nguồn số liệu');
  await expect(page.getByText('Quyết tâm ‘Tự soi, tự sửa’ ở thị xã Thái Hòa')).toBeVisible();
  await expectNoAxeViolations(page);
});
