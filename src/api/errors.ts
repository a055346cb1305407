// Typed API failures: each says what went wrong in words a person can read.
export type ApiErrorKind = 'network' | 'http' | 'not-json' | 'invalid-payload' | 'aborted';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly endpoint: string;

  constructor(kind: ApiErrorKind, endpoint: string, message: string, status: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.endpoint = endpoint;
    this.status = status;
  }

  /** Worth asking again: the network or the server failed, not the request or the data. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
