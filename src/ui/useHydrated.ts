// Whether this part of the page is live: false while a prerendered page's markup is being
// hydrated (and during the server render), true once its event handlers are attached. Controls in
// prerendered markup are disabled and look busy until then, so that a click is never silently lost.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );

/** Spread on a button, select or input that may be in prerendered markup. */
export function useLiveControl(): { disabled: boolean; 'data-starting'?: '' } {
  return useHydrated() ? { disabled: false } : { disabled: true, 'data-starting': '' };
}
