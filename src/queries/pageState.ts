// The data a server-drawn page carries for the app to take over (its dehydrated query cache), packed:
// a list of records with the same keys (observations, units) goes as columns, and a column whose
// values repeat (a unit's code, a period, a source, a quote) names each value once. A nationwide
// ranking's 14,000 observations are 2.9 MB as plain JSON: the page took that long to arrive, to
// parse and to keep. What is unpacked equals what was packed, value for value.

/** A list of records as columns: `keys` in the records' order, one column per key. */
type PackedRecords = { $records: number; keys: string[]; columns: Column[] };
/** A column's values in order, or its distinct values and, per record, which one it holds. */
type Column = { values: unknown[] } | { distinct: unknown[]; index: number[] };

/** Below this many records packing saves less than its own keys cost. */
const MIN_RECORDS = 8;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key telling values apart exactly as JSON does: 1 and "1" differ, equal objects are one. */
const identity = (value: unknown) => (typeof value === 'object' && value !== null ? `o${JSON.stringify(value)}` : `${typeof value}${String(value)}`);

function packColumn(values: unknown[]): Column {
  const positions = new Map<string, number>();
  const distinct: unknown[] = [];
  const index = values.map((value) => {
    const key = identity(value);
    let position = positions.get(key);
    if (position === undefined) {
      position = distinct.push(value) - 1;
      positions.set(key, position);
    }
    return position;
  });
  return distinct.length * 2 <= values.length ? { distinct, index } : { values };
}

/** Packs `data` when it is a list of records that all have the same keys; anything else is kept as it is. */
export function packPageData(data: unknown): unknown {
  if (!Array.isArray(data) || data.length < MIN_RECORDS || !data.every(isRecord)) return data;
  const keys = Object.keys(data[0]!);
  const shape = keys.join('\u0000');
  // An undefined value has no place in JSON: such a list is left to JSON's own rules.
  if (!data.every((record) => Object.keys(record).join('\u0000') === shape && !Object.values(record).includes(undefined))) return data;
  const packed: PackedRecords = { $records: data.length, keys, columns: keys.map((key) => packColumn(data.map((record) => record[key]))) };
  return packed;
}

const isPacked = (data: unknown): data is PackedRecords => isRecord(data) && typeof data.$records === 'number' && Array.isArray(data.columns);

/** Reverses packPageData; data that was not packed is returned as it is. */
export function unpackPageData(data: unknown): unknown {
  if (!isPacked(data)) return data;
  const cells = data.columns.map((column) => ('values' in column ? column.values : column.index.map((i) => column.distinct[i])));
  return Array.from({ length: data.$records }, (_, row) => Object.fromEntries(data.keys.map((key, k) => [key, cells[k]![row]])));
}
