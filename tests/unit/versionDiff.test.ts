// A version's changes against the one before: new, changed, same value from another source, an
// illustrative value replaced by a sourced one, removed; unchanged values left out.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/api/contract';
import { diffVersions } from '../../src/domain/versionDiff';

const value = (unitCode: string, v: number, provenance: Observation['provenance'] = 'reported', sourceId: string | null = 'a'): Observation => ({
  unitCode,
  indicatorId: 'investment_projects',
  period: { start: '2021-01', end: '2021-12' },
  value: v,
  rankedOf: null,
  provenance,
  sourceId,
  quote: null,
  note: null,
});

describe('diffVersions', () => {
  it('names every kind of change and leaves the unchanged out', () => {
    const before = [value('412', 5, 'illustrative', null), value('413', 3), value('414', 7), value('415', 1), value('416', 2)];
    const after = [value('412', 42), value('413', 4), value('414', 7, 'reported', 'b'), value('416', 2), value('417', 9)];
    expect(diffVersions(before, after).map((c) => [c.kind, (c.after ?? c.before)!.unitCode])).toEqual([
      ['replaces_illustrative', '412'],
      ['changed', '413'],
      ['source_changed', '414'],
      ['new', '417'],
      ['removed', '415'],
    ]);
  });

  it('an illustrative value recomputed to another illustrative one is changed, not replaced', () => {
    expect(diffVersions([value('412', 5, 'illustrative', null)], [value('412', 6, 'illustrative', null)]).map((c) => c.kind)).toEqual(['changed']);
  });
});
