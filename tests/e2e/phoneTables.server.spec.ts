// The editors' tables on a phone (390 × 844): the import's checks and preview, the history and the
// accounts scroll sideways inside their own box, and the page itself never does.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { E2E_ADMIN } from './editorAccount';
import { expect, test } from './fixtures';

const pageOverflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Every table's scroll box is no wider than the page, and scrolls itself when its table is wider. */
async function tablesStayInTheirBoxes(page: Page) {
  const boxes = await page.locator('.table-scroll').evaluateAll((elements) =>
    elements.map((box) => ({
      box: box.getBoundingClientRect().right,
      table: box.scrollWidth,
      width: box.clientWidth,
      overflowX: getComputedStyle(box).overflowX,
    })),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const { box, table, width, overflowX } of boxes) {
    expect(box).toBeLessThanOrEqual(390);
    if (table > width) expect(overflowX).toBe('auto');
  }
  expect(await pageOverflows(page)).toBe(false);
}

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the editors’ tables scroll in their own box, never the page', { tag: '@server' }, async ({ page }) => {
  test.slow();
  await page.goto('/editor/sign-in');
  await page.getByLabel('Thư điện tử').fill(E2E_ADMIN.email);
  await page.getByLabel('Mật khẩu').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText(`Đang đăng nhập: ${E2E_ADMIN.email}`).first()).toBeVisible();

  await page.goto('/editor/import');
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2022');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mẫu CSV' }).click();
  const template = (await readFile(await (await download).path())).toString('utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = template.trim().split(/\r?\n/);
  const separator = header!.includes(';') ? ';' : ',';
  // Ranks in the template's order with scores falling as ranks worsen; with a mistake, the first unit's rank.
  const upload = (mistake: boolean) => {
    const filled = rows.map((row, i) => {
      const [code, name] = row.split(separator);
      return [code, name, mistake && i === 0 ? '99' : String(i + 1), (90 - (i + 1) / 2).toFixed(2).replace('.', ',')].join(separator);
    });
    const buffer = Buffer.from([header, ...filled].join('\r\n'));
    return page.getByLabel('Tệp số liệu (.xlsx hoặc .csv, tối đa 2 MB)').setInputFiles({ name: 'cchc-2022.csv', mimeType: 'text/csv', buffer });
  };
  await upload(true);
  await expect(page.getByRole('table', { name: /^Kiểm tra/ })).toBeVisible();
  await tablesStayInTheirBoxes(page);
  await page.screenshot({ path: '/tmp/shots-accounts/import-checks-phone.png', fullPage: true, caret: 'initial' });
  await upload(false);
  await expect(page.getByRole('table', { name: 'So với số liệu đang công bố' })).toBeVisible();
  await tablesStayInTheirBoxes(page);
  await page.screenshot({ path: '/tmp/shots-accounts/import-preview-phone.png', fullPage: true, caret: 'initial' });

  await page.goto('/editor/history');
  await expect(page.getByRole('table', { name: 'Các phiên bản số liệu, mới nhất trước' })).toBeVisible();
  await tablesStayInTheirBoxes(page);
  await page.screenshot({ path: '/tmp/shots-accounts/history-phone.png', fullPage: true, caret: 'initial' });

  await page.goto('/editor/accounts');
  await expect(page.getByRole('table', { name: 'Các tài khoản' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Nhật ký/ })).toBeVisible();
  await tablesStayInTheirBoxes(page);
});
