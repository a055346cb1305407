// The size of an element, measured before the first paint and kept current: charts get their
// width at once instead of one frame (or, on a busy page, many) after mounting. On a page that
// arrives drawn, the drawing for a nominal width is already on screen: there the measured one
// follows as a transition, in slices, rather than in the same long task as the hydration's commit.
// Later sizes (a turned phone, a resized window) follow as transitions too.
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useHydrated } from './useHydrated';

export function useElementSize<E extends HTMLElement>(): [RefObject<E | null>, { width: number; height: number }] {
  const ref = useRef<E>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const hydrating = !useHydrated();
  const hydratingAtMount = useRef(hydrating);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((s) => (s.width === Math.floor(width) && s.height === Math.floor(height) ? s : { width: Math.floor(width), height: Math.floor(height) }));
    };
    if (hydratingAtMount.current) startTransition(measure);
    else measure();
    const observer = new ResizeObserver(() => startTransition(measure));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
