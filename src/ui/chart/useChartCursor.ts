// The chart's cursor: the period whose values the tooltip shows, moved by pointer, touch or keyboard,
// and where that tooltip goes.
import { useState, type CSSProperties, type PointerEvent, type SVGProps } from 'react';
import { nearestPeriod, tooltipPlacement, type ChartFrameLayout } from './layout';

export type CursorHandlers = Pick<SVGProps<SVGSVGElement>, 'onFocus' | 'onBlur' | 'onKeyDown' | 'onPointerDown' | 'onPointerMove' | 'onPointerLeave'>;

type ChartCursor = {
  /** The period under the cursor; null when none. */
  activeX: number | null;
  /** Undefined until the chart is measured: the drawings shown before then only need to look right. */
  handlers: CursorHandlers | undefined;
  /** Where the tooltip goes: beside the cursor line, on the side with more room. */
  tooltipStyle: CSSProperties | null;
};

/** ←/→ step a period, Home and End jump to the first and last, Esc lets go; a pointer shows the nearest period. */
export function useChartCursor(layout: ChartFrameLayout | null): ChartCursor {
  /** The index into the layout's `xs`; null when none. */
  const [active, setActive] = useState<number | null>(null);
  if (!layout) return { activeX: null, handlers: undefined, tooltipStyle: null };

  const { xs, x, width } = layout;
  const activeX = active === null ? null : (xs[active] ?? null);
  const showNearest = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    // The drawing may be scaled to its box: back from screen pixels to the drawing's.
    setActive(nearestPeriod(layout, ((event.clientX - box.left) * width) / (box.width || width)));
  };
  const handlers: CursorHandlers = {
    onFocus: () => setActive((a) => a ?? 0),
    onBlur: () => setActive(null),
    onKeyDown: (event) => {
      const last = xs.length - 1;
      const next = { ArrowRight: Math.min(last, (active ?? -1) + 1), ArrowLeft: Math.max(0, (active ?? 1) - 1), Home: 0, End: last }[event.key];
      if (next !== undefined) {
        event.preventDefault();
        setActive(next);
      } else if (event.key === 'Escape' && active !== null) {
        // Esc first closes the tooltip; only the next one reaches the page (where it leaves a presentation).
        event.stopPropagation();
        setActive(null);
      }
    },
    onPointerMove: showNearest,
    // A tap shows the nearest period until the reader taps elsewhere (the chart then loses focus):
    // a lifted finger "leaves" at once.
    onPointerDown: showNearest,
    onPointerLeave: (event) => {
      if (event.pointerType !== 'touch') setActive(null);
    },
  };
  return { activeX, handlers, tooltipStyle: activeX === null ? null : tooltipPlacement(layout, x(activeX)) };
}
