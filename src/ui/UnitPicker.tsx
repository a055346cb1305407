// Choose units: a combobox that filters as you type (ignoring diacritics and case, and by former
// names too) over a multi-select listbox in groups, with chips for the chosen, select all/none and a count.
// Keyboard: ↓/↑ move, Enter or Space toggles, Esc closes, Tab leaves (WAI-ARIA combobox pattern).
import { useLiveControl } from './useHydrated';
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Unit } from '../api/contract';
import { searchUnits, type FormerMatch } from '../domain/unitSearch';
import { LOCALE } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  units: readonly Unit[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  /** "Select all" is offered only while all fit in one selection. */
  maxSelected: number;
  /** The group a unit is listed under, and the groups' order; by type when absent. */
  groupOf?: (unit: Unit) => { key: string; label: string; order: number };
  /** Names a unit no longer has, by unit code: a query may match them ("formerly …"). */
  former?: ReadonlyMap<string, readonly FormerMatch[]>;
  /** Names of chosen units that are not among the options (chosen at the other level). */
  names?: ReadonlyMap<string, string>;
  /** Called when the reader enters the search field. */
  onSearch?: () => void;
};

/** District-level units by type; the province has its own indicators. */
const TYPE_ORDER = ['city', 'town', 'district', 'ward', 'commune'] as const;
const NO_FORMER: ReadonlyMap<string, readonly FormerMatch[]> = new Map();

