// Typed API failures: each says what went wrong in words a person can read.
import type { ErrorBody } from './contract';

export type ApiErrorKind = 'network' | 'http' | 'not-json' | 'invalid-payload' | 'aborted';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly endpoint: string;
  /** What the API's error body said: its code, the parameter it names, when a lockout ends. */
  readonly body: ErrorBody['error'] | null;

  constructor(kind: ApiErrorKind, endpoint: string, message: string, status: number | null = null, body: ErrorBody['error'] | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = status;
    this.body = body;
  }

  /** Worth asking again: the network or the server failed, not the request or the data. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
