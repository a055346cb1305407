// Property tests: whatever the API sends, the client either returns contract-valid data or a
// typed ApiError; and any contract-valid data goes through every transform without throwing.
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { observationSchema, type Observation } from '../../src/api/contract';
import { ApiError } from '../../src/api/errors';
import { cumulativeSeries, periodColumns } from '../../src/domain/investment';
import { rankKpi, seriesOf } from '../../src/domain/observations';
import { duplicateRanks, pathPoints, rankPaths, rankTable, rankedYears, summarisePath } from '../../src/domain/ranking';
import { server } from '../../mocks/node';

const month = fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

const observation: fc.Arbitrary<Observation> = fc
  .record({
    unitCode: fc.constantFrom('412', '413', '414', '425'),
    indicatorId: fc.constantFrom('par_rank', 'par_score', 'investment_projects', 'investment_projects_cumulative'),
    start: month,
    end: month,
    value: fc.integer({ min: 1, max: 30 }),
    rankedOf: fc.option(fc.integer({ min: 30, max: 40 }), { nil: null }),
    provenance: fc.constantFrom('reported', 'derived', 'illustrative'),
  })
  .map(({ start, end, provenance, ...o }) => ({
    ...o,
    period: start <= end ? { start, end } : { start: end, end: start },
    provenance,
    sourceId: provenance === 'illustrative' ? null : 'src',
    quote: null,
    note: null,
  }))
  .filter((o) => observationSchema.safeParse(o).success);

describe('whatever the API answers', () => {
  it('the client returns valid data or a typed ApiError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        server.use(http.get('*/api/observations', () => HttpResponse.json(body as never)));
        try {
          const data = await api.observations({ indicators: ['par_rank'] });
          for (const o of data) expect(observationSchema.safeParse(o).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every transform takes any contract-valid observations without throwing', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 60 }), (observations) => {
        const ranks = observations.filter((o) => o.indicatorId === 'par_rank');
        const scores = observations.filter((o) => o.indicatorId === 'par_score');
        const paths = rankPaths(ranks, scores);
        const years = rankedYears(ranks);
        for (const y of years) rankTable(paths, y, new Map(), { column: 'change', direction: 'descending' }, 'vi-VN');
        for (const [code, path] of paths) {
          summarisePath(code, path, years);
          pathPoints(path, 'score');
          rankKpi(seriesOf(observations, code, 'par_rank'));
        }
        duplicateRanks(ranks);
        periodColumns(observations);
        cumulativeSeries(observations);
      }),
    );
  });
});
