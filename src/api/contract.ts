// The HTTP contract: zod schemas that validate every response and give the app its types.
import { z } from 'zod';

// zod otherwise probes for `new Function` to speed up parsing, which the app's CSP forbids.
z.config({ jitless: true });

/** A calendar month, "YYYY-MM": the grain of every period. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
/** A date at the precision the source gives it: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const partialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const localizedSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });

export const periodSchema = z.object({ start: monthSchema, end: monthSchema }).refine((p) => p.start <= p.end, { message: 'period ends before it starts' });

export const provenanceSchema = z.enum(['reported', 'derived', 'illustrative']);

/** `ward` (phường), `commune` (xã) and `township` (thị trấn) are commune-level; the rest above them. */
export const unitTypeSchema = z.enum(['province', 'city', 'town', 'district', 'ward', 'commune', 'township']);

/** Where a unit sits: the province, the district level (abolished 1 Jul 2025) or the commune level. */
export const unitLevelSchema = z.enum(['province', 'district', 'commune']);

/**
 * One dated change of the map: the units before and after it. `merged_into`: the unit's whole
 * territory joined the one unit after; `formed_from`: the unit was formed from the units before;
 * `renamed`: the same territory under a new name or code; `divided_into`: the unit ended and its
 * territory now lies in the units after.
 */
export const lineageChangeSchema = z.object({
  /** The first day of the new state. */
  date: partialDateSchema,
  kind: z.enum(['merged_into', 'formed_from', 'renamed', 'divided_into']),
  before: z.array(z.string().min(1)).min(1),
  after: z.array(z.string().min(1)).min(1),
  sourceId: z.string().nullable(),
});

export const unitSchema = z.object({
  /** The GSO code; a unit that ended on 30 Jun 2025 and whose code a new unit took has "o" before it. */
  code: z.string().regex(/^o?\d{2,5}$/, 'expected a GSO code'),
  name: z.string().min(1),
  type: unitTypeSchema,
  level: unitLevelSchema,
  /** The unit above it while it existed (a former commune's district before 1 Dec 2024). */
  parentCode: z.string().nullable(),
  /** First and last day the unit existed; null = before or after what the data covers. */
  validFrom: partialDateSchema.nullable(),
  validTo: partialDateSchema.nullable(),
  /** The one unit that took over all its territory, when there is one; `lineage` says the rest. */
  successorCode: z.string().nullable(),
  /** The unit's changes, oldest first. */
  lineage: z.array(lineageChangeSchema),
});

export const indicatorKindSchema = z.enum(['rank', 'score', 'count', 'change']);

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: localizedSchema,
  description: localizedSchema,
  kind: indicatorKindSchema,
  higherIsBetter: z.boolean(),
  /** The unit of measure, as printed on an axis ("rank", "points", "projects"). */
  measure: localizedSchema,
  /**
   * Which level of unit the indicator is measured on: `district` = the units under the province,
   * district-level to 2024 and commune-level from 2025 (each observation's unit says which).
   */
  level: z.enum(['province', 'district']),
  /** The first and last month the data covers; null when there are no observations. */
  coverage: z.object({ start: monthSchema, end: monthSchema }).nullable(),
});

export const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: partialDateSchema.nullable(),
  url: z.string().url().nullable(),
  /** What is not certain about the source: a title read from its address, a date only implied. Optional
   * on input: sources published before it existed (and editors' sources) have none. */
  note: localizedSchema.nullable().default(null),
});

export const observationSchema = z
  .object({
    unitCode: z.string().min(1),
    indicatorId: z.string().min(1),
    period: periodSchema,
    value: z.number().finite(),
    /** For ranks: how many units were ranked ("9 of 21"). */
    rankedOf: z.number().int().positive().nullable(),
    provenance: provenanceSchema,
    sourceId: z.string().nullable(),
    /** The source's own words for a reported figure, untranslated. */
    quote: z.string().nullable(),
    /** How a derived value was computed, or a caveat on the figure. */
    note: localizedSchema.nullable(),
  })
  .refine((o) => o.provenance === 'illustrative' || o.sourceId !== null, {
    message: 'a reported or derived value must name its source',
    path: ['sourceId'],
  })
  .refine((o) => o.rankedOf === null || (Number.isInteger(o.value) && o.value >= 1 && o.value <= o.rankedOf), {
    message: 'a rank must be a whole number from 1 to the number of units ranked',
    path: ['value'],
  });

/** Something that happened to a unit, or a goal it set: drawn as an annotation on its charts. */
export const unitEventSchema = z.object({
  unitCode: z.string().min(1),
  date: partialDateSchema,
  kind: z.enum(['event', 'goal', 'boundary']),
  title: localizedSchema,
  sourceId: z.string().nullable(),
});

/**
 * When the data served last changed, for readers ("Data updated: …"). `published`: the day, in
 * Vietnam's time, an editor published (or restored) the current data version. `newest-source`: the
 * data first loaded, which no one published here: it is as recent as its newest dated source, and
 * `date` is that source's date at the precision it gives (null when no source is dated).
 */
export const dataUpdateSchema = z
  .object({
    /** The data version, as X-Data-Version names it. */
    version: z.string().min(1),
    basis: z.enum(['published', 'newest-source']),
    date: partialDateSchema.nullable(),
  })
  .refine((u) => u.basis !== 'published' || u.date?.length === 10, { message: 'a publication is dated to the day', path: ['date'] });

const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

export const unitsResponseSchema = list(unitSchema);
export const indicatorsResponseSchema = list(indicatorSchema);
export const sourcesResponseSchema = list(sourceSchema);
export const observationsResponseSchema = list(observationSchema);
export const eventsResponseSchema = list(unitEventSchema);
export const dataUpdateResponseSchema = z.object({ data: dataUpdateSchema });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid_parameter',
      'invalid_body',
      'unauthorized',
      'forbidden',
      /** Signing in to an account whose access an admin has taken away. */
      'disabled',
      'locked',
      'conflict',
      'not_found',
      'payload_too_large',
      'not_available',
      'internal',
    ]),
    message: z.string(),
    parameter: z.string().optional(),
    /** For `locked`: when a sign-in may be tried again (ISO 8601). */
    retryAt: z.string().optional(),
  }),
});

export type Month = z.infer<typeof monthSchema>;
export type Localized = z.infer<typeof localizedSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type UnitType = z.infer<typeof unitTypeSchema>;
export type UnitLevel = z.infer<typeof unitLevelSchema>;
export type LineageChange = z.infer<typeof lineageChangeSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type UnitEvent = z.infer<typeof unitEventSchema>;
export type DataUpdate = z.infer<typeof dataUpdateSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** What the observations endpoint can be asked; every field but `indicators` is optional. */
export type ObservationQuery = {
  indicators: readonly string[];
  units?: readonly string[];
  /** Inclusive bounds, "YYYY" or "YYYY-MM": an observation is returned when its period lies inside. */
  from?: string;
  to?: string;
};
