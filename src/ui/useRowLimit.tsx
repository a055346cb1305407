// Long tables (hundreds of units at national scale) show their first rows and the chosen units,
// with a button for the rest: rendering 700 rows on every click would make the page sluggish.
import { useLiveControl } from './useHydrated';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export const ROW_LIMIT = 50;

export function useRowLimit<T>(rows: readonly T[], keep: (row: T) => boolean, limit = ROW_LIMIT): { visible: readonly T[]; toggle: ReactNode } {
  const { t } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const live = useLiveControl();
  if (rows.length <= limit) return { visible: rows, toggle: null };
  return {
    visible: showAll ? rows : rows.filter((row, i) => i < limit || keep(row)),
    toggle: (
      <button type="button" className="link-button table-toggle" {...live} onClick={() => setShowAll((v) => !v)}>
        {showAll ? t('table.showFirst', { count: limit }) : t('table.showAll', { count: rows.length })}
      </button>
    ),
  };
}
