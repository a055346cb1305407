// The API's account and session endpoints: sign in and out, change one's password, and for admins
// the accounts and the audit log. Every state-changing route passes the origin check first.
import type { Context } from 'hono';
import type { Hono } from 'hono/tiny';
import { passwordChangeBodySchema, signInBodySchema, type AuditAction } from '../../api/accounts';
import { accountAdminRoutes } from './accountAdminRoutes';
import type { Account, AccountStore, AuditEntry, PasswordHasher, SessionRecord } from './accountStore';
import { readBody } from './body';
import { lockedUntil, WINDOW_MS } from './lockout';
import {
  ABSOLUTE_MS,
  clearSessionCookie,
  clientAddress,
  errorBody,
  findSession,
  newSessionId,
  requireRole,
  sameOrigin,
  sessionIdHash,
  setSessionCookie,
  type ApiEnv,
  type SignedIn,
} from './sessions';

export type EditingOptions = {
  /** Without one (a host that cannot hash), signing in and creating accounts answer 503. */
  passwords?: PasswordHasher;
  /** The clock sessions and lockouts are measured by. */
  now?: () => Date;
};

const sessionView = ({ account, expiresAt }: Pick<SignedIn, 'account' | 'expiresAt'>) => ({
  data: { email: account.email, role: account.role, expiresAt: expiresAt.toISOString() },
});

export function accountRoutes(api: Hono<ApiEnv>, store: AccountStore, { passwords, now = () => new Date() }: EditingOptions): void {
  const signedIn = requireRole('viewer', store, now);
  const audit = (c: Context<ApiEnv>, at: Date, actor: string | null, action: AuditAction, detail: Record<string, unknown> = {}): AuditEntry => ({
    at,
    actor,
    address: clientAddress(c),
    action,
    detail,
  });
  const newSession = async (c: Context<ApiEnv>, account: Account, at: Date): Promise<SessionRecord> => {
    const id = newSessionId();
    setSessionCookie(c, id);
    return { idHash: await sessionIdHash(id), accountId: account.id, createdAt: at, lastSeenAt: at, address: clientAddress(c) };
  };
  // Checked when no account has the email, so that the answer takes as long either way.
  let decoy: Promise<string> | null = null;
  const notAvailable = (c: Context<ApiEnv>) => c.json(errorBody('not_available', 'accounts are not available on this host'), 503);
  const noStore = (c: Context<ApiEnv>) => c.header('Cache-Control', 'no-store');

  api.get('/session', signedIn, (c) => (noStore(c), c.json(sessionView(c.get('signedIn')))));

  api.post('/session', sameOrigin, async (c) => {
    noStore(c);
    if (!passwords) return notAvailable(c);
    const body = await readBody(c, signInBodySchema);
    if (!body.ok) return body.response;
    const { email, password } = body.value;
    const at = now();
    const address = clientAddress(c);
    const locked = (failures: { account: Date[]; address: Date[] }) => {
      const until = lockedUntil(failures, at);
      if (!until) return null;
      c.header('Retry-After', String(Math.ceil((until.getTime() - at.getTime()) / 1000)));
      const message = `too many failed sign-ins: try again after ${until.toISOString()}`;
      return c.json(errorBody('locked', message, { retryAt: until.toISOString() }), 429);
    };
    const since = new Date(at.getTime() - WINDOW_MS);
    const refused = locked(await store.failuresSince(email, address, since));
    if (refused) return refused;

    const account = await store.accountByEmail(email);
    const valid = account
      ? await passwords.verify(account.passwordHash, password)
      : await passwords.verify(await (decoy ??= passwords.hash(newSessionId())), password).then(() => false);
    if (!account || !valid) {
      await store.recordFailure({ email, address, at }, audit(c, at, email, 'sign_in_failed'));
      return locked(await store.failuresSince(email, address, since)) ?? c.json(errorBody('unauthorized', 'wrong email or password'), 401);
    }
    // Said only to whoever knows the password: the person may ask an admin why.
    if (account.disabledAt) {
      await store.recordFailure({ email, address, at }, audit(c, at, email, 'sign_in_failed', { reason: 'disabled' }));
      return c.json(errorBody('disabled', 'this account has no access: ask an administrator'), 403);
    }
    // A new session at every sign-in, and the one the browser held before is ended (fixation).
    const previous = await findSession(c, store, at);
    if (previous.state === 'active') await store.endSession(previous.signedIn.idHash, null);
    const session = await newSession(c, account, at);
    await store.startSession(session, email, audit(c, at, email, 'sign_in'));
    return c.json(sessionView({ account, expiresAt: new Date(at.getTime() + ABSOLUTE_MS) }));
  });

  api.delete('/session', sameOrigin, signedIn, async (c) => {
    const { account, idHash } = c.get('signedIn');
    await store.endSession(idHash, audit(c, now(), account.email, 'sign_out'));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  api.put('/session/password', sameOrigin, signedIn, async (c) => {
    noStore(c);
    if (!passwords) return notAvailable(c);
    const body = await readBody(c, passwordChangeBodySchema);
    if (!body.ok) return body.response;
    const { account } = c.get('signedIn');
    if (!(await passwords.verify(account.passwordHash, body.value.current))) {
      return c.json(errorBody('forbidden', 'the current password is wrong', { parameter: 'current' }), 403);
    }
    const at = now();
    // Every session of the account ends, this one too: the browser gets a new one.
    const replacement = await newSession(c, account, at);
    await store.setPassword(account.id, await passwords.hash(body.value.password), replacement, audit(c, at, account.email, 'password_changed'));
    return c.json(sessionView({ account, expiresAt: new Date(at.getTime() + ABSOLUTE_MS) }));
  });

  accountAdminRoutes(api, store, { passwords, now, audit, notAvailable, noStore });
}
