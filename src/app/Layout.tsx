// The page frame: product name, navigation between views, language switch.
import type { ReactNode } from 'react';
import { LANGUAGES, type MessageKey } from '../i18n/catalogue';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from './Link';
import { useLocation, withParams } from './location';
import { routePath, type RouteName, type StaticRouteName } from './routes';
import { UrlNotice } from './UrlNotice';

const NAV: { name: StaticRouteName; label: MessageKey }[] = [
  { name: 'overview', label: 'nav.overview' },
  { name: 'ranking', label: 'nav.ranking' },
  { name: 'investment', label: 'nav.investment' },
  { name: 'compare', label: 'nav.compare' },
  { name: 'sources', label: 'nav.sources' },
];

export function Layout({ current, children }: { current: RouteName; children: ReactNode }) {
  const { t, lang, setLanguage } = useI18n();
  const location = useLocation();
  // Views share the language (and later the selection) through the query string.
  const hrefFor = (name: StaticRouteName) => withParams(location, {}, routePath(name));
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
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLanguage(l)}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <UrlNotice />
        {children}
      </main>
    </>
  );
}
