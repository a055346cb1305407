// Whether this part of the page is live: false while a prerendered page's markup is being
// hydrated (and during the server render), true once its event handlers are attached. Controls in
// prerendered markup are disabled and look busy until then, so that a click is never silently lost.
//
// One provider at the root decides, and turns the page live in a transition: every control then
// re-renders in slices the browser can interleave with input, rather than in one synchronous
// render of the whole page right after hydration (useSyncExternalStore in each control did that).
import { createContext, startTransition, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

// Outside a provider (a component test) the page is a client render: live.
const HydratedContext = createContext(true);

export function HydrationProvider({ children }: { children: ReactNode }) {
  // The server snapshot (false) on the server and while hydrating; true at once on a client render.
  const live = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const [hydrated, setHydrated] = useState(live);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>;
}

export const useHydrated = (): boolean => useContext(HydratedContext);

/** Spread on a button, select or input that may be in prerendered markup. */
export function useLiveControl(): { disabled: boolean; 'data-starting'?: '' } {
  return useHydrated() ? { disabled: false } : { disabled: true, 'data-starting': '' };
}
