// The trend chart on its own: its names link through the caller's navigation, and a tap holds a period's values.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Provenance } from '../../src/api/contract';
import { TrendChart } from '../../src/ui/chart/TrendChart';
import { PresentingContext } from '../../src/ui/presenting';

const provenance: Provenance[] = ['reported', 'reported', 'reported', 'illustrative', 'illustrative', 'illustrative'];
const thaiHoa = {
  key: '414',
  label: 'Thái Hòa',
  colour: '#0072B2',
  points: [17, 9, 9, 8, 8, 7].map((value, i) => ({ x: 2019 + i, value, provenance: provenance[i]! })),
};

const chart = (extra: Partial<Parameters<typeof TrendChart>[0]> = {}) => (
  <TrendChart
    emphasised={[thaiHoa]}
    context={[]}
    xTicks={thaiHoa.points.map((p) => p.x)}
    formatX={String}
    yDomain={[1, 21]}
    yReversed
    formatY={String}
    yLabel="Thứ hạng"
    renderTooltip={(year) => `Năm ${year}`}
    ariaLabel="Thứ hạng của Thái Hòa"
    hrefFor={(code) => `/units/${code}`}
    {...extra}
  />
);
const renderChart = (extra: Partial<Parameters<typeof TrendChart>[0]> = {}) => render(chart(extra));

const nameLink = () => screen.getByText('Thái Hòa', { selector: 'text' }).closest('a');

describe('TrendChart', () => {
  it('follows a plain click on a unit’s name through the app, not a page load', () => {
    const onNavigate = vi.fn();
    renderChart({ onNavigate });
    expect(nameLink()).toHaveAttribute('href', '/units/414');
    // fireEvent returns false when the click's default (loading the page) was prevented.
    expect(fireEvent.click(nameLink()!, { button: 0 })).toBe(false);
    expect(onNavigate).toHaveBeenCalledWith('/units/414');
  });

  it('leaves a click with a modifier (new tab, new window) to the browser', () => {
    const onNavigate = vi.fn();
    renderChart({ onNavigate });
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) expect(fireEvent.click(nameLink()!, { button: 0, [modifier]: true })).toBe(true);
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it('keeps the name a plain link when the caller gives no navigation', () => {
    renderChart();
    expect(fireEvent.click(nameLink()!, { button: 0 })).toBe(true);
  });

  it('prints names without links on a slide, with every point’s value', () => {
    render(<PresentingContext value={true}>{chart({ onNavigate: vi.fn() })}</PresentingContext>);
    expect(nameLink()).toBeNull();
    expect([...document.querySelectorAll('.trend-chart__point-label')].map((t) => t.textContent)).toEqual(['17', '9', '9', '8', '8', '7']);
  });

  it('holds a tapped year’s values after the finger lifts, until the chart loses focus', () => {
    const { container } = renderChart();
    const surface = screen.getByRole('application', { name: 'Thứ hạng của Thái Hòa' });
    const tooltip = () => container.querySelector('.chart-tooltip');
    // The test layout is 1000 px wide; 2024 is drawn at x = 904.
    fireEvent.pointerDown(surface, { clientX: 900, pointerType: 'touch' });
    fireEvent.pointerLeave(surface, { pointerType: 'touch' });
    expect(tooltip()).toHaveTextContent('Năm 2024');
    act(() => surface.focus());
    act(() => surface.blur());
    expect(tooltip()).toBeNull();
  });
});
