// The 2025 reform in the seed: the 130 communes and wards, the 412 units they were formed from,
// every unit's lineage against its dates, the 34 provinces, and what is illustrative.
import { describe, expect, it } from 'vitest';
import { unitSchema, type Unit } from '../../src/api/contract';
import { seed } from '../../mocks/seed';
import { existedAtEndOf } from '../../mocks/seed/units';
import { expectTrueRanking } from '../rankingInvariant';

const byCode = new Map(seed.units.map((u) => [u.code, u]));
const current = seed.units.filter((u) => u.level === 'commune' && u.validTo === null);
const former = seed.units.filter((u) => u.level === 'commune' && u.validTo !== null);
const names = (codes: readonly string[]) => codes.map((c) => byCode.get(c)?.name).sort();
const dayAfter = (date: string) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
};

describe('the communes and wards of 1 Jul 2025', () => {
  it('are 130: 119 communes (xã) and 11 wards (phường), each under the province', () => {
    expect(current).toHaveLength(130);
    expect(current.filter((u) => u.type === 'commune')).toHaveLength(119);
    expect(current.filter((u) => u.type === 'ward')).toHaveLength(11);
    for (const u of current) expect(u).toMatchObject({ parentCode: '40', validFrom: '2025-07-01' });
  });

  it('replace 412 units (362 communes, 33 wards, 17 townships), each merged into exactly one of them', () => {
    expect(former).toHaveLength(412);
    expect(former.filter((u) => u.type === 'commune')).toHaveLength(362);
    expect(former.filter((u) => u.type === 'ward')).toHaveLength(33);
    expect(former.filter((u) => u.type === 'township')).toHaveLength(17);
    const formedFrom = current.flatMap((u) => u.lineage.filter((c) => c.kind === 'formed_from').flatMap((c) => c.before));
    expect(formedFrom.sort()).toEqual(former.map((u) => u.code).sort());
    for (const u of former) {
      const [merger, ...rest] = u.lineage;
      expect(rest).toHaveLength(0);
      expect(merger).toMatchObject({ kind: 'merged_into', date: '2025-07-01', before: [u.code] });
      expect(merger!.after).toHaveLength(1);
      expect(byCode.get(merger!.after[0]!)?.lineage[0]?.before).toContain(u.code);
      expect(u.successorCode).toBe(merger!.after[0]);
    }
  });

  it('say what each was formed from: Phường Vinh Lộc from Hưng Lộc (Vinh) and four Nghi Lộc communes', () => {
    const vinhLoc = byCode.get('16708')!;
    expect(vinhLoc).toMatchObject({ name: 'Vinh Lộc', type: 'ward' });
    const before = vinhLoc.lineage[0]!.before;
    expect(names(before)).toEqual(['Hưng Lộc', 'Nghi Phong', 'Nghi Thái', 'Nghi Xuân', 'Phúc Thọ'].sort());
    expect(before.map((c) => byCode.get(c)!.parentCode).sort()).toEqual(['412', '429', '429', '429', '429']);
  });

  it('keep names in NFC, as the files give them', () => {
    for (const u of seed.units) expect(u.name).toBe(u.name.normalize('NFC'));
  });
});

