// Presenters and reports in Chromium: the deck by keyboard, text size on a 1080p projector,
// downloads (PNG, CSV) and the print stylesheet.
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test, untilLive } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

test('P opens the deck; the keys a clicker sends walk every slide and back; Esc leaves', { tag: '@journey' }, async ({ page }, info) => {
  await page.goto('/ranking?level=district&units=414,425');
  // Drawn by the app: the page prerendered for /ranking holds hidden charts of its own until then.
  await expect(page.locator('.trend-chart__end-label').filter({ visible: true })).toHaveCount(2);
  // Served drawn, the page answers P only once the app has taken it over.
  await untilLive(page);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/present\?level=district&units=414%2C425$/);
  const position = page.locator('.deck__position');
  await expect(position).toContainText('Trang 1/5');
  await expect(page.getByRole('main')).toContainText('9/21');
  await page.screenshot({ path: info.outputPath('slide-1.png') });
  for (const [key, n] of [
    ['ArrowRight', 2],
    ['PageDown', 3],
    [' ', 4],
    ['ArrowRight', 5],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect(position).toContainText(`Trang ${n}/5`);
    await expect(page).toHaveURL(new RegExp(`slide=${n}`));
    await page.screenshot({ path: info.outputPath(`slide-${n}.png`) });
  }
  await page.keyboard.press('ArrowRight'); // already on the last slide: stays
  await expect(position).toContainText('Trang 5/5');
  await page.keyboard.press('ArrowLeft');
  await expect(position).toContainText('Trang 4/5');
  await page.keyboard.press('PageUp');
  await expect(position).toContainText('Trang 3/5');
  await page.keyboard.press('Home');
  await expect(position).toContainText('Trang 1/5');
  await page.keyboard.press('End');
  await expect(position).toContainText('Trang 5/5');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(position).toContainText('Trang 2/5');
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/ranking\?level=district&units=414(%2C|,)425$/);
});

test('on a 1080p projector chart text is at least 28 px, lines at least 4 px, values printed, no chrome', async ({ page }) => {
  await page.goto('/present?level=district&units=414&slide=2');
  const tick = page.locator('.chart-tick').first();
  await expect(tick).toBeVisible();
  const fontSize = await tick.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(28);
  const label = page.locator('.trend-chart__end-label').first();
  expect(await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
  const line = page.locator('.trend-chart__line').first();
  expect(await line.evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.trend-chart__point-label').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Các trang' })).toHaveCount(0);
  await expect(page.locator('.source-line')).toContainText('Báo Nghệ An');
  await expect(page.locator('.provenance-legend')).toContainText('Minh họa');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
  await expectNoAxeViolations(page);
});

test('a chart downloads as a 3200×1800 PNG that is not blank', async ({ page }, info) => {
  await page.goto('/ranking?level=district');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải ảnh PNG (khổ trình chiếu 16:9)' }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('xep-hang-cchc_2019-2024.png');
  const path = info.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const png = await readFile(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3200, 1800]);
  // Not blank: decode it in the page and count pixels that are neither white nor transparent.
  const inked = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200)) n++;
    return n / (img.width * img.height);
  }, png.toString('base64'));
  expect(inked).toBeGreaterThan(0.01);
});

test('a chart’s data downloads as CSV with a BOM, a header and Thái Hòa’s 17/9/9', { tag: '@journey' }, async ({ page }, info) => {
  await page.goto('/ranking?level=district&to=2021');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải số liệu CSV (mở bằng Excel)' }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('xep-hang-cchc_2019-2021.csv');
  const path = info.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('Mã đơn vị,Tên đơn vị,Chỉ tiêu,Từ tháng,Đến tháng,Giá trị,Trên số đơn vị,Nguồn gốc số liệu,Nguồn,Địa chỉ nguồn');
  const thaiHoa = lines.filter((l) => l.startsWith('414,'));
  expect(thaiHoa.map((l) => l.split(',').slice(3, 8).join(','))).toEqual([
    '2019-01,2019-12,17,21,Công bố',
    '2020-01,2020-12,9,21,Công bố',
    '2021-01,2021-12,9,21,Công bố',
  ]);
  expect(lines).toHaveLength(1 + 21 * 3);
});

test('printing hides the navigation and controls and dates the report', async ({ page }) => {
  await page.goto('/ranking?level=district');
  await expect(page.locator('.trend-chart__end-label')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Các trang' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Đơn vị' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Bảng' }).first()).toBeHidden();
  await expect(page.locator('.print-footer')).toBeVisible();
  await expect(page.locator('.print-footer')).toContainText('In ngày');
  await expect(page.locator('figure').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.length).toBeGreaterThan(10_000);
});
