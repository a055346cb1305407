// Presentation mode: the current selection as full-screen slides for a meeting-room projector.
// Keys a clicker sends (→ ← PageDown PageUp Space), Home/End, a number then Enter to jump,
// F for full screen, Esc to leave; the slide is in the URL; optional auto-advance for a lobby screen.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { navigate } from '../../routing/location';
import { hrefForState, useViewState } from '../../routing/useViewState';
import { leavePresentation } from './opening';
import { useI18n } from '../../i18n/I18nProvider';
import { PresentingContext } from '../../ui/presenting';

export type Slide = { key: string; title: string; content: ReactNode };

/** `download` is the deck's download control, placed by the app among the slide controls. */
export function Deck({ slides, download }: { slides: readonly Slide[]; download?: ReactNode }) {
  const { t } = useI18n();
  const { state } = useViewState();
  const count = slides.length;
  const index = Math.min(Math.max((state.slide ?? 1) - 1, 0), count - 1);
  const slide = slides[index]!;
  const [typed, setTyped] = useState('');
  const [paused, setPaused] = useState(false);
  const [remaining, setRemaining] = useState(state.auto);
  // A new slide or pace restarts the countdown (set while rendering, not in an effect after it).
  const [countdownFor, setCountdownFor] = useState(`${index}|${state.auto}`);
  if (countdownFor !== `${index}|${state.auto}`) {
    setCountdownFor(`${index}|${state.auto}`);
    setRemaining(state.auto);
  }

  const go = useCallback(
    (target: number) => {
      const next = ((target % count) + count) % count;
      navigate(hrefForState({ ...state, slide: next + 1 }), { replace: true });
    },
    [count, state],
  );
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    leavePresentation(hrefForState({ ...state, slide: null, auto: null }, '/'));
  }, [state]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('button, a, input, select, textarea') && (event.key === ' ' || event.key === 'Enter') && typed === '') return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          event.preventDefault();
          if (index < count - 1) go(index + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          event.preventDefault();
          if (index > 0) go(index - 1);
          break;
        case 'Home':
          event.preventDefault();
          go(0);
          break;
        case 'End':
          event.preventDefault();
          go(count - 1);
          break;
        case 'Enter':
          if (typed) {
            event.preventDefault();
            const n = Number(typed);
            if (n >= 1 && n <= count) go(n - 1);
            setTyped('');
          }
          break;
        case 'f':
        case 'F':
          event.preventDefault();
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
          break;
        case 'Escape':
          event.preventDefault();
          leave();
          break;
        default:
          if (/^\d$/.test(event.key)) setTyped((s) => (s + event.key).slice(-2));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, go, leave, typed]);

  // Auto-advance (kiosk): a visible countdown, pausable; loops back to the first slide.
  useEffect(() => {
    if (state.auto === null || paused) return;
    const timer = window.setInterval(() => {
      setRemaining((r) => {
        if (r === null) return r;
        if (r <= 1) {
          go(index + 1);
          return state.auto;
        }
        return r - 1;
      });
    }, 1_000);
    return () => window.clearInterval(timer);
  }, [state.auto, paused, index, go]);

  return (
    <PresentingContext.Provider value={true}>
      <div className="deck" role="main" aria-roledescription={t('deck.roledescription')}>
        <section key={slide.key} className="deck__slide" aria-roledescription={t('deck.slide')} aria-label={`${index + 1} / ${count}: ${slide.title}`}>
          {slide.content}
        </section>
        <nav className="deck__controls" aria-label={t('deck.controls')}>
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t('deck.previous')}>
            ←
          </button>
          <span className="deck__position" aria-live="polite">
            {t('deck.position', { n: index + 1, count, title: slide.title })}
            {typed ? <span className="deck__typed"> → {typed}</span> : null}
          </span>
          <button type="button" onClick={() => go(index + 1)} disabled={index === count - 1} aria-label={t('deck.next')}>
            →
          </button>
          {state.auto !== null ? (
            <button type="button" onClick={() => setPaused((p) => !p)} aria-pressed={paused}>
              {paused ? t('deck.resume') : t('deck.pause', { s: remaining ?? state.auto })}
            </button>
          ) : null}
          <button type="button" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
            {t('deck.fullscreen')}
          </button>
          {download}
          <button type="button" onClick={leave}>
            {t('deck.exit')}
          </button>
        </nav>
      </div>
    </PresentingContext.Provider>
  );
}
