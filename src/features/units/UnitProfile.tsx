// A unit's own page (/units/414): what it is, its headline figures, its events and goals, its
// sources; the app places its charts (both focused on it) below.
import { useRef, type ReactNode } from 'react';
import { Link } from '../../routing/Link';
import { useUnitHref } from '../../routing/routes';
import { formatPartialDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { QueryBoundary } from '../../ui/QueryState';
import { SourceCitation, SourceLine } from '../../ui/SourceLine';
import { ReportDownload } from './ReportDownload';
import { UnitKpis } from './UnitKpis';
import { UnitLineage } from './UnitLineage';
import { useUnitKpis, type UnitKpiData } from './useUnitKpis';

/** `present` opens the unit as a deck and `charts` shows its charts: both are other features, placed by the app. */
export function UnitProfile({ code, present, charts }: { code: string; present: (unitName: string) => ReactNode; charts: ReactNode }) {
  const { t } = useI18n();
  return (
    <QueryBoundary data={useUnitKpis([code])} loading={{ minHeight: 480 }}>
      {([kpis]) =>
        kpis ? (
          <UnitProfileContent kpis={kpis} present={present} charts={charts} />
        ) : (
          <section>
            <h1>{t('profile.unknown', { code })}</h1>
            <Link href="/">{t('notFound.back')}</Link>
          </section>
        )
      }
    </QueryBoundary>
  );
}

function UnitProfileContent({ kpis, present, charts }: { kpis: UnitKpiData; present: (unitName: string) => ReactNode; charts: ReactNode }) {
  const { t, lang } = useI18n();
  const unitHref = useUnitHref();
  const { unit, parent, successor, events, sources } = kpis;
  const page = useRef<HTMLElement>(null);
  return (
    <article className="unit-profile" aria-labelledby="profile-title" ref={page}>
      <h1 id="profile-title">
        {t(`unit.type.${unit.type}`)} {unit.name}
      </h1>
      <p className="lead">
        {t('profile.meta', { code: unit.code, parent: parent?.name ?? '—' })}
        {successor && unit.validTo ? (
          <>
            {' '}
            · {t('profile.merged', { successor: successor.name, date: formatPartialDate(lang, unit.validTo) })}{' '}
            <Link href={unitHref(successor.code)}>{successor.name}</Link>
          </>
        ) : null}
      </p>
      <p>
        {present(unit.name)} <ReportDownload kpis={kpis} page={page} />
      </p>
      <UnitLineage unit={unit} />
      <UnitKpis kpis={kpis} />
      {events.length > 0 ? (
        <section className="events" aria-labelledby="events-title">
          <h2 id="events-title">{t('profile.events')}</h2>
          <ul className="events__list">
            {events.map((e) => {
              const source = sources.find((s) => s.id === e.sourceId);
              return (
                <li key={`${e.date}-${e.kind}`} className={`events__item events__item--${e.kind}`}>
                  <span className="events__date">{formatPartialDate(lang, e.date)}</span> <span className="events__kind">{t(`event.kind.${e.kind}`)}</span>{' '}
                  {e.title[lang]}
                  {source ? (
                    <span className="events__source">
                      {t('source.label')}: <SourceCitation source={source} />
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {charts}
      <section aria-labelledby="profile-sources">
        <h2 id="profile-sources">{t('profile.sources')}</h2>
        <SourceLine sources={sources} />
      </section>
    </article>
  );
}
