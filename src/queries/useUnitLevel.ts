// The chart level a unit belongs to, from the cached unit list: a profile charts its unit's own level.
import { useQuery } from '@tanstack/react-query';
import type { ChartLevel } from '../domain/lineage';
import { referenceQueries } from './index';

export function useUnitLevel(code: string | undefined): ChartLevel | undefined {
  const units = useQuery({ ...referenceQueries.units(), enabled: code !== undefined }).data;
  const level = code === undefined ? undefined : units?.find((u) => u.code === code)?.level;
  return level === 'district' || level === 'commune' ? level : undefined;
}
