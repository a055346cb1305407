// The ranking view as drawn: every unit's line, Thái Hòa emphasised, rank 1 at the top,
// provenance on each marker, and the year's table.
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setScenario } from '../../mocks/scenario';
import { renderApp } from '../render';

const chart = async () => {
  const figure = await screen.findByRole('figure', { name: /Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024/ });
  return figure;
};

const tickY = (figure: HTMLElement, text: string) => {
  const tick = [...figure.querySelectorAll('.trend-chart__y-axis .chart-tick')].find((t) => t.textContent === text);
  return Number(tick?.getAttribute('y'));
};

/**
 * A unit's row, found by its row header: naming every row (the text of all its cells) costs jsdom
 * seconds on a busy machine, more than a test's time.
 */
const unitRow = (table: HTMLElement, name: string) =>
  within(table)
    .getByRole('rowheader', { name: new RegExp(name) })
    .closest('tr')!;

describe('Ranking view', () => {
  it('draws Thái Hòa emphasised against one muted path of the 20 other units', async () => {
    renderApp('/ranking?level=district');
    const figure = await chart();
    const series = figure.querySelectorAll('.trend-chart__series');
    expect(series).toHaveLength(1);
    expect(series[0]!.querySelectorAll('.trend-chart__line')).toHaveLength(2); // the full path, dashed, and its sourced runs, solid
    const context = figure.querySelector('.trend-chart__context')!;
    expect(context.getAttribute('d')!.match(/M/g)).toHaveLength(20);
    expect(within(figure).getByText('Thái Hòa', { selector: 'text' })).toBeInTheDocument();
  });

  it('puts rank 1 at the top, with integer ticks 1 to 21', async () => {
    renderApp('/ranking?level=district');
    const figure = await chart();
    const ticks = [...figure.querySelectorAll('.trend-chart__y-axis .chart-tick')].map((t) => t.textContent);
    expect(ticks).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(tickY(figure, '1')).toBeLessThan(tickY(figure, '21'));
  });

  it('marks the three reported years filled and the three illustrative years hollow', async () => {
    renderApp('/ranking?level=district');
    const figure = await chart();
    expect(figure.querySelectorAll('.trend-chart__dot--reported')).toHaveLength(3);
    expect(figure.querySelectorAll('.trend-chart__dot--illustrative')).toHaveLength(3);
  });

  it('says in words how Thái Hòa moved and which years are illustrative', async () => {
    renderApp('/ranking?level=district');
    const figure = await chart();
    expect(figure).toHaveTextContent('Thái Hòa tăng từ hạng 17/21 (2019) lên hạng 9/21 (2021) theo số liệu công bố.');
    expect(figure).toHaveTextContent('Các năm 2022–2024 là số liệu minh họa');
  });

  it('switches to scores with the axis the normal way up', async () => {
    renderApp('/ranking?level=district');
    await chart();
    await userEvent.click(within(screen.getByRole('group', { name: 'Thước đo' })).getByRole('button', { name: 'Điểm' }));
    const figure = await screen.findByRole('figure', { name: /Điểm Chỉ số CCHC cấp huyện/ });
    const ticks = [...figure.querySelectorAll('.trend-chart__y-axis .chart-tick')].map((t) => Number(t.textContent));
    const ys = [...figure.querySelectorAll('.trend-chart__y-axis .chart-tick')].map((t) => Number(t.getAttribute('y')));
    expect(ticks[0]).toBeLessThan(ticks.at(-1)!);
    expect(ys[0]).toBeGreaterThan(ys.at(-1)!);
    expect(window.location.search).toBe('?level=district&metric=score');
  });

  it('shows the chart’s data as a table: 21 units × 6 years, illustrative values marked', async () => {
    renderApp('/ranking?level=district&mode=table');
    const table = await screen.findByRole('table', { name: /Thứ hạng Chỉ số CCHC cấp huyện, 2019–2024/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(22);
    const thaiHoa = unitRow(table, 'Thái Hòa');
    expect(
      within(thaiHoa)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '17/21● (Công bố)',
      '9/21● (Công bố)',
      '9/21● (Công bố)',
      expect.stringContaining('(Minh họa)'),
      expect.stringContaining('(Minh họa)'),
      expect.stringContaining('/20'),
    ]);
  });

  it('lists the year’s ranking, sortable by each column', async () => {
    renderApp('/ranking?level=district');
    const table = await screen.findByRole('table', { name: 'Xếp hạng Chỉ số CCHC năm 2021, 21 đơn vị cấp huyện' });
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(names()).toHaveLength(21);
    expect(names()[0]).toBe('Vinh');
    expect(names()[8]).toBe('Thái Hòa');
    expect(names()[20]).toBe('Anh Sơn');
    await userEvent.click(within(table).getByRole('button', { name: /Hạng/ }));
    expect(names()[0]).toBe('Anh Sơn');
    expect(within(table).getByRole('columnheader', { name: /Hạng/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(table).getByRole('button', { name: /Đơn vị/ }));
    expect(names()[0]).toBe('Anh Sơn');
    expect(names()[1]).toBe('Con Cuông');
    const row = unitRow(table, 'Thái Hòa');
    expect(row).toHaveTextContent('9/21');
    expect(row).toHaveTextContent('Công bố');
  });

  it('flags a ranking where two units share a rank instead of drawing it silently', async () => {
    setScenario({ fault: 'duplicate-rank' });
    renderApp('/ranking?level=district');
    expect(await screen.findByRole('alert')).toHaveTextContent(/trùng hạng/);
  });

  it('shows a year’s ranks from the keyboard: focus the chart, then arrows, Home, End and Escape', async () => {
    renderApp('/ranking?level=district');
    const figure = await chart();
    const surface = figure.querySelector<SVGSVGElement>('svg.trend-chart__svg')!;
    expect(surface).toHaveAttribute('tabindex', '0');
    act(() => surface.focus());
    const tooltip = () => figure.querySelector('.chart-tooltip');
    expect(tooltip()).toHaveTextContent('2019');
    expect(tooltip()).toHaveTextContent('Thái Hòa 17/21');
    await userEvent.keyboard('{ArrowRight}');
    expect(tooltip()).toHaveTextContent('2020');
    expect(tooltip()).toHaveTextContent('tăng 8 bậc');
    await userEvent.keyboard('{End}');
    expect(tooltip()).toHaveTextContent('2024');
    expect(tooltip()).toHaveTextContent('Minh họa');
    // The active year's marker grows: the 2024 one is the larger.
    const radii = [...figure.querySelectorAll('.trend-chart__series circle')].map((c) => Number(c.getAttribute('r')));
    expect(radii.at(-1)).toBeGreaterThan(radii[0]!);
    await userEvent.keyboard('{Home}');
    expect(tooltip()).toHaveTextContent('2019');
    await userEvent.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
  });

  it('shows the nearest year’s ranks under the pointer, and nothing once it leaves', async () => {
    renderApp('/ranking?level=district');
    const figure = await chart();
    const surface = figure.querySelector<SVGSVGElement>('svg.trend-chart__svg')!;
    // The test layout is 1000 px wide: the plot runs from x = 72 (2019) to x = 904 (2024).
    fireEvent.pointerMove(surface, { clientX: 420 });
    expect(figure.querySelector('.chart-tooltip')).toHaveTextContent('2021');
    expect(figure.querySelector('.trend-chart__cursor')).toHaveAttribute('x1', '404.8');
    fireEvent.pointerLeave(surface);
    expect(figure.querySelector('.chart-tooltip')).toBeNull();
  });
});
