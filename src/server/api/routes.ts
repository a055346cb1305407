// The API's six public routes as its OpenAPI document declares them, built from the contract's schemas:
// the app answers at these paths, and openapi.ts documents them.
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import {
  dataUpdateResponseSchema,
  errorBodySchema,
  eventsResponseSchema,
  indicatorsResponseSchema,
  observationsResponseSchema,
  sourcesResponseSchema,
  unitsResponseSchema,
} from '../../api/contract';
import { MONTH_OR_YEAR } from '../../api/observationQuery';

const text = { type: 'string' } as const;

const versionHeaders = {
  ETag: { description: 'W/"<data version>": the same for every answer made from the same data', schema: text },
  'X-Data-Version': { description: 'the data version the answer was made from', schema: text },
  'Cache-Control': { description: 'no-cache: an answer may be kept, but is revalidated (If-None-Match) before each use', schema: text },
};

const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'the ETag of an answer already held: 304 with no body when its data version is still current',
  schema: text,
} as const;

const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });

const answers = <S extends z.ZodType>(schema: S, description: string) => ({
  200: { ...json(schema, description), headers: versionHeaders },
  304: { description: 'Not modified: the data version named in If-None-Match is still current', headers: versionHeaders },
  500: json(errorBodySchema, 'the server failed'),
});

export const FORMER_COMMUNES = 'former_communes';

export const unitsRoute = {
  method: 'get',
  path: '/units',
  summary: 'Administrative units: the province, its district-level units, communes and wards, and Vietnam’s provinces',
  parameters: [
    ifNoneMatch,
    {
      name: FORMER_COMMUNES,
      in: 'query',
      required: false,
      description:
        '`exclude` leaves out the commune-level units that ended on 30 Jun 2025 (kept for lineage and old-name search; no figures are measured on them): the units a chart needs. `include` (the default) gives every unit.',
      schema: { type: 'string', enum: ['include', 'exclude'], default: 'include' },
    },
  ],
  responses: {
    ...answers(unitsResponseSchema, 'the units asked for'),
    400: json(errorBodySchema, 'invalid_parameter: former_communes is neither include nor exclude'),
  },
} satisfies RouteConfig;

export const indicatorsRoute = {
  method: 'get',
  path: '/indicators',
  summary: 'Indicators, each with the months its observations cover',
  parameters: [ifNoneMatch],
  responses: answers(indicatorsResponseSchema, 'every indicator'),
} satisfies RouteConfig;

export const sourcesRoute = {
  method: 'get',
  path: '/sources',
  summary: 'The sources that reported and derived figures name',
  parameters: [ifNoneMatch],
  responses: answers(sourcesResponseSchema, 'every source'),
} satisfies RouteConfig;

export const eventsRoute = {
  method: 'get',
  path: '/events',
  summary: 'Dated events and goals of units, drawn as annotations on their charts',
  parameters: [ifNoneMatch],
  responses: answers(eventsResponseSchema, 'every event'),
} satisfies RouteConfig;

export const dataVersionRoute = {
  method: 'get',
  path: '/data-version',
  summary: 'The current data version and the date its data last changed',
  parameters: [ifNoneMatch],
  responses: answers(dataUpdateResponseSchema, 'the current data version and its date'),
} satisfies RouteConfig;

const monthOrYear = { type: 'string', pattern: MONTH_OR_YEAR.source } as const;

// The query is declared here for the document only: zod does not check it, parseObservationSearch
// does (the client writes it with observationSearchParams), so it is read in one place.
export const observationsRoute = {
  method: 'get',
  path: '/observations',
  summary: 'Observations of indicators for units over periods',
  parameters: [
    { name: 'indicator', in: 'query', required: true, description: 'one or more indicator ids, comma-separated', schema: text },
    { name: 'units', in: 'query', required: false, description: 'unit codes, comma-separated; every unit when absent', schema: text },
    {
      name: 'from',
      in: 'query',
      required: false,
      description: 'inclusive: an observation whose whole period lies inside (2019 = Jan 2019)',
      schema: monthOrYear,
    },
    { name: 'to', in: 'query', required: false, description: 'inclusive (2021 = Dec 2021)', schema: monthOrYear },
    ifNoneMatch,
  ],
  responses: {
    ...answers(observationsResponseSchema, 'the observations asked for'),
    400: json(errorBodySchema, 'invalid_parameter: `parameter` names the one that is missing, unknown or malformed'),
  },
} satisfies RouteConfig;

export const routes = [unitsRoute, indicatorsRoute, sourcesRoute, eventsRoute, observationsRoute, dataVersionRoute];
