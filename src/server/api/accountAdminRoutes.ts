// The admins' endpoints: the accounts (list, create, change a role, take access away or give it back,
// end an account's sessions) and the audit log, a page at a time. An admin never changes their own
// role or access, and the store writes a change only while its admin still is one (admins' changes
// take turns), so an admin always remains, even when two demote each other at the same instant.
import type { Context } from 'hono';
import type { Hono } from 'hono/tiny';
import { accountChangeBodySchema, auditQuerySchema, emailSchema, newAccountBodySchema, type AuditAction } from '../../api/accounts';
import type { Account, AccountChange, AccountStore, AuditEntry, NewAccount, PasswordHasher } from './accountStore';
import { readBody } from './body';
import { errorBody, requireRole, sameOrigin, type ApiEnv } from './sessions';

type Shared = {
  passwords?: PasswordHasher;
  now: () => Date;
  audit: (c: Context<ApiEnv>, at: Date, actor: string | null, action: AuditAction, detail?: Record<string, unknown>) => AuditEntry;
  notAvailable: (c: Context<ApiEnv>) => Response;
  noStore: (c: Context<ApiEnv>) => void;
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const accountView = (a: Account) => ({
  email: a.email,
  role: a.role,
  createdAt: a.createdAt.toISOString(),
  disabledAt: iso(a.disabledAt),
  lastSignInAt: iso(a.lastSignInAt),
});

export function accountAdminRoutes(api: Hono<ApiEnv>, store: AccountStore, { passwords, now, audit, notAvailable, noStore }: Shared): void {
  const admin = requireRole('admin', store, now);
  const actorOf = (c: Context<ApiEnv>) => c.get('signedIn').account.email;
  /** The account named in the path, as emails are stored (lower case); null when it is no address. */
  const target = (c: Context<ApiEnv>) => {
    const parsed = emailSchema.safeParse(c.req.param('email'));
    return parsed.success ? parsed.data : null;
  };
  const noAccount = (c: Context<ApiEnv>, email: string | null) => c.json(errorBody('not_found', `no account ${email ?? ''}`.trim()), 404);

  api.get('/accounts', admin, async (c) => {
    noStore(c);
    return c.json({ data: (await store.accounts()).map(accountView) });
  });

  api.post('/accounts', sameOrigin, admin, async (c) => {
    noStore(c);
    if (!passwords) return notAvailable(c);
    const body = await readBody(c, newAccountBodySchema);
    if (!body.ok) return body.response;
    const { email, role, password } = body.value;
    const at = now();
    const account: NewAccount = { id: crypto.randomUUID(), email, role, passwordHash: await passwords.hash(password), createdAt: at };
    const created = await store.createAccount(account, audit(c, at, actorOf(c), 'account_created', { email, role }));
    if (!created) return c.json(errorBody('conflict', `an account for ${email} exists already`, { parameter: 'email' }), 409);
    return c.json({ data: accountView({ ...account, disabledAt: null, lastSignInAt: null }) }, 201);
  });

  api.patch('/accounts/:email', sameOrigin, admin, async (c) => {
    noStore(c);
    const email = target(c);
    const body = await readBody(c, accountChangeBodySchema);
    if (!body.ok) return body.response;
    const before = email ? await store.accountByEmail(email) : null;
    if (!email || !before) return noAccount(c, email);
    const { role, disabled } = body.value;
    /** What a refusal to take an admin's role or access away names. */
    const parameter = disabled === true ? 'disabled' : 'role';
    if (email === actorOf(c) && ((role !== undefined && role !== 'admin') || disabled === true)) {
      return c.json(errorBody('conflict', 'an admin cannot take away their own admin role or access', { parameter }), 409);
    }
    const at = now();
    const change: AccountChange = {};
    const entries: AuditEntry[] = [];
    if (role !== undefined && role !== before.role) {
      change.role = role;
      entries.push(audit(c, at, actorOf(c), 'role_changed', { email, from: before.role, to: role }));
    }
    if (disabled !== undefined && disabled !== (before.disabledAt !== null)) {
      change.disabledAt = disabled ? at : null;
      entries.push(audit(c, at, actorOf(c), disabled ? 'account_disabled' : 'account_enabled', { email }));
    }
    // Nothing to change (the account is as asked already): nothing written, nothing audited.
    if (entries.length === 0) return c.json({ data: accountView(before) });
    // A session reads its account's role at each request, so only taking access away ends them.
    const changed = await store.changeAccount(email, change, disabled === true, entries, actorOf(c));
    if (changed.ok) return c.json({ data: accountView(changed.account) });
    if (changed.refused === 'no_account') return noAccount(c, email);
    // Another admin's change landed between this request's checks and its write.
    if (changed.refused === 'actor_not_admin')
      return c.json(errorBody('conflict', 'your admin role or access was taken away meanwhile: nothing was changed'), 409);
    return c.json(errorBody('conflict', 'no other admin with access would remain: nothing was changed', { parameter }), 409);
  });

  api.delete('/accounts/:email/sessions', sameOrigin, admin, async (c) => {
    const email = target(c);
    if (!email) return noAccount(c, email);
    const ended = await store.endSessionsOf(email, audit(c, now(), actorOf(c), 'sessions_ended', { email }));
    return ended ? c.body(null, 204) : noAccount(c, email);
  });

  api.get('/audit', admin, async (c) => {
    noStore(c);
    const query = auditQuerySchema.safeParse({ limit: c.req.query('limit'), offset: c.req.query('offset') });
    if (!query.success) {
      const issue = query.error.issues[0]!;
      return c.json(errorBody('invalid_parameter', issue.message, { parameter: issue.path.join('.') }), 400);
    }
    const { limit, offset } = query.data;
    // One more than asked says whether older entries follow.
    const entries = await store.auditLog(limit + 1, offset);
    return c.json({
      data: entries.slice(0, limit).map((e) => ({ ...e, at: e.at.toISOString() })),
      page: { limit, offset, more: entries.length > limit },
    });
  });
}