export function UnitPicker({ units, selected, onChange, maxSelected, groupOf, former = NO_FORMER, names, onSearch }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const live = useLiveControl();
  const rootRef = useRef<HTMLDivElement>(null);
  const ready = useOptionsReady();

  const collator = useMemo(() => new Intl.Collator(LOCALE[lang]), [lang]);
  const groups = useMemo(() => {
    const byGroup = new Map<string, { key: string; label: string; order: number; units: Unit[] }>();
    const reason = new Map<string, FormerMatch>();
    for (const { unit, former: match } of searchUnits(units, query, former)) {
      const group = groupOf
        ? groupOf(unit)
        : { key: unit.type, label: t(`picker.group.${unit.type}`), order: TYPE_ORDER.indexOf(unit.type as (typeof TYPE_ORDER)[number]) };
      if (!byGroup.has(group.key)) byGroup.set(group.key, { ...group, units: [] });
      byGroup.get(group.key)!.units.push(unit);
      if (match) reason.set(unit.code, match);
    }
    // Wards before communes within a group, then by name.
    const typeRank = (u: Unit) => TYPE_ORDER.indexOf(u.type as (typeof TYPE_ORDER)[number]);
    const sorted = [...byGroup.values()].sort((a, b) => a.order - b.order || collator.compare(a.label, b.label));
    for (const g of sorted) g.units.sort((a, b) => typeRank(a) - typeRank(b) || collator.compare(a.name, b.name));
    return { list: sorted, reason };
  }, [units, query, collator, groupOf, former, t]);
  const options = groups.list.flatMap((g) => g.units);
  const chosen = new Set(selected);
  const nameOf = new Map([...(names ?? []), ...units.map((u) => [u.code, optionLabel(u)] as const)]);
  const optionId = (code: string) => `${id}-option-${code}`;
  const activeOption = options[Math.min(active, options.length - 1)];

  // A commune-level name says which it is (Phường Vinh Lộc, Xã Vinh Lộc may both exist); district names stay bare, as before.
  function optionLabel(u: Unit): string {
    return u.level === 'commune' ? `${t(`unit.type.${u.type}`)} ${u.name}` : u.name;
  }
  function formerText({ unit, relation }: FormerMatch): string {
    return t(relation === 'formed_from' ? 'picker.formerly' : 'picker.formerlyWithin', { unit: `${t(`unit.type.${unit.type}`)} ${unit.name}` });
  }

  const toggle = (code: string) => onChange(chosen.has(code) ? selected.filter((c) => c !== code) : [...selected, code]);
  const pickClicked = (event: MouseEvent<HTMLDivElement>) => {
    const code = (event.target as Element).closest<HTMLElement>('[role="option"]')?.dataset.code;
    if (code === undefined) return;
    toggle(code);
    setActive(options.findIndex((u) => u.code === code));
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((i) => Math.min(i + 1, options.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        if (open && activeOption) {
          event.preventDefault();
          toggle(activeOption.code);
        }
        break;
      case ' ':
        // Space types a space in the search unless an option is being chosen with the arrows.
        if (open && activeOption && query === '') {
          event.preventDefault();
          toggle(activeOption.code);
        }
        break;
      case 'Escape':
        if (open) setOpen(false);
        else setQuery('');
        break;
    }
  };

  return (
    <div
      className="unit-picker"
      ref={rootRef}
      onBlur={(e) => {
        if (!rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <div className="unit-picker__header">
        <label htmlFor={`${id}-input`} id={`${id}-label`} className="unit-picker__label">
          {t('picker.label')}
        </label>
        <span className="unit-picker__count" aria-live="polite">
          {t('picker.count', { n: selected.length, total: units.length })}
        </span>
        {units.length <= maxSelected ? (
          <button type="button" className="link-button" onClick={() => onChange(units.map((u) => u.code))} {...live}>
            {t('picker.all')}
          </button>
        ) : null}
        <button type="button" className="link-button" onClick={() => onChange([])} {...live}>
          {t('picker.none')}
        </button>
      </div>
      {selected.length > 0 ? (
        <ul className="unit-picker__chips" aria-label={t('picker.chosen')}>
          {selected.map((code) => (
            <li key={code}>
              <button type="button" className="chip" {...live} onClick={() => toggle(code)} aria-label={t('picker.remove', { unit: nameOf.get(code) ?? code })}>
                {nameOf.get(code) ?? code} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="unit-picker__field">
        <input
          ref={inputRef}
          {...live}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={open && activeOption ? optionId(activeOption.code) : undefined}
          placeholder={t('picker.placeholder')}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onFocus={onSearch}
          onKeyDown={onKeyDown}
        />
        {/* One click handler for every option: they stay mounted, and a render that changes one option redraws only it. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus */}
        <div
          id={`${id}-listbox`}
          role="listbox"
          aria-multiselectable="true"
          aria-labelledby={`${id}-label`}
          className="unit-picker__listbox"
          hidden={!open}
          onMouseDown={(e) => e.preventDefault()}
          onClick={pickClicked}
        >
          {!open && !ready ? null : options.length === 0 ? (
            <p className="unit-picker__empty">{t('picker.noMatch', { query })}</p>
          ) : (
            groups.list.map((group) => (
              <div key={group.key} role="group" aria-labelledby={`${id}-group-${group.key}`}>
                <div id={`${id}-group-${group.key}`} role="presentation" className="unit-picker__group">
                  {group.label}
                </div>
                {group.units.map((u) => (
                  <PickerOption
                    key={u.code}
                    id={optionId(u.code)}
                    code={u.code}
                    label={optionLabel(u)}
                    former={groups.reason.has(u.code) ? formerText(groups.reason.get(u.code)!) : null}
                    selected={chosen.has(u.code)}
                    active={activeOption?.code === u.code}
                  />
                ))}
              </div>
            ))
          )}
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open ? t('picker.results', { count: options.length }) : ''}
      </p>
    </div>
  );
}

type OptionProps = { id: string; code: string; label: string; former: string | null; selected: boolean; active: boolean };

/** The combobox pattern: focus stays in the input (aria-activedescendant), whose keys choose options; clicks reach the listbox. */
const PickerOption = memo(function PickerOption({ id, code, label, former, selected, active }: OptionProps) {
  return (
    <div id={id} data-code={code} role="option" aria-selected={selected} className={`unit-picker__option${active ? ' is-active' : ''}`}>
      <span className="unit-picker__check" aria-hidden="true">
        {selected ? '✓' : ''}
      </span>
      {label}
      {former ? <span className="unit-picker__former"> {former}</span> : null}
    </div>
  );
});

/**
 * False until the browser is first idle after the picker appears. Until then the options are
 * rendered only while the list is open; from then on they stay mounted (hidden while closed), so
 * that opening the list is a style change, not a render of every unit.
 */
function useOptionsReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!('requestIdleCallback' in window)) {
      const timer = setTimeout(() => setReady(true), 200);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setReady(true), { timeout: 2_000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  return ready;
}
