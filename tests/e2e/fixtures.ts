// Browser-test helpers: fail a test on any uncaught error or console error, run axe on a page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        // The browser logs every failed HTTP call; API failures are the app's to handle, not errors.
        const apiCall = m.text().startsWith('Failed to load resource') && m.location().url.includes('/api/');
        if (m.type() === 'error' && !apiCall) errors.push(`console: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Until the app has taken a server-rendered or prerendered page over, its markup is drawn but no
 * handler answers a key or a focus; its controls are marked as starting until then.
 */
export async function untilLive(page: Page) {
  await expect(page.locator('#root [data-starting]')).toHaveCount(0);
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
