// False while rendering at build time and during hydration, true after: for parts that can only
// be drawn in a browser, so that the prerendered HTML and the first client render agree.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

export const useIsHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
