// The page frame: product name, navigation between views, language switch, who is signed in (for
// editors), when the data last changed, and the editors' discreet way in at the foot of the page.
import type { ReactNode } from 'react';
import { useHydrated } from '../ui/useHydrated';
import { SessionBadge } from '../features/editor/SessionBadge';
import { PresentButton, usePresentationShortcut } from '../features/presenter/opening';
import { formatPartialDate } from '../i18n/format';
import { LANGUAGES, type PlainKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { hrefForLanguage, navigate, useLocation, withParams } from '../routing/location';
import { routePath, type RouteName, type StaticRouteName } from '../routing/routes';
import { DataUpdated } from '../ui/DataUpdated';
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

/** Today in the reader's time zone, as the ISO date formatPartialDate reads. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * Dated at print time, in the browser (never at build time, when the page may be prerendered), as
 * the sources' dates are written (19/5/2022): a first Intl.DateTimeFormat with a date style costs
 * 50–120 ms of one task while the page hydrates.
 */
function PrintFooter() {
  const { t, lang } = useI18n();
  if (!useHydrated()) return null;
  return <p className="print-only print-footer">{t('print.printedOn', { date: formatPartialDate(lang, today()) })}</p>;
}

export function Layout({ current, children }: { current: RouteName; children: ReactNode }) {
  const { t, lang } = useI18n();
  const location = useLocation();
  // Views share the language and the selection through the query string.
  const hrefFor = (name: StaticRouteName) => withParams(location, {}, routePath(name));

  usePresentationShortcut();

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
        <SessionBadge />
        <PresentButton className="button app-header__present" label={t('deck.open')} />
        <Segmented
          label={t('lang.label')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`), lang: l }))}
          value={lang}
          onChange={(next) => navigate(hrefForLanguage(location, next))}
        />
      </header>
      <main id="main" tabIndex={-1}>
        <UrlNotice />
        <StaleNotice />
        <ErrorBoundary resetKey={location.pathname}>{children}</ErrorBoundary>
        <PrintFooter />
      </main>
      <footer className="app-footer">
        <DataUpdated />
        {/* Readers never need to sign in: the editors' way in stays out of the navigation. */}
        <Link href={hrefFor('sign-in')}>{t('footer.editors')}</Link>
      </footer>
    </>
  );
}
