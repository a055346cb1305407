// Every view the benchmark budgets, as `npm start` serves it: with scripts off, the figures and the
// right chart are in the HTML and no control pretends to work; with scripts on, the app takes the
// page over without moving anything, and its chart answers the keyboard.
// The editors' journey publishes (and restores) the 2022 district ranking on this same server
// before these tests run, so they read only figures it leaves alone: the reported 2019–2021 ranks,
// the communes' 2025 ranks, the 2026 investment periods and the province's national rank.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type View = {
  path: string;
  /** The accessible name of the first chart drawn for this screen. */
  chart: string | RegExp;
  /** Its lines' end labels in order, or its bar count: the right units and the right chart. */
  drawn: { lines: string[] } | { bars: number };
  /** A figure from the data, as the page words it. */
  figure: string | RegExp;
  /** One year only (the communes' 2025): the keyboard's cursor has nowhere to move. */
  onePoint?: true;
};

const VIEWS: View[] = [
  {
    path: '/',
    chart: 'Nghệ An trong 63 tỉnh, thành phố: xếp hạng Chỉ số CCHC, 2019–2024',
    drawn: { lines: ['Nghệ An'] },
    figure: 'Nghệ An xếp hạng 24/63 năm 2019',
  },
  {
    path: '/ranking',
    chart: 'Thứ hạng Chỉ số CCHC cấp xã, 2025',
    drawn: { lines: ['Thái Hòa', 'Đông Hiếu', 'Tây Hiếu'] },
    figure: 'năm 2025: hạng 19/130',
    onePoint: true,
  },
  { path: '/investment', chart: 'Số dự án đầu tư thu hút theo kỳ', drawn: { bars: 6 }, figure: 'Thái Hòa: 5 dự án trong kỳ T1–T10/2026 (minh họa)' },
  {
    path: '/compare?units=414,425',
    chart: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024',
    drawn: { lines: ['Diễn Châu', 'Thái Hòa'] },
    figure: 'Thái Hòa tăng từ hạng 17/21 (2019) lên hạng 9/21 (2021) theo số liệu công bố',
  },
  {
    path: '/units/414',
    chart: 'Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024',
    drawn: { lines: ['Thái Hòa'] },
    figure: 'Thái Hòa tăng từ hạng 17/21 (2019) lên hạng 9/21 (2021) theo số liệu công bố',
  },
  {
    path: '/ranking?units=414,425&from=2020&to=2023&metric=score',
    chart: 'Điểm Chỉ số CCHC cấp huyện, 2020–2023',
    drawn: { lines: ['Diễn Châu', 'Thái Hòa'] },
    figure: 'Thái Hòa giữ hạng 9/21 từ 2020 đến 2021 theo số liệu công bố',
  },
  {
    path: '/embed/ranking?units=414,425&from=2020&to=2023',
    chart: 'Thứ hạng Chỉ số CCHC cấp huyện, 2020–2023',
    drawn: { lines: ['Diễn Châu', 'Thái Hòa'] },
    figure: 'Thái Hòa giữ hạng 9/21 từ 2020 đến 2021 theo số liệu công bố',
  },
];

/** The chart drawn for this screen: the HTML holds one for a phone and one for a wider screen. */
const chartOf = (page: Page) => page.locator('svg.trend-chart__svg').filter({ visible: true }).first();

async function expectDrawn(page: Page, view: View) {
  const chart = chartOf(page);
  await expect(chart).toHaveAttribute('aria-label', view.chart);
  if ('lines' in view.drawn) {
    await expect(chart.locator('.trend-chart__series')).toHaveCount(view.drawn.lines.length);
    await expect(chart.locator('.trend-chart__end-label')).toHaveText(view.drawn.lines);
  } else {
    await expect(chart.locator('rect.bar-chart__bar')).toHaveCount(view.drawn.bars);
  }
  await expect(page.getByText(view.figure).filter({ visible: true }).first()).toBeVisible();
}

for (const view of VIEWS) {
  test(`${view.path} with scripts off: the chart and its figures are in the HTML, and no control pretends to work`, { tag: '@server' }, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(view.path);
    await expectDrawn(page, view);
    // What a click cannot do without the script is disabled (and styled busy); links stay links.
    const controls = page.locator('button, select, input, textarea').filter({ visible: true });
    for (const control of await controls.all()) await expect(control).toBeDisabled();
    await expect(page.locator('form')).toHaveCount(0);
    if (!view.path.startsWith('/embed/'))
      await expect(page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Xếp hạng CCHC' })).toHaveAttribute('href', /^\/ranking/);
    await context.close();
  });
}

/**
 * Collects layout shifts from before the first byte (buffered), as Lighthouse's CLS does, leaving
 * out those right after an input. Installed before any of the page's scripts.
 */
const recordShifts = () => {
  type Shift = { value: number; at: number; moved: string[] };
  type ShiftEntry = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  };
  const shifts: Shift[] = ((window as unknown as { __shifts: Shift[] }).__shifts = []);
  // What moved, and from where to where, so that a failure says which element shifted.
  const describe = ({ node, previousRect: a, currentRect: b }: ShiftEntry['sources'][number]) =>
    `${node instanceof Element ? `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}` : (node?.nodeName ?? '?')} ${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height}`;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ShiftEntry[]) {
      if (!entry.hadRecentInput) shifts.push({ value: entry.value, at: Math.round(entry.startTime), moved: entry.sources.map(describe) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

for (const view of VIEWS.filter((v) => !v.path.startsWith('/embed/'))) {
  test(`${view.path} with scripts on: taken over without a layout shift, its chart answers the keyboard`, { tag: '@server' }, async ({ page }) => {
    await page.addInitScript(recordShifts);
    await page.goto(view.path);
    // Hydrated: the controls are enabled and the page marks nothing as starting.
    await expect(page.locator('#root [data-starting]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'English' })).toBeEnabled();
    await expectDrawn(page, view);
    // Two frames after hydration, so that a shift it caused has been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // The server's markup is the app's first render, so nothing should move. The bound is not 0
    // only to absorb sub-pixel rounding (a shift scores area × distance; a 1 px move of the whole
    // chart on this 1366×768 screen scores ~0.001), far below Lighthouse's "good" 0.1.
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number }[] }).__shifts);
    expect(
      shifts.reduce((sum, s) => sum + s.value, 0),
      `layout shifts: ${JSON.stringify(shifts)}`,
    ).toBeLessThan(0.001);

    const chart = chartOf(page);
    await chart.focus();
    await page.keyboard.press('End');
    const tooltip = page.locator('.chart-tooltip').filter({ visible: true }).first();
    await expect(tooltip).toBeVisible();
    const atEnd = await tooltip.textContent();
    await page.keyboard.press('Home');
    await expect(tooltip).toBeVisible();
    if (!view.onePoint) await expect(tooltip).not.toHaveText(atEnd ?? '');
  });
}
