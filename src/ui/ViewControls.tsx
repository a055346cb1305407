// The controls every data view shares: which units, which years.
import type { Unit } from '../api/contract';
import { MAX_SELECTED, type ViewState } from '../domain/viewState';
import { UnitPicker } from './UnitPicker';
import { YearRange } from './YearRange';

type Props = {
  units: readonly Unit[];
  years?: readonly number[];
  state: ViewState;
  update: (changes: Partial<ViewState>) => void;
};

export function ViewControls({ units, years, state, update }: Props) {
  const districtLevel = units.filter((u) => u.level === 'district');
  return (
    <div className="view-controls">
      <UnitPicker units={districtLevel} selected={state.units} onChange={(codes) => update({ units: codes })} maxSelected={MAX_SELECTED} />
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
