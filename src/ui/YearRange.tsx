// A from–to year range, limited to the years the data has.
import { useLiveControl } from './useHydrated';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  years: readonly number[];
  from: number;
  to: number;
  onChange: (range: { from: number; to: number }) => void;
};

export function YearRange({ years, from, to, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const live = useLiveControl();
  return (
    <fieldset className="year-range">
      <legend>{t('range.label')}</legend>
      <label htmlFor={`${id}-from`}>{t('range.from')}</label>
      <select id={`${id}-from`} {...live} value={from} onChange={(e) => onChange({ from: Number(e.target.value), to: Math.max(to, Number(e.target.value)) })}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-to`}>{t('range.to')}</label>
      <select id={`${id}-to`} {...live} value={to} onChange={(e) => onChange({ from: Math.min(from, Number(e.target.value)), to: Number(e.target.value) })}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
