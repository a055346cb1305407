// What a data version changed against the one before it: the import preview's comparison (new,
// changed, same value from another source, an illustrative value replaced) over the whole data,
// plus what the version no longer holds. Computed once here for the API's History answer.
import type { Observation } from '../api/contract';
import { diffObservations, type ChangeKind } from './importTable';
import { observationKey } from './publication';

export type VersionChangeKind = Exclude<ChangeKind, 'unchanged'> | 'removed';
export type VersionChange = { kind: VersionChangeKind; before: Observation | null; after: Observation | null };

export function diffVersions(before: readonly Observation[], after: readonly Observation[]): VersionChange[] {
  const changed = diffObservations(before, after).flatMap((c) => (c.kind === 'unchanged' ? [] : [{ kind: c.kind, before: c.before, after: c.after }]));
  const kept = new Set(after.map(observationKey));
  const removed = before.filter((o) => !kept.has(observationKey(o))).map((o) => ({ kind: 'removed' as const, before: o, after: null }));
  return [...changed, ...removed];
}
