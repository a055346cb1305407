// How many failed sign-ins are let through before a lockout, per account and per address: enough
// for a person who mistypes, too few for a guessing machine (ASVS 2.2.1).
export const WINDOW_MS = 15 * 60_000;
export const ACCOUNT_LIMIT = 5;
/** Higher, since one office's computers may share an address behind its router. */
export const ADDRESS_LIMIT = 20;

type Failures = { account: Date[]; address: Date[] };

/**
 * When a sign-in may be tried again, or null when it may be now: once `limit` failures fall in the
 * window, until the oldest of them leaves it. Failures while locked are not counted, so the time
 * said stays true.
 */
export function lockedUntil(failures: Failures, now: Date): Date | null {
  const until = (times: Date[], limit: number) => {
    if (times.length < limit) return 0;
    const newestFirst = times.map((t) => t.getTime()).sort((a, b) => b - a);
    return newestFirst[limit - 1]! + WINDOW_MS;
  };
  const end = Math.max(until(failures.account, ACCOUNT_LIMIT), until(failures.address, ADDRESS_LIMIT));
  return end > now.getTime() ? new Date(end) : null;
}
