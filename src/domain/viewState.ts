// What a screen shows, as it lives in the URL: parsed tolerantly (anything invalid is dropped and
// reported), serialised minimally (defaults are left out), so that a link restores the same screen.
import { CHART_LEVELS, levelOfYear, type ChartLevel } from './lineage';
import { DEFAULT_UNIT_CODE } from './units';

export const METRICS = ['rank', 'score'] as const;
export const MODES = ['chart', 'table'] as const;
export const MEASURES = ['period', 'cumulative'] as const;

export type ViewState = {
  /** Selected unit codes, in the order they were chosen (it sets their colours). */
  units: string[];
  /** Which units the views chart: district-level (2019–2024) or communes and wards (2025–); null = the current ones. */
  level: ChartLevel | null;
  metric: (typeof METRICS)[number];
  mode: (typeof MODES)[number];
  measure: (typeof MEASURES)[number];
  /** The ranking table's year; null = the default year. */
  year: number | null;
  /** Year range shown; null = all years the data has. */
  from: number | null;
  to: number | null;
  /** Presentation: the slide shown (1-based), and seconds between slides when it runs by itself. */
  slide: number | null;
  auto: number | null;
};

export const DEFAULT_VIEW_STATE: ViewState = {
  units: [DEFAULT_UNIT_CODE],
  level: null,
  metric: 'rank',
  mode: 'chart',
  measure: 'period',
  year: null,
  from: null,
  to: null,
  slide: null,
  auto: null,
};

/** What the data allows: the URL is checked against it once it has loaded. */
export type ViewStateLimits = {
  /** The units a view can chart, with the level each is charted at. */
  unitLevels: ReadonlyMap<string, ChartLevel>;
  years: readonly number[];
};

/** A value from the URL that was not understood, reported to the reader. */
export type DroppedParam = { param: string; value: string };

export const MAX_SELECTED = 40;

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | null =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;

export function parseViewState(params: URLSearchParams, limits: ViewStateLimits | null): { state: ViewState; dropped: DroppedParam[] } {
  const dropped: DroppedParam[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE };

  const units = params.get('units');
  if (units !== null) {
    const codes = units
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const valid = codes.filter((c) => /^\d{2,5}$/.test(c) && (!limits || limits.unitLevels.has(c)));
    const unique = [...new Set(valid)];
    for (const c of codes) if (!valid.includes(c)) dropped.push({ param: 'units', value: c });
    for (const c of unique.slice(MAX_SELECTED)) dropped.push({ param: 'units', value: c });
    state.units = unique.slice(0, MAX_SELECTED);
  }

  const enumParam = <K extends 'metric' | 'mode' | 'measure'>(key: K, options: readonly ViewState[K][]) => {
    const raw = params.get(key);
    if (raw === null) return;
    const value = oneOf(options, raw);
    if (value === null) dropped.push({ param: key, value: raw });
    else state[key] = value;
  };
  const level = params.get('level');
  if (level !== null) {
    const value = oneOf(CHART_LEVELS, level);
    if (value === null) dropped.push({ param: 'level', value: level });
    else state.level = value;
  }
  enumParam('metric', METRICS);
  enumParam('mode', MODES);
  enumParam('measure', MEASURES);

  const yearParam = (key: 'year' | 'from' | 'to') => {
    const raw = params.get(key);
    if (raw === null) return;
    const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    const known = limits ? limits.years.includes(year) : Number.isFinite(year);
    if (!known) dropped.push({ param: key, value: raw });
    else state[key] = year;
  };
  yearParam('year');
  yearParam('from');
  yearParam('to');
  const boundedInt = (key: 'slide' | 'auto', min: number, max: number) => {
    const raw = params.get(key);
    if (raw === null) return;
    const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (n >= min && n <= max) state[key] = n;
    else dropped.push({ param: key, value: raw });
  };
  boundedInt('slide', 1, 99);
  boundedInt('auto', 5, 3600);
  if (state.from !== null && state.to !== null && state.from > state.to) {
    dropped.push({ param: 'to', value: String(state.to) });
    state.to = null;
  }
  return { state, dropped };
}

/**
 * The level a link without one meant. Links made before the reform name district-level units and
 * years up to 2024; opened at the current communes they would show none of what they were shared
 * for. So the first unit named decides, else the last year named; a link naming neither shows the
 * current units. (Kept out of parsing: a state without a level must survive a round trip.)
 */
export function impliedLevel(state: ViewState, params: URLSearchParams, unitLevels: ReadonlyMap<string, ChartLevel>): ChartLevel | null {
  if (state.level !== null) return state.level;
  const named = params.has('units') ? state.units.map((code) => unitLevels.get(code)).find((level) => level !== undefined) : undefined;
  if (named) return named;
  const year = state.to ?? state.year ?? state.from;
  return year === null ? null : levelOfYear(year);
}

/** The state's query parameters; defaults are left out so that links stay short. */
export function serialiseViewState(state: ViewState): Record<string, string | null> {
  const isDefaultUnits = state.units.length === 1 && state.units[0] === DEFAULT_VIEW_STATE.units[0];
  return {
    units: isDefaultUnits ? null : state.units.join(','),
    level: state.level,
    metric: state.metric === DEFAULT_VIEW_STATE.metric ? null : state.metric,
    mode: state.mode === DEFAULT_VIEW_STATE.mode ? null : state.mode,
    measure: state.measure === DEFAULT_VIEW_STATE.measure ? null : state.measure,
    year: state.year === null ? null : String(state.year),
    from: state.from === null ? null : String(state.from),
    to: state.to === null ? null : String(state.to),
    slide: state.slide === null ? null : String(state.slide),
    auto: state.auto === null ? null : String(state.auto),
  };
}
