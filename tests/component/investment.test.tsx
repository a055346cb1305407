// The investment view as drawn: Thái Hòa's periods as the source gives them (2020–2021 as one),
// values printed on the bars, provenance on each bar, the cumulative line, the province's totals.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

const figure = (name: RegExp) => screen.findByRole('figure', { name });

describe('Investment view', () => {
  it('draws Thái Hòa’s two periods as given: 11 in 2020–2021 (2 years), 7 in T1–T5/2022 (5 months)', async () => {
    renderApp('/investment?level=district&level=district');
    const chart = await figure(/Số dự án đầu tư thu hút theo kỳ/);
    const bars = chart.querySelectorAll('.bar-chart__bar');
    expect(bars).toHaveLength(2);
    expect([...chart.querySelectorAll('.bar-chart__value')].map((t) => t.textContent)).toEqual(['11', '7']);
    const ticks = [...chart.querySelectorAll('.trend-chart__x-axis .chart-tick')].map((t) => t.textContent);
    expect(ticks).toEqual(['2020–20212 năm', 'T1–T5/20225 tháng']);
    expect(chart.querySelectorAll('.bar-chart__bar--derived')).toHaveLength(1);
    expect(chart.querySelectorAll('.bar-chart__bar--reported')).toHaveLength(1);
    expect(chart).toHaveTextContent('Không so sánh trực tiếp với số liệu cả năm');
  });

  it('groups bars by period for several units, illustrative ones hollow', async () => {
    renderApp('/investment?level=district&units=414,412');
    const chart = await figure(/theo kỳ/);
    expect(chart.querySelectorAll('.bar-chart__bar')).toHaveLength(5); // Vinh: 2020, 2021, Jan–May 2022; Thái Hòa: two
    expect(chart.querySelectorAll('.bar-chart__bar--illustrative')).toHaveLength(3);
    expect([...chart.querySelectorAll('.trend-chart__x-axis .chart-tick')].map((t) => t.textContent)).toEqual([
      '2020',
      '2021',
      '2020–20212 năm',
      'T1–T5/20225 tháng',
    ]);
  });

  it('shows a period’s figures from the keyboard: focus the bars, then arrows and Escape', async () => {
    renderApp('/investment?level=district');
    const chart = await figure(/theo kỳ/);
    const surface = chart.querySelector<SVGSVGElement>('svg.bar-chart__svg')!;
    expect(surface).toHaveAttribute('tabindex', '0');
    act(() => surface.focus());
    const tooltip = () => chart.querySelector('.chart-tooltip');
    expect(tooltip()).toHaveTextContent('2020–2021 (2 năm)');
    expect(tooltip()).toHaveTextContent('Thái Hòa 11 dự án Tính từ số liệu công bố');
    await userEvent.keyboard('{ArrowRight}');
    expect(tooltip()).toHaveTextContent('T1–T5/2022 (5 tháng)');
    expect(tooltip()).toHaveTextContent('Thái Hòa 7 dự án Công bố');
    await userEvent.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
  });

  it('shows the cumulative count since 2020: 11 by end-2021 (derived), 18 by May 2022 (reported)', async () => {
    renderApp('/investment?level=district&measure=cumulative');
    const chart = await figure(/lũy kế từ năm 2020/);
    expect(chart.querySelectorAll('.trend-chart__dot--derived')).toHaveLength(1);
    expect(chart.querySelectorAll('.trend-chart__dot--reported')).toHaveLength(1);
    expect(chart).toHaveTextContent('Thái Hòa: lũy kế 18 dự án, T1/2020–T5/2022 (công bố).');
    await userEvent.click(within(chart).getByRole('button', { name: 'Bảng' }));
    const table = within(chart).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      'Thái Hòa2020–202111Tính từ số liệu công bốBáo Nghệ An (baonghean.vn), Mai Hoa',
      'Thái HòaT1/2020–T5/202218Công bốBáo Nghệ An (baonghean.vn), Mai Hoa',
    ]);
    expect(window.location.search).toBe('?level=district&measure=cumulative&mode=table');
  });

  it('gives the province’s own totals as context, each with its source', async () => {
    renderApp('/investment?level=district&level=district');
    const context = await screen.findByRole('region', { name: 'Số liệu bối cảnh' });
    const items = within(context).getAllByRole('listitem');
    expect(items.map((i) => i.textContent?.match(/^\d+/)?.[0])).toEqual(['41', '48', '116', '58']);
    expect(items[0]).toHaveTextContent('20/5/2022');
    expect(items[0]).toHaveTextContent('Nguồn: nghean24h.vn');
  });
});
