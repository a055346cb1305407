// Opening a deck and leaving it: the deck's history entry remembers the page it was opened from,
// so Esc returns there (and a reload or a shared deck link, which have none, go to the overview).
import { useEffect } from 'react';
import { useLiveControl } from '../../ui/useHydrated';
import { historyState, navigate, withParams } from '../../routing/location';
import { routePath } from '../../routing/routes';

/** Opens the current selection (or the given units) as a slide deck. */
export function openPresentation(unitCodes?: readonly string[]): void {
  const here = new URL(window.location.href);
  const changes = { slide: null, auto: null, ...(unitCodes ? { units: unitCodes.join(',') } : {}) };
  navigate(withParams(here, changes, routePath('present')), { state: { returnTo: here.pathname + here.search } });
}

/** Back to where the deck was opened from, else to `fallback`. */
export function leavePresentation(fallback: string): void {
  navigate(historyState()?.returnTo ?? fallback);
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The key P opens the deck from any page, unless the reader is typing. */
export function usePresentationShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'p' || event.key === 'P') && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        openPresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function PresentButton({ unitCodes, label, className = 'button' }: { unitCodes?: readonly string[]; label: string; className?: string }) {
  const live = useLiveControl();
  return (
    <button type="button" className={className} onClick={() => openPresentation(unitCodes)} aria-keyshortcuts={unitCodes ? undefined : 'P'} {...live}>
      {label}
    </button>
  );
}
