// The failure and slowness the mock API can be told to produce, so they can be shown and tested
// without code changes: `?mock=error`, `?mock=slow:observations`, `?mock=error@2` (first 2 calls).
export const FAULTS = ['error', 'notfound', 'offline', 'malformed', 'invalid', 'empty', 'slow', 'duplicate-rank'] as const;
export type Fault = (typeof FAULTS)[number];
export const ENDPOINTS = ['units', 'indicators', 'sources', 'events', 'observations'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

export type Scenario = {
  fault: Fault | null;
  /** Only this endpoint misbehaves; null = all of them. */
  endpoint: Endpoint | null;
  /** Misbehave for this many calls, then answer normally; null = always. */
  times: number | null;
  latencyMs: number;
  /** How long "slow" takes: long enough to show the "still loading" notice. */
  slowMs: number;
};

const isFault = (s: string): s is Fault => (FAULTS as readonly string[]).includes(s);
const isEndpoint = (s: string): s is Endpoint => (ENDPOINTS as readonly string[]).includes(s);

/** Reads a `mock` switch value; anything it does not understand means "no fault". */
export function parseScenario(value: string | null): Pick<Scenario, 'fault' | 'endpoint' | 'times'> {
  const match = /^([a-z-]+)(?::([a-z]+))?(?:@(\d{1,3}))?$/.exec(value ?? '');
  if (!match || !isFault(match[1]!)) return { fault: null, endpoint: null, times: null };
  const endpoint = match[2] && isEndpoint(match[2]) ? match[2] : null;
  return { fault: match[1], endpoint, times: match[3] ? Number(match[3]) : null };
}

const initial: Scenario = { fault: null, endpoint: null, times: null, latencyMs: 0, slowMs: 10_000 };
let current: Scenario = { ...initial };

export const getScenario = (): Scenario => current;
export function setScenario(next: Partial<Scenario>): void {
  current = { ...current, ...next };
}
export function resetScenario(): void {
  current = { ...initial };
}

/** The fault to apply to this call of `endpoint`, counting down a limited scenario. */
export function takeFault(endpoint: Endpoint): Fault | null {
  const { fault, endpoint: only, times } = current;
  if (!fault || (only && only !== endpoint)) return null;
  if (times !== null) {
    if (times <= 0) return null;
    current = { ...current, times: times - 1 };
  }
  return fault;
}

/** Which data the mock serves: the seed, or `?dataset=nationwide` (~700 units × 10 years, all illustrative) to try the views at scale. */
export const DATASETS = ['seed', 'nationwide'] as const;
export type Dataset = (typeof DATASETS)[number];
export const parseDataset = (value: string | null): Dataset => (value === 'nationwide' ? 'nationwide' : 'seed');
