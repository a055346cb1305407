// When the data last changed, as readers are told it ("Data updated: …"): worked out alike by the
// memory and SQL storages from the current version's publication, or, for the data first loaded,
// from its sources.
import type { DataUpdate, Source } from '../../api/contract';

/** Vietnam keeps UTC+7 all year (no daylight saving): the province's own calendar day. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day of an instant in Vietnam, "YYYY-MM-DD", whatever the server's time zone. */
export const dayInVietnam = (at: Date): string => new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

/**
 * The newest of the sources' dates, at its own precision. Partial dates compare as text: "2025"
 * after "2024-09"; of "2023" and "2023-04-18", the more precise.
 */
export function newestSourceDate(sources: readonly Pick<Source, 'published'>[]): string | null {
  return sources.reduce<string | null>((newest, s) => (s.published !== null && (newest === null || s.published > newest) ? s.published : newest), null);
}

/**
 * A version an editor published (or restored) is dated by that publication. The data first loaded
 * was published by no one here, and the day it was loaded (a build, a first start) says nothing
 * about how recent its figures are: it is dated by its newest source instead, and says so.
 */
export function dataUpdateOf(version: string, publishedAt: Date | null, sources: readonly Pick<Source, 'published'>[]): DataUpdate {
  return publishedAt ? { version, basis: 'published', date: dayInVietnam(publishedAt) } : { version, basis: 'newest-source', date: newestSourceDate(sources) };
}
