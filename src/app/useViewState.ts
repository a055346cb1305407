// The current screen's choices, read from and written to the URL (each change is a history entry).
import { useMemo } from 'react';
import { parseViewState, serialiseViewState, type DroppedParam, type ViewState, type ViewStateLimits } from '../domain/viewState';
import { navigate, useLocation, withParams } from './location';

export function useViewState(limits: ViewStateLimits | null = null): {
  state: ViewState;
  dropped: DroppedParam[];
  update: (changes: Partial<ViewState>, options?: { replace?: boolean }) => void;
} {
  const location = useLocation();
  const search = location.search;
  const { state, dropped } = useMemo(() => parseViewState(new URLSearchParams(search), limits), [search, limits]);
  const update = (changes: Partial<ViewState>, options: { replace?: boolean } = {}) =>
    navigate(withParams(new URL(window.location.href), serialiseViewState({ ...state, ...changes })), options);
  return { state, dropped, update };
}
