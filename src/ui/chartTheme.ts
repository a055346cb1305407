// Theming and behaviour for the charts drawn with Recharts (the bar chart); the line charts draw
// their own SVG (TrendChart) and take the same look from the stylesheet.
import { useEffect, type RefObject } from 'react';

/** Tick text follows the page theme: Recharts writes tick colours as inline styles, so the
 * theme's custom properties are passed in rather than set from the stylesheet. */
export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 13 } as const;

/**
 * Keeps Tab from stopping on Recharts' internal layer groups. Recharts draws its z-index layers
 * into React portals; React attaches its event listeners to each portal's <g>, and Chromium
 * treats an SVG element with focus listeners as focusable, so every layer became a silent tab
 * stop. tabindex="-1" takes them out of the tab order; the chart surface stays the one stop.
 */
export function useSingleTabStop(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    container.current?.querySelectorAll('svg g[class^="recharts-zIndex-layer"]:not([tabindex])').forEach((g) => g.setAttribute('tabindex', '-1'));
  });
}