describe('every unit’s lineage', () => {
  it('passes the contract and names only units in the data', () => {
    for (const u of seed.units) {
      expect(unitSchema.safeParse(u).success, u.code).toBe(true);
      for (const change of u.lineage) for (const code of [...change.before, ...change.after]) expect(byCode.has(code), `${u.code} → ${code}`).toBe(true);
    }
  });

  it('agrees with the unit’s dates: an ending change the day after its last day, a forming change on its first', () => {
    const checked = seed.units.filter((u) => u.lineage.length > 0);
    expect(checked.length).toBeGreaterThan(130 + 412 + 21);
    for (const u of checked as Unit[]) {
      for (const change of u.lineage) {
        if (change.kind === 'formed_from') expect(change.date, u.code).toBe(u.validFrom);
        if (change.kind === 'merged_into' || change.kind === 'divided_into') {
          expect(change.date, u.code).toBe(dayAfter(u.validTo!));
          for (const code of change.after) {
            const next = byCode.get(code)!;
            expect(next.validFrom === null || next.validFrom <= change.date, `${u.code} → ${code}`).toBe(true);
            expect(next.validTo === null || next.validTo >= change.date, `${u.code} → ${code}`).toBe(true);
          }
        }
      }
    }
  });

  it('gives each district that lasted to 30 Jun 2025 the new units on its land, all 130 once; Thái Hòa three', () => {
    const districts = seed.units.filter((u) => u.level === 'district' && u.validTo === '2025-06-30');
    expect(districts).toHaveLength(20);
    const after = districts.flatMap((d) => d.lineage.filter((c) => c.kind === 'divided_into').flatMap((c) => c.after));
    expect(after.sort()).toEqual(current.map((u) => u.code).sort());
    expect(byCode.get('414')!.lineage.find((c) => c.kind === 'divided_into')!.after).toHaveLength(3);
  });

  it('takes Cửa Lò into Vinh on 1 Dec 2024, and its seven wards into Phường Cửa Lò on 1 Jul 2025', () => {
    expect(byCode.get('413')!.lineage).toEqual([{ date: '2024-12-01', kind: 'merged_into', before: ['413'], after: ['412'], sourceId: expect.any(String) }]);
    const wards = former.filter((u) => u.parentCode === '413');
    expect(wards).toHaveLength(7);
    expect(new Set(wards.map((u) => byCode.get(u.successorCode!)!.name))).toEqual(new Set(['Cửa Lò']));
  });
});

describe('the provinces', () => {
  const provinces = seed.units.filter((u) => u.level === 'province');
  it('are 63 at the end of 2024 and 34 at the end of 2025', () => {
    expect(provinces.filter((u) => existedAtEndOf(u, 2024))).toHaveLength(63);
    expect(provinces.filter((u) => existedAtEndOf(u, 2025))).toHaveLength(34);
  });

  it('have no rank for Nghệ An among the 34 in 2025: not published, so not invented', () => {
    expect(seed.observations.filter((o) => o.indicatorId === 'province_par_rank' && o.period.start >= '2025')).toHaveLength(0);
  });
});

describe('the communes’ figures since the reform', () => {
  const of2025 = (id: string) => seed.observations.filter((o) => o.indicatorId === id && o.period.start === '2025-01' && o.period.end === '2025-12');

  it('rank all 130 in 2025, a permutation of 1..130 “of 130”, every value illustrative', () => {
    const ranks = of2025('par_rank');
    expectTrueRanking(
      ranks,
      current.map((u) => u.code),
    );
    for (const o of ranks) expect(o.provenance).toBe('illustrative');
  });

  it('give scores that fall as rank worsens, illustrative', () => {
    const rank = new Map(of2025('par_rank').map((o) => [o.unitCode, o.value]));
    const scores = of2025('par_score').sort((a, b) => rank.get(a.unitCode)! - rank.get(b.unitCode)!);
    expect(scores).toHaveLength(130);
    for (let i = 1; i < scores.length; i++) expect(scores[i]!.value).toBeLessThan(scores[i - 1]!.value);
    for (const o of scores) expect(o.provenance).toBe('illustrative');
  });

  it('count investment projects per commune for Jul–Dec 2025 and Jan–Oct 2026, all illustrative', () => {
    const codes = new Set(current.map((u) => u.code));
    const projects = seed.observations.filter((o) => o.indicatorId === 'investment_projects' && codes.has(o.unitCode));
    expect(projects).toHaveLength(260);
    for (const o of projects) expect(o).toMatchObject({ provenance: 'illustrative', sourceId: null });
    expect(new Set(projects.map((o) => `${o.period.start}–${o.period.end}`))).toEqual(new Set(['2025-07–2025-12', '2026-01–2026-10']));
  });

  it('leave every reported figure as it was: none on a commune, none after 2024', () => {
    const reported = seed.observations.filter((o) => o.provenance !== 'illustrative');
    for (const o of reported) expect(byCode.get(o.unitCode)!.level === 'commune' || o.period.end > '2024-12', `${o.unitCode} ${o.indicatorId}`).toBe(false);
  });
});
