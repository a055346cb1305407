// Sessions as the API app sees them: the cookie that carries a session's id, its lifetimes, the
// origin check every state-changing request passes, and the role a route needs.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ErrorBody } from '../../api/contract';
import type { Role } from '../../api/accounts';
import type { Account, AccountStore } from './accountStore';

/** A session ends after this long without a request… */
export const IDLE_MS = 30 * 60_000;
/** …and this long after sign-in, whatever the activity. */
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** Activity is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export type SignedIn = { account: Account; idHash: string; expiresAt: Date };

/** What the host gives the API app with each request, and what its middleware leaves for routes. */
export type ApiEnv = {
  Bindings: { clientAddress?: string } | undefined;
  Variables: { signedIn: SignedIn };
};

export const errorBody = (code: ErrorBody['error']['code'], message: string, extra: Omit<ErrorBody['error'], 'code' | 'message'> = {}): ErrorBody => ({
  error: { code, message, ...extra },
});

/** Where the request comes from, as the host saw it (the mock and the tests give none). */
export const clientAddress = (c: Context<ApiEnv>) => c.env?.clientAddress ?? 'unknown';

const COOKIE = 'kpi_session';

/**
 * Browsers keep a Secure or __Host- cookie only from an https page, and a development server on
 * localhost speaks plain http: there (and only there) the cookie is named without the prefix and
 * sent without Secure. Decided by the host name, which a TLS-terminating proxy passes through.
 */
function cookieMode(c: Context): { prefix?: 'host'; secure: boolean } {
  const host = new URL(c.req.url).hostname;
  const loopback = host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
  return loopback ? { secure: false } : { prefix: 'host', secure: true };
}

export function setSessionCookie(c: Context, id: string): void {
  // No Max-Age: the cookie ends with the browser; the server ends the session sooner when idle.
  setCookie(c, COOKIE, id, { ...cookieMode(c), httpOnly: true, sameSite: 'Lax', path: '/' });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, COOKIE, { ...cookieMode(c), httpOnly: true, sameSite: 'Lax', path: '/' });
}

/** A new session id: 256 random bits, base64url. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Only this is stored: a copy of the sessions table lets no one sign in. */
export async function sessionIdHash(id: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(id)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type Found = { state: 'none' } | { state: 'expired' } | { state: 'active'; signedIn: SignedIn };

/** The request's session, if its cookie names one that is still alive; an expired one is ended. */
export async function findSession(c: Context, store: AccountStore, now: Date): Promise<Found> {
  const id = getCookie(c, COOKIE, cookieMode(c).prefix);
  if (!id) return { state: 'none' };
  const idHash = await sessionIdHash(id);
  const found = await store.session(idHash);
  if (!found) return { state: 'none' };
  const expiresAt = new Date(found.session.createdAt.getTime() + ABSOLUTE_MS);
  // Access taken away ends the account's sessions; this holds even for one begun in the meantime.
  if (now.getTime() - found.session.lastSeenAt.getTime() > IDLE_MS || now >= expiresAt || found.account.disabledAt) {
    await store.endSession(idHash, null);
    return { state: 'expired' };
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await store.touchSession(idHash, now);
  return { state: 'active', signedIn: { account: found.account, idHash, expiresAt } };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that another site made the browser send (CSRF). The host is
 * compared rather than the whole origin: behind a TLS-terminating proxy the server sees http.
 * Without an Origin header, only a browser's own word that the request is same-origin will do.
 */
export const sameOrigin: MiddlewareHandler = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const origin = c.req.header('Origin');
  const host = new URL(c.req.url).host;
  let allowed = false;
  if (origin) {
    try {
      allowed = new URL(origin).host === host;
    } catch {
      allowed = false;
    }
  } else allowed = c.req.header('Sec-Fetch-Site') === 'same-origin';
  if (!allowed) return c.json(errorBody('forbidden', 'refused: the request does not come from this site'), 403);
  return next();
};

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Lets the request through with a live session of at least this role; 401 without one, 403 below it. */
export function requireRole(role: Role, store: AccountStore, now: () => Date): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const found = await findSession(c, store, now());
    if (found.state !== 'active') {
      if (found.state === 'expired') clearSessionCookie(c);
      const message = found.state === 'expired' ? 'the session has expired: sign in again' : 'sign in first';
      return c.json(errorBody('unauthorized', message), 401);
    }
    if (RANK[found.signedIn.account.role] < RANK[role]) return c.json(errorBody('forbidden', `this needs the ${role} role`), 403);
    c.set('signedIn', found.signedIn);
    return next();
  };
}
