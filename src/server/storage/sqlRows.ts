// An observations row as the API gives it: the period's two columns back into one period.
import type { Observation } from '../../api/contract';
import type { observations } from '../db/schema';

type ObservationRow = Pick<
  typeof observations.$inferSelect,
  'unitCode' | 'indicatorId' | 'periodStart' | 'periodEnd' | 'value' | 'rankedOf' | 'provenance' | 'sourceId' | 'quote' | 'note'
>;

export const observationOf = (o: ObservationRow): Observation => ({
  unitCode: o.unitCode,
  indicatorId: o.indicatorId,
  period: { start: o.periodStart, end: o.periodEnd },
  value: o.value,
  rankedOf: o.rankedOf,
  provenance: o.provenance,
  sourceId: o.sourceId,
  quote: o.quote,
  note: o.note,
});
