import { chromium } from '@playwright/test';
const [,, url, out, w = '1366', h = '768', action = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log('console:', m.type(), m.text()); });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
if (action === 'pick') { await page.getByRole('combobox', { name: /Đơn vị|Units/ }).fill('dien'); await page.waitForTimeout(200); }
await page.screenshot({ path: out, fullPage: action !== 'pick' });
console.log('url', page.url(), 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
