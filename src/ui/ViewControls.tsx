// The controls every data view shares: which level (district-level units to 2024, communes and wards
// from 2025), which units, which years.
import { useMemo } from 'react';
import type { Unit } from '../api/contract';
import { carrySelection, formerDistricts, indexUnits, resolveLevel, type ChartLevel } from '../domain/lineage';
import { formerNamesIndex } from '../domain/unitSearch';
import { MAX_SELECTED, type ViewState } from '../domain/viewState';
import { useI18n } from '../i18n/I18nProvider';
import { Segmented } from './Segmented';
import { UnitPicker } from './UnitPicker';
import { YearRange } from './YearRange';

type Props = {
  units: readonly Unit[];
  years?: readonly number[];
  state: ViewState;
  update: (changes: Partial<ViewState>) => void;
  /**
   * A view that charts one level shows the selection as the units it stands for there (Thái Hòa as
   * the three units on its land); the overview keeps the units as chosen.
   */
  carry?: boolean;
  /** Called when the reader starts searching units: the view may then offer more to search (former names). */
  onSearch?: () => void;
};

const chartedAt = (units: readonly Unit[], level: ChartLevel) => units.filter((u) => u.level === level && (level === 'district' || u.validTo === null));

export function ViewControls({ units, years, state, update, carry = true, onSearch }: Props) {
  const { t } = useI18n();
  const level = resolveLevel(state.level, units);
  const { index, options, former, groupOf, names, twoLevels } = useMemo(() => {
    const index = indexUnits(units);
    const districtOf = formerDistricts(units);
    const position = new Map(units.map((u, i) => [u.code, i]));
    const label = (u: Unit) => (u.level === 'commune' ? `${t(`unit.type.${u.type}`)} ${u.name}` : u.name);
    // One group per former district, worded once: the picker asks for every commune's.
    const groups = new Map<string, { key: string; label: string; order: number }>();
    const group = (key: string, make: () => { key: string; label: string; order: number }) => groups.get(key) ?? groups.set(key, make()).get(key)!;
    return {
      index,
      options: chartedAt(units, level),
      former: formerNamesIndex(units, index),
      // Communes and wards are listed under the district whose land they are on: that is how people still find them.
      groupOf:
        level === 'commune'
          ? (u: Unit) => {
              const d = districtOf.get(u.code);
              return d
                ? group(d.code, () => ({
                    key: d.code,
                    label: t('picker.group.formerDistrict', { district: `${t(`unit.type.${d.type}`)} ${d.name}` }),
                    order: position.get(d.code)!,
                  }))
                : group(u.type, () => ({ key: u.type, label: t(`picker.group.${u.type}`), order: Number.MAX_SAFE_INTEGER }));
            }
          : undefined,
      names: new Map(units.filter((u) => u.level !== 'province').map((u) => [u.code, label(u)])),
      twoLevels: chartedAt(units, 'commune').length > 0 && chartedAt(units, 'district').length > 0,
    };
  }, [units, level, t]);
  const selected = carry ? carrySelection(state.units, level, units, index) : state.units;
  return (
    <div className="view-controls">
      {twoLevels ? (
        <Segmented
          label={t('level.label')}
          options={[
            { value: 'district', label: t('level.district') },
            { value: 'commune', label: t('level.commune') },
          ]}
          value={level}
          onChange={(next) => update({ level: next, from: null, to: null, year: null })}
        />
      ) : null}
      <UnitPicker
        units={options}
        selected={selected}
        onChange={(codes) => update({ units: codes })}
        maxSelected={MAX_SELECTED}
        groupOf={groupOf}
        former={former}
        names={names}
        onSearch={onSearch}
      />
      {years && years.length > 1 ? (
        <YearRange
          years={years}
          from={Math.min(Math.max(state.from ?? years[0]!, years[0]!), years.at(-1)!)}
          to={Math.max(Math.min(state.to ?? years.at(-1)!, years.at(-1)!), years[0]!)}
          onChange={({ from, to }) => update({ from: from === years[0] ? null : from, to: to === years.at(-1) ? null : to })}
        />
      ) : null}
    </div>
  );
}
