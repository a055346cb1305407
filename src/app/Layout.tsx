// The page frame: product name, navigation between views, language switch.
import { useEffect, useState, type ReactNode } from 'react';
import { rememberReturn } from '../features/presenter/Deck';
import { LOCALE } from '../i18n/format';
import { LANGUAGES, type PlainKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from './Link';
import { navigate, useLocation, withParams } from './location';
import { routePath, type RouteName, type StaticRouteName } from './routes';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Segmented } from '../ui/Segmented';
import { StaleNotice } from '../ui/StaleNotice';
import { UrlNotice } from './UrlNotice';

const NAV: { name: StaticRouteName; label: PlainKey }[] = [
  { name: 'overview', label: 'nav.overview' },
  { name: 'ranking', label: 'nav.ranking' },
  { name: 'investment', label: 'nav.investment' },
  { name: 'compare', label: 'nav.compare' },
  { name: 'sources', label: 'nav.sources' },
];

/** Dated at print time, in the browser (never at build time, when the page may be prerendered). */
function PrintFooter() {
  const { t, lang } = useI18n();
  const [today, setToday] = useState<Date | null>(null);
  useEffect(() => setToday(new Date()), []);
  if (!today) return null;
  return (
    <p className="print-only print-footer">{t('print.printedOn', { date: new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long' }).format(today) })}</p>
  );
}

/** Opens the current selection as a slide deck; Esc in the deck comes back here. */
export function openPresentation(unitCodes?: readonly string[]) {
  const here = new URL(window.location.href);
  rememberReturn(here.pathname + here.search);
  navigate(withParams(here, { slide: null, auto: null, ...(unitCodes ? { units: unitCodes.join(',') } : {}) }, routePath('present')));
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function Layout({ current, children }: { current: RouteName; children: ReactNode }) {
  const { t, lang, setLanguage } = useI18n();
  const location = useLocation();
  // Views share the language and the selection through the query string.
  const hrefFor = (name: StaticRouteName) => withParams(location, {}, routePath(name));

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

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <Link href={hrefFor('overview')} className="app-header__name">
            {t('app.name')}
          </Link>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.name}>
                <Link href={hrefFor(item.name)} aria-current={current === item.name ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="button app-header__present" onClick={() => openPresentation()} aria-keyshortcuts="P">
          {t('deck.open')}
        </button>
        <Segmented label={t('lang.label')} options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`), lang: l }))} value={lang} onChange={setLanguage} />
      </header>
      <main id="main" tabIndex={-1}>
        <UrlNotice />
        <StaleNotice />
        <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
        <PrintFooter />
      </main>
    </>
  );
}
