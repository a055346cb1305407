// The whole journey with the keyboard alone, with a visible focus indicator at every stop.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Tabs until the focused element matches, checking each stop shows a focus outline. */
async function tabTo(page: Page, matches: (el: Element) => boolean, { backwards = false } = {}) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const { hit, outlined, what } = await page.evaluate((source) => {
      const el = document.activeElement!;
      const style = getComputedStyle(el);
      const hit = (new Function('el', `return (${source})(el)`) as (e: Element) => boolean)(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { hit, outlined, what: `${el.tagName} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}` };
    }, matches.toString());
    expect(outlined, `focus outline visible on ${what}`).toBe(true);
    if (hit) return;
  }
  throw new Error('never reached the element by Tab');
}

test('keyboard only: choose units, change years, read a value, open the table, export, present', async ({ page }) => {
  await page.goto('/ranking?level=district');
  await expect(page.locator('.trend-chart__end-label')).toHaveText(['Thái Hòa']);

  await tabTo(page, (el) => el.getAttribute('role') === 'combobox');
  await page.keyboard.type('dien chau');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.locator('.trend-chart__end-label')).toHaveText(['Diễn Châu', 'Thái Hòa']);

  await tabTo(page, (el) => el.tagName === 'SELECT' && el.id.endsWith('-from'));
  await page.keyboard.press('ArrowDown'); // 2019 → 2020
  await expect(page).toHaveURL(/from=2020/);

  await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent === 'Bảng');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/mode=table/);
  await expect(page.getByRole('table', { name: /Thứ hạng Chỉ số CCHC cấp huyện, 2020–2024/ })).toBeVisible();

  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Tải số liệu CSV (mở bằng Excel)');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('xep-hang-cchc_2020-2024.csv');

  await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent === 'Biểu đồ', { backwards: true });
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.classList.contains('trend-chart__svg'));
  await expect(page.locator('.chart-tooltip').first()).toContainText('2020');
  await expect(page.locator('.chart-tooltip').first()).toContainText('Thái Hòa 9/21');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.chart-tooltip').first()).toContainText('2021');

  await page.keyboard.press('p');
  await expect(page.locator('.deck__position')).toContainText('Trang 1/5');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.deck__position')).toContainText('Trang 2/5');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/ranking\?/);
});
