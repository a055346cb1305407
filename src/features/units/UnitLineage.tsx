// What a unit was formed from and what took over its territory, with links: a ward formed in 2025
// names the units before it and their districts; a district says when it ended and which units
// now lie on its land (Cửa Lò both steps: into Vinh in 2024, its area now Phường Cửa Lò).
import { useQuery } from '@tanstack/react-query';
import { Fragment, useMemo, type ReactNode } from 'react';
import type { Unit } from '../../api/contract';
import { ending, formedFrom, indexUnits, territoryNow } from '../../domain/lineage';
import { formatPartialDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { referenceQueries } from '../../queries';
import { Link } from '../../routing/Link';
import { useUnitHref } from '../../routing/routes';

/** The units before a change, grouped by the district each was in: "Hưng Lộc (Vinh); Nghi Phong, Nghi Thái … (Nghi Lộc)". */
function byDistrict(units: readonly Unit[]): { district: string | null; units: Unit[] }[] {
  const groups: { district: string | null; units: Unit[] }[] = [];
  for (const u of units) {
    const group = groups.find((g) => g.district === u.parentCode);
    if (group) group.units.push(u);
    else groups.push({ district: u.parentCode, units: [u] });
  }
  return groups;
}

export function UnitLineage({ unit }: { unit: Unit }) {
  const { t, lang } = useI18n();
  const unitHref = useUnitHref();
  const units = useQuery(referenceQueries.unitsWithFormerCommunes()).data;
  const steps = useMemo(() => {
    if (!units) return null;
    const index = indexUnits(units);
    return { index, from: formedFrom(unit, index), end: ending(unit, index), now: unit.level === 'district' ? territoryNow(unit, units, index) : [] };
  }, [units, unit]);
  if (!steps || (steps.from.length === 0 && !steps.end)) return null;
  const { index, from, end, now } = steps;
  const fullName = (u: Unit) => `${t(`unit.type.${u.type}`)} ${u.name}`;
  const links = (list: readonly Unit[]): ReactNode =>
    list.map((u, i) => (
      <Fragment key={u.code}>
        {i > 0 ? ', ' : null}
        <Link href={unitHref(u.code)}>{fullName(u)}</Link>
      </Fragment>
    ));
  const formation = unit.lineage.find((c) => c.kind === 'formed_from');

  return (
    <section className="lineage" aria-labelledby="lineage-title">
      <h2 id="lineage-title">{t('profile.lineage')}</h2>
      <ul className="lineage__list">
        {from.length > 0 && formation ? (
          <li>
            {t('profile.formedFrom', { date: formatPartialDate(lang, formation.date) })}{' '}
            {byDistrict(from).map((g, i) => {
              const district = g.district ? index.get(g.district) : undefined;
              return (
                <Fragment key={g.district ?? i}>
                  {i > 0 ? '; ' : null}
                  {g.units.map(fullName).join(', ')}
                  {district ? (
                    <>
                      {' '}
                      (<Link href={unitHref(district.code)}>{fullName(district)}</Link>)
                    </>
                  ) : null}
                </Fragment>
              );
            })}
          </li>
        ) : null}
        {end?.kind === 'merged_into' ? (
          <li>
            {t('profile.mergedStep', { date: formatPartialDate(lang, end.date) })} {links(end.after)}
          </li>
        ) : null}
        {end?.kind === 'divided_into' ? (
          <li>
            {t('profile.ended', { date: formatPartialDate(lang, end.date) })} {links(end.after)}
          </li>
        ) : null}
        {end?.kind === 'merged_into' && now.length > 0 ? (
          <li>
            {t('profile.territoryNow')} {links(now)}
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** Said plainly where a unit is shown that no longer exists: since when, and the units on its land, one click away. */
export function EndedNotice({ unit }: { unit: Unit }) {
  const { t, lang } = useI18n();
  const unitHref = useUnitHref();
  const units = useQuery(referenceQueries.units()).data;
  const end = useMemo(() => (units ? ending(unit, indexUnits(units)) : null), [units, unit]);
  if (!end || end.after.length === 0) return null;
  return (
    <p className="notice notice--ended">
      {t('overview.ended', { unit: `${t(`unit.type.${unit.type}`)} ${unit.name}`, date: formatPartialDate(lang, end.date) })}{' '}
      {end.after.map((u, i) => (
        <Fragment key={u.code}>
          {i > 0 ? ', ' : null}
          <Link href={unitHref(u.code)}>{`${t(`unit.type.${u.type}`)} ${u.name}`}</Link>
        </Fragment>
      ))}
    </p>
  );
}
