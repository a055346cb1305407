// A table column header that sorts by its column: a button inside <th>, with aria-sort.
import { useLiveControl } from './useHydrated';
import type { ReactNode } from 'react';

type Props<C extends string> = {
  column: C;
  sort: { column: C; direction: 'ascending' | 'descending' };
  onSort: (sort: { column: C; direction: 'ascending' | 'descending' }) => void;
  children: ReactNode;
  numeric?: boolean;
};

export function SortableHeader<C extends string>({ column, sort, onSort, children, numeric = false }: Props<C>) {
  const active = sort.column === column;
  const live = useLiveControl();
  const next = active && sort.direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={numeric ? 'numeric' : undefined}>
      <button type="button" className="sort-button" {...live} onClick={() => onSort({ column, direction: next })}>
        {children}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
