// After the 2025 reform, in Chromium: a new user in Nov 2026 meets the current communes and wards,
// finds a unit by a name it no longer has, sees no line across 2024 → 2025 and the province "of 34".
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const NOV_2026 = new Date('2026-11-27T09:00:00+07:00');

async function asNewUser(page: Page) {
  await page.clock.setFixedTime(NOV_2026);
}

test('a new user in Nov 2026 sees the current communes and wards, with the district years one click away', async ({ page }) => {
  await asNewUser(page);
  await page.goto('/ranking');
  await expect(page.getByRole('button', { name: 'Cấp xã, từ 2025' })).toHaveAttribute('aria-pressed', 'true');
  const figure = page.getByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp xã, 2025' });
  await expect(figure).toContainText('130 xã, phường');
  await expect(page.getByText('đã chọn 3/130')).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Xếp hạng Chỉ số CCHC năm 2025, 130 xã, phường/ }).getByRole('cell', { name: '1/130', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cấp huyện, 2019–2024' }).click();
  await expect(page.getByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a link shared before the reform, with no level in it, opens at the district level it was shared from', async ({ page }) => {
  await asNewUser(page);
  await page.goto('/ranking?units=414,425&to=2021');
  await expect(page.getByRole('button', { name: 'Cấp huyện, 2019–2024' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2021' })).toBeVisible();
  await expect(page.locator('.trend-chart__end-label').filter({ visible: true })).toHaveText(['Diễn Châu', 'Thái Hòa']);
  await page.goto('/investment?units=414');
  await expect(page.getByRole('button', { name: 'Cấp huyện, 2019–2024' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Không có số liệu')).toHaveCount(0);
});

test('typing “Nghi Phong” finds Phường Vinh Lộc, saying why, and its profile shows what it was formed from', async ({ page }) => {
  await asNewUser(page);
  await page.goto('/ranking?units=');
  const input = page.getByRole('combobox', { name: 'Đơn vị' });
  await input.fill('Nghi Phong');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['Phường Vinh Lộc (trước đây: Xã Nghi Phong)']);
  await input.press('Enter');
  await input.press('Escape');
  await page
    .getByRole('table', { name: /năm 2025/ })
    .getByRole('link', { name: 'Vinh Lộc' })
    .click();
  await expect(page).toHaveURL(/\/units\/16708\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phường Vinh Lộc');
  const lineage = page.getByRole('region', { name: 'Lịch sử đơn vị' });
  await expect(lineage).toContainText(
    'Thành lập ngày 1/7/2025 từ: Phường Hưng Lộc (Thành phố Vinh); Xã Nghi Phong, Xã Nghi Xuân, Xã Phúc Thọ, Xã Nghi Thái (Huyện Nghi Lộc)',
  );
  await lineage.getByRole('link', { name: 'Huyện Nghi Lộc' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huyện Nghi Lộc');
  await expect(page.getByRole('region', { name: 'Lịch sử đơn vị' })).toContainText('Không còn là đơn vị hành chính từ ngày 1/7/2025');
  await expectNoAxeViolations(page);
});

test('the ranking chart never draws a line across 2024 → 2025, and says why in one sentence', async ({ page }) => {
  await page.goto('/ranking?level=district');
  const districts = page.getByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024' });
  await expect(districts.locator('.trend-chart__x-axis .chart-tick').last()).toHaveText('2024');
  await expect(districts).toContainText('nên đường của các năm trước không nối sang năm 2025');
  await page.getByRole('button', { name: 'Cấp xã, từ 2025' }).click();
  const communes = page.getByRole('figure', { name: 'Thứ hạng Chỉ số CCHC cấp xã, 2025' });
  await expect(communes.locator('.trend-chart__x-axis .chart-tick')).toHaveText(['2025']);
  for (const d of await communes.locator('path.trend-chart__line, path.trend-chart__context').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '')))
    expect(d).not.toMatch(/L/);
});

test('the province is ranked “of 63” to 2024, and its rank among the 34 for 2025 is said to be not yet available', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('figure', { name: /Nghệ An trong 63 tỉnh, thành phố/ });
  await expect(figure).toContainText('27/63');
  await expect(figure).toContainText('Năm 2025: thứ hạng trong 34 tỉnh, thành phố chưa được công bố.');
  await expect(page.getByText('Thị xã Thái Hòa không còn là đơn vị hành chính từ ngày 1/7/2025.')).toBeVisible();
  await page.getByRole('link', { name: 'Phường Tây Hiếu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phường Tây Hiếu');
});

for (const path of ['/ranking', '/units/16708', '/units/413', '/']) {
  test(`${path} fits a 360 px phone and passes axe`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.trend-chart__svg:visible').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
  });
}
