// An editor's investment import on the real server: choose the 2021 period, download its CSV
// template, upload it filled with one mistake, see it at its row, fix it, see the bars as they will
// look, publish, and the investment chart shows the new counts as reported with the report as source.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { E2E_EDITOR } from './editorAccount';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SHOTS = '/tmp/shots-invest';
/** Vinh's 42 stands out; the others a few each (Thái Hòa's stays within the 11 published for 2020–2021). */
const countOf = (code: string, i: number) => (code === '412' ? '42' : String(1 + (i % 4)));

/** The template with its count column filled; `mistake` puts "12,5" on the fourth unit's row (sheet row 5). */
async function filledCsv(template: string, mistake: boolean): Promise<Buffer> {
  const [header, ...rows] = (await readFile(template, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  const filled = rows.map((line, i) => {
    const [code, name] = line.split(',');
    return `${code},${name},"${mistake && i === 3 ? '12,5' : countOf(code!, i)}"`;
  });
  return Buffer.from([header, ...filled].join('\r\n'), 'utf8');
}

/** Full-page screenshots at desktop and phone size, looked at after the run; the page is left at the phone's. */
async function screenshotsAt(page: Page, name: string): Promise<void> {
  for (const [screen, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${screen}.png`, fullPage: true });
  }
}

const upload = (page: Page, buffer: Buffer) =>
  page.getByLabel('Tệp số liệu (.xlsx hoặc .csv, tối đa 2 MB)').setInputFiles({ name: 'du-an-2021.csv', mimeType: 'text/csv', buffer });

test('an editor imports 2021’s investment projects from a CSV, fixes a count, previews the bars and publishes them', { tag: '@server' }, async ({ page }) => {
  // Sign-in, an import with two uploads checked by axe, a publication and the chart after it.
  test.slow();
  await mkdir(SHOTS, { recursive: true });
  await page.goto('/investment?units=412&level=district&mode=table');
  const vinh2021 = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Vinh' }) })
    .filter({ has: page.getByRole('cell', { name: '2021', exact: true }) });
  await expect(vinh2021).toContainText('Minh họa');

  await page.getByRole('link', { name: 'Biên tập' }).click();
  await page.getByLabel('Thư điện tử').fill(E2E_EDITOR.email);
  await page.getByLabel('Mật khẩu').fill(E2E_EDITOR.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText(`Đang đăng nhập: ${E2E_EDITOR.email}`).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Trang biên tập' }).getByRole('link', { name: 'Nhập số liệu' }).click();
  await page.getByRole('combobox', { name: 'Loại số liệu' }).selectOption({ label: 'Dự án đầu tư thu hút trong một kỳ' });
  await page.getByRole('combobox', { name: 'Kỳ' }).selectOption({ label: '2021' });
  await expect(page.getByText('Cấp đơn vị: cấp huyện (đến 30/6/2025)')).toBeVisible();
  await page.getByLabel('Số quyết định / văn bản').fill('123/BC-SKHĐT');
  await page.getByLabel('Trích yếu').fill('Báo cáo tình hình thu hút đầu tư năm 2021');
  await page.getByLabel('Cơ quan ban hành').fill('Sở Kế hoạch và Đầu tư Nghệ An');
  await page.getByLabel('Ngày ban hành').fill('2022-01-20');
  await page.getByLabel('Địa chỉ văn bản (URL)').fill('https://skhdt.nghean.gov.vn/bc-123');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mẫu CSV' }).click();
  expect((await download).suggestedFilename()).toBe('du-an-dau-tu_2021-01_2021-12_mau.csv');
  const template = (await (await download).path())!;

  await upload(page, await filledCsv(template, true));
  const issues = page.getByRole('table', { name: /^Kiểm tra: 1 lỗi, 0 cảnh báo/ });
  await expect(issues.getByRole('row', { name: /^5 Số dự án Lỗi/ })).toContainText('Số dự án “12,5” phải là số nguyên không âm');
  await expect(page.getByRole('button', { name: 'Công bố' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await upload(page, await filledCsv(template, false));
  await expect(page.getByText('Không có lỗi hay cảnh báo nào.')).toBeVisible();
  const diff = page.getByRole('table', { name: 'So với số liệu đang công bố' });
  await expect(diff.getByRole('row', { name: /^Vinh Dự án đầu tư thu hút \(2021\)/ })).toContainText(/Minh họa\s*42\s*Công bố\s*Thay số liệu minh họa/);
  // The cumulative count since 2020 is recomputed, and stays illustrative: Vinh's 2020 is.
  await expect(diff.getByRole('row', { name: /^Vinh Dự án đầu tư lũy kế từ 2020 \(2020–2021\)/ })).toContainText('Minh họa');
  const preview = page.getByRole('figure', { name: 'Biểu đồ sau khi công bố' });
  await expect(preview).toContainText('Các đơn vị có số liệu thay đổi: Vinh');
  await expect(preview.locator('.bar-chart__value', { hasText: /^42$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshotsAt(page, 'import-investment');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Công bố' }).click();
  await expect(page.getByText('Đã công bố. Mọi trang đã hiển thị số liệu mới.')).toBeVisible();
  await page.getByRole('link', { name: 'Xem biểu đồ dự án đầu tư' }).click();
  // The link keeps the reader's choices: the table first, as the page was left.
  await expect(vinh2021).toContainText(/42\s*Công bố\s*Sở Kế hoạch và Đầu tư Nghệ An/);
  const bars = page.getByRole('figure', { name: /Số dự án đầu tư thu hút theo kỳ/ });
  await bars.getByRole('button', { name: 'Biểu đồ', exact: true }).click();
  await expect(bars.locator('.bar-chart__value', { hasText: /^42$/ })).toBeVisible();
  await expect(bars).toContainText('Báo cáo tình hình thu hút đầu tư năm 2021');
  await page.screenshot({ path: `${SHOTS}/investment-after-publish-desktop.png`, fullPage: true });

  // The History shows what the publication changed against the version before it.
  await page.getByRole('link', { name: 'Biên tập' }).click();
  await page.getByRole('navigation', { name: 'Trang biên tập' }).getByRole('link', { name: 'Lịch sử' }).click();
  const versions = page.getByRole('table', { name: 'Các phiên bản số liệu, mới nhất trước' });
  await versions
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^Xem thay đổi/ })
    .click();
  const changes = page.getByRole('table', { name: /^Thay đổi so với phiên bản trước/ });
  await expect(changes.getByRole('row', { name: /^Vinh Dự án đầu tư thu hút \(2021\)/ })).toContainText(/Minh họa\s*42\s*Công bố\s*Thay số liệu minh họa/);
  await expectNoAxeViolations(page);
  await screenshotsAt(page, 'history-changes');
});
