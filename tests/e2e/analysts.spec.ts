// Analysts in Chromium: choose units by typing, share/reload the link, survive a bad link,
// walk back through choices, open a unit's profile, compare.
import { expect, expectNoAxeViolations, test } from './fixtures';

const chips = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Đơn vị đã chọn' }).getByRole('button');
const endLabels = (page: import('@playwright/test').Page) => page.locator('.trend-chart__end-label');

test('choose Thái Hòa and Diễn Châu by typing; a reload keeps both chosen and drawn', { tag: '@journey' }, async ({ page }) => {
  await page.goto('/ranking?level=district&units=');
  const input = page.getByRole('combobox', { name: 'Đơn vị' });
  await input.fill('thai hoa');
  await input.press('Enter');
  await input.fill('dien chau');
  await input.press('Enter');
  await input.press('Escape');
  await expect(chips(page)).toHaveText(['Thái Hòa ×', 'Diễn Châu ×']);
  await expect(endLabels(page)).toHaveText(['Diễn Châu', 'Thái Hòa']);
  await page.reload();
  await expect(chips(page)).toHaveText(['Thái Hòa ×', 'Diễn Châu ×']);
  await expect(endLabels(page)).toHaveText(['Diễn Châu', 'Thái Hòa']);
});

test('a bad link shows a polite notice and the app stays usable', async ({ page }) => {
  await page.goto('/ranking?level=district&units=414,999,%3Cscript%3E&from=1800&metric=best&mode=%F0%9F%92%A5');
  const notice = page.getByRole('status').filter({ hasText: 'không có trong số liệu' });
  await expect(notice).toContainText('units=999');
  await expect(notice).toContainText('from=1800');
  await expect(page).toHaveURL(/\/ranking\?level=district$/);
  await expect(endLabels(page)).toHaveText(['Thái Hòa']);
  await page.getByRole('button', { name: 'Điểm', exact: true }).first().click();
  await expect(page).toHaveURL(/metric=score/);
  await expectNoAxeViolations(page);
});

test('the back button walks back through the choices', async ({ page }) => {
  await page.goto('/ranking?level=district');
  const input = page.getByRole('combobox', { name: 'Đơn vị' });
  await input.fill('vinh');
  await input.press('Enter');
  await expect(page).toHaveURL(/units=414%2C412/);
  // The open list covers what is below it, as a reader would see it: close it first.
  await input.press('Escape');
  await page.getByRole('button', { name: 'Bảng' }).first().click();
  await expect(page).toHaveURL(/mode=table/);
  await page.goBack();
  await expect(page).not.toHaveURL(/mode=table/);
  await expect(endLabels(page)).toHaveText(['Vinh', 'Thái Hòa']);
  await page.goBack();
  await expect(endLabels(page)).toHaveText(['Thái Hòa']);
});

test('a table row opens the unit’s profile with its events on the chart', async ({ page }) => {
  await page.goto('/ranking?level=district');
  await page
    .getByRole('table', { name: /Xếp hạng Chỉ số CCHC năm 2021/ })
    .getByRole('link', { name: 'Thái Hòa' })
    .click();
  await expect(page).toHaveURL(/\/units\/414\?level=district$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thị xã Thái Hòa');
  await expect(page.getByRole('region', { name: 'Sự kiện và mục tiêu' })).toContainText('19/5/2022');
  await expect(page.locator('.trend-chart__annotation-label').first()).toContainText('tự soi, tự sửa');
  await expectNoAxeViolations(page);
});

test('the name at the end of a line opens that unit’s profile', async ({ page }) => {
  await page.goto('/ranking?level=district&units=414,425');
  await page.locator('.trend-chart__end-link', { hasText: 'Diễn Châu' }).click();
  await expect(page).toHaveURL(/\/units\/425\?level=district&units=414(%2C|,)425$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huyện Diễn Châu');
});

test('Cửa Lò’s line ends in 2023 with a note that it merged into Vinh', async ({ page }) => {
  await page.goto('/units/413');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thị xã Cửa Lò');
  await expect(page.locator('.trend-chart__end-note')).toHaveText('sáp nhập vào Vinh 1/12/2024');
  await page.getByRole('button', { name: 'Bảng' }).first().click();
  const row = page.getByRole('row', { name: /Cửa Lò/ });
  await expect(row.getByRole('cell').last()).toHaveText('—');
});

test('compare takes 2 to 5 units and says so otherwise', async ({ page }) => {
  await page.goto('/compare?level=district');
  await expect(page.getByRole('status').filter({ hasText: 'Hãy chọn từ 2 đến 5 đơn vị' })).toBeVisible();
  await page.goto('/compare?level=district&units=414,425,412');
  const table = page.getByRole('table', { name: 'Số liệu chính của các đơn vị được so sánh' });
  await expect(table.getByRole('columnheader')).toHaveText(['Thái Hòa', 'Diễn Châu', 'Vinh']);
  await expect(table.getByRole('row', { name: /Xếp hạng Chỉ số CCHC/ })).toContainText('9/21');
  await expect(endLabels(page)).toHaveCount(3);
  await expectNoAxeViolations(page);
});
