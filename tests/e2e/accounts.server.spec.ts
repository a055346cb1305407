// An admin on the real server, by keyboard: signs in, opens the accounts page from the editors'
// links, creates an account, takes its access away after confirming, reads it in the audit log;
// the account then cannot sign in. axe on the page; on a phone its tables scroll in their own box.
import type { Page } from '@playwright/test';
import { E2E_ADMIN } from './editorAccount';
import { expect, expectNoAxeViolations, test } from './fixtures';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/editor/sign-in');
  await page.getByLabel('Thư điện tử').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** Whether the page itself scrolls sideways (it must not: wide tables scroll in their own box). */
const pageOverflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('an admin creates an account and takes its access away, by keyboard, and the audit log says so', { tag: '@server' }, async ({ page }) => {
  test.slow();
  const email = `tam-thoi-${Date.now()}@e2e.test`;
  const password = 'một mật khẩu ban đầu đủ dài';
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expect(page.getByText(`Đang đăng nhập: ${E2E_ADMIN.email}`).first()).toBeVisible();
  await page.goto('/editor/history');
  await page.getByRole('navigation', { name: 'Trang biên tập' }).getByRole('link', { name: 'Tài khoản' }).click();
  await expect(page.getByRole('heading', { name: 'Tài khoản', level: 1 })).toBeVisible();
  const accounts = page.getByRole('table', { name: 'Các tài khoản' });
  await expect(accounts.getByRole('row', { name: new RegExp(`^${E2E_ADMIN.email} \\(bạn\\)`) })).toContainText('Quản trị viên');
  await expectNoAxeViolations(page);

  const form = page.getByRole('region', { name: 'Tạo tài khoản' });
  await form.getByLabel('Thư điện tử').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab'); // the role: an editor, as offered
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(form.getByText(`Đã tạo tài khoản ${email} (Biên tập viên).`)).toBeVisible();
  const row = accounts.getByRole('row', { name: new RegExp(`^${email}`) });
  await expect(row).toContainText('Chưa đăng nhập');

  await row.getByRole('button', { name: `Khóa quyền truy cập của ${email}` }).focus();
  await page.keyboard.press('Enter');
  await expect(row.getByRole('button', { name: 'Khóa tài khoản này' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Đã khóa quyền truy cập của ${email}; mọi phiên đăng nhập của tài khoản đã kết thúc.`)).toBeVisible();
  await expect(row).toContainText('Đã khóa từ');
  await expect(row.getByRole('button', { name: `Mở lại quyền truy cập của ${email}` })).toBeVisible();

  const log = page.getByRole('table', { name: /^Nhật ký, mới nhất trước/ });
  // From where: the server's own view of the browser's address (loopback here).
  await expect(log.getByRole('row').nth(1)).toContainText(new RegExp(`^.*${E2E_ADMIN.email}Khóa quyền truy cập.*127\\.0\\.0\\.1.*email: ${email}$`));
  await expect(log.getByRole('row').nth(2)).toContainText(`Tạo tài khoản`);

  await page.screenshot({ path: '/tmp/shots-accounts/accounts-desktop.png', fullPage: true, caret: 'initial' });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(accounts).toBeVisible();
  expect(await pageOverflows(page)).toBe(false);
  await page.screenshot({ path: '/tmp/shots-accounts/accounts-phone.png', fullPage: true, caret: 'initial' });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Đăng xuất' }).first().click();
  await signIn(page, email, password);
  await expect(page.getByRole('alert')).toHaveText('Tài khoản này đã bị khóa quyền truy cập. Hãy liên hệ quản trị viên.');
});
