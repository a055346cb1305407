// An editor's journey on the real server: sign in, download the 2022 template, upload it filled with
// two mistakes, see both at their rows, fix them, publish, see the ranking show the figures as
// reported with the decision as source, then restore the previous version and see the old figures.
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Page } from '@playwright/test';
import { E2E_EDITOR } from './editorAccount';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Thái Hòa moves to 6th ahead of Đô Lương and Yên Thành; every other unit keeps its 2022 place. */
const ORDER = [
  '412',
  '425',
  '429',
  '421',
  '432',
  '414',
  '427',
  '426',
  '430',
  '431',
  '419',
  '423',
  '420',
  '413',
  '428',
  '422',
  '416',
  '415',
  '424',
  '418',
  '417',
];
const score = (rank: number) => (90 - rank / 2).toFixed(2);

async function filledXlsx(template: string, mistakes: boolean): Promise<Buffer> {
  const [sheet] = await readXlsxFile(new Blob([await readFile(template)]));
  const [header, ...rows] = sheet!.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
  const filled = rows.map(([code, name]) => {
    const rank = ORDER.indexOf(code!) + 1;
    return [code!, name!, String(rank), score(rank)];
  });
  if (mistakes) {
    filled[2]![3] = '120'; // sheet row 4: a score above 100
    filled[9]![2] = '22'; // sheet row 11: a rank beyond the 21 units
  }
  const cells = [header!, ...filled].map((row, i) =>
    row.map((value, j) => (i > 0 && j >= 2 ? { value: Number(value), type: Number } : { value, type: String })),
  );
  return Buffer.from(await (await writeXlsxFile(cells).toBlob()).arrayBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page
    .getByLabel('Tệp số liệu (.xlsx hoặc .csv, tối đa 2 MB)')
    .setInputFiles({ name: 'cchc-2022.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

const thaiHoaRow = (page: Page) =>
  page
    .getByRole('table', { name: /Xếp hạng Chỉ số CCHC năm 2022/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Thái Hòa' }) });

test('an editor imports the 2022 ranking, publishes it, and restores the version before', { tag: '@server' }, async ({ page }) => {
  // One journey through five pages, three of them checked by axe, and a publication and a restore on
  // the server's database: three times a page test's time, as Playwright's slow() gives.
  test.slow();
  await page.goto('/ranking?year=2022');
  await expect(thaiHoaRow(page)).toContainText('8/21');
  await expect(thaiHoaRow(page)).toContainText('Minh họa');

  await page.getByRole('link', { name: 'Biên tập' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Keyboard only: the fields and the button in tab order, Enter to sign in.
  await page.getByLabel('Thư điện tử').focus();
  await page.keyboard.type(E2E_EDITOR.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(E2E_EDITOR.password);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Đang đăng nhập: ${E2E_EDITOR.email}`).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Trang biên tập' }).getByRole('link', { name: 'Nhập số liệu' }).click();
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2022');
  await page.getByLabel('Số quyết định / văn bản').fill('1048/QĐ-UBND');
  await page.getByLabel('Trích yếu').fill('Phê duyệt kết quả Chỉ số CCHC năm 2022 của các huyện, thành phố, thị xã');
  await page.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Nghệ An');
  await page.getByLabel('Ngày ban hành').fill('2023-04-18');
  await page.getByLabel('Địa chỉ văn bản (URL)').fill('https://nghean.gov.vn/qd-1048-2023');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Mẫu Excel' }).click();
  const template = await (await download).path();
  expect((await download).suggestedFilename()).toBe('xep-hang-cchc_2022_mau.xlsx');

  await upload(page, await filledXlsx(template, true));
  const issues = page.getByRole('table', { name: /^Kiểm tra: 2 lỗi, 0 cảnh báo/ });
  await expect(issues.getByRole('row', { name: /^4 Điểm Lỗi/ })).toContainText('Điểm “120” phải là số từ 0 đến 100.');
  await expect(issues.getByRole('row', { name: /^11 Thứ hạng Lỗi/ })).toContainText('Thứ hạng “22” phải là số nguyên từ 1 đến 21.');
  await expect(page.getByRole('button', { name: 'Công bố' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await upload(page, await filledXlsx(template, false));
  await expect(page.getByText('Không có lỗi hay cảnh báo nào.')).toBeVisible();
  const diff = page.getByRole('table', { name: 'So với số liệu đang công bố' });
  await expect(diff.getByRole('row', { name: /^Thái Hòa Xếp hạng/ })).toContainText(/8\/21\s*Minh họa\s*6\/21\s*Công bố\s*Thay số liệu minh họa/);
  await page.getByRole('button', { name: 'Công bố' }).click();
  await expect(page.getByText('Đã công bố. Mọi trang đã hiển thị số liệu mới.')).toBeVisible();

  await page.getByRole('link', { name: 'Xem bảng xếp hạng năm 2022' }).click();
  await expect(thaiHoaRow(page)).toContainText('6/21');
  await expect(thaiHoaRow(page)).toContainText('Công bố');
  await expect(page.getByText(/UBND tỉnh Nghệ An, Phê duyệt kết quả Chỉ số CCHC năm 2022/).first()).toBeVisible();

  await page.getByRole('link', { name: 'Biên tập' }).click();
  await page.getByRole('navigation', { name: 'Trang biên tập' }).getByRole('link', { name: 'Lịch sử' }).click();
  const versions = page.getByRole('table', { name: 'Các phiên bản số liệu, mới nhất trước' });
  await expect(versions.getByRole('row').nth(1)).toContainText(/Đang dùng.*bien-tap@e2e.test.*1048\/QĐ-UBND/);
  await expectNoAxeViolations(page);
  await versions
    .getByRole('row')
    .nth(2)
    .getByRole('button', { name: /Khôi phục phiên bản/ })
    .click();
  await expect(page.getByRole('button', { name: 'Khôi phục phiên bản này' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Đã khôi phục phiên bản/)).toBeVisible();
  await expect(versions.getByRole('row').nth(1)).toContainText(/Đang dùng.*Khôi phục phiên bản/);

  await page.goto('/ranking?year=2022');
  await expect(thaiHoaRow(page)).toContainText('8/21');
  await expect(thaiHoaRow(page)).toContainText('Minh họa');
});
