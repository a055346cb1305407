// What admins do with accounts, on both storages: read the accounts and the audit log (admins only),
// change a role, take access away and give it back, end an account's sessions, never lock themselves
// out, nor each other, even at the same instant; and the audit log a page at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/api/accounts';
import { PASSWORD, storages, T0, editingApp } from './accountFixture';

describe.each(storages)('admins manage accounts over the %s storage', (_, open) => {
  let opened: Awaited<ReturnType<typeof open>>;
  let t: ReturnType<typeof editingApp>;
  let admin: string;
  let adminCookie: string;
  beforeAll(async () => {
    opened = await open();
    t = editingApp(opened.storage);
    admin = await t.account('admin');
    adminCookie = await t.signIn(admin);
  });
  afterAll(() => opened?.close());

  const asAdmin = (method: string, path: string, body?: unknown) => t.call(method, path, { cookie: adminCookie, body });
  const accountPath = (email: string) => `/api/accounts/${encodeURIComponent(email)}`;
  const status = async (cookie: string) => (await t.call('GET', '/api/session', { cookie })).status;

  it.each([
    ['no session', 401],
    ['viewer', 403],
    ['editor', 403],
    ['admin', 200],
  ] as const)('reading the accounts and the audit log, %s gets %i', async (caller, expected) => {
    t.clock.time = T0;
    const cookie = caller === 'no session' ? undefined : await t.signIn(await t.account(caller as Role));
    for (const path of ['/api/accounts', '/api/audit']) {
      const response = await t.call('GET', path, { cookie });
      expect(response.status).toBe(expected);
      if (expected === 200) expect(response.headers.get('Cache-Control')).toBe('no-store');
    }
  });

  it('lists every account with its role, its state and its last sign-in', async () => {
    t.clock.time = T0 + 5_000;
    const editor = await t.account('editor');
    const never = await t.account('viewer');
    await t.signIn(editor);
    const listed = (await (await asAdmin('GET', '/api/accounts')).json()) as { data: { email: string }[] };
    expect(listed.data.find((a) => a.email === editor)).toEqual({
      email: editor,
      role: 'editor',
      createdAt: new Date(T0 + 5_000).toISOString(),
      disabledAt: null,
      lastSignInAt: new Date(T0 + 5_000).toISOString(),
    });
    expect(listed.data.find((a) => a.email === never)).toMatchObject({ role: 'viewer', lastSignInAt: null });
  });

  it('changes a role, which the account’s open session feels at its next request, and audits it', async () => {
    t.clock.time = T0;
    const editor = await t.account('editor');
    const cookie = await t.signIn(editor);
    const changed = await asAdmin('PATCH', accountPath(editor), { role: 'viewer' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ data: { email: editor, role: 'viewer', disabledAt: null } });
    expect(await (await t.call('GET', '/api/session', { cookie })).json()).toMatchObject({ data: { role: 'viewer' } });
    expect((await t.call('POST', `/api/versions/${await opened.storage.dataVersion()}/restore`, { cookie })).status).toBe(403);
    const [entry] = await opened.storage.accounts.auditLog(1);
    expect(entry).toMatchObject({ action: 'role_changed', actor: admin, detail: { email: editor, from: 'editor', to: 'viewer' } });
  });

  it('takes access away (every session ends, signing in is refused) and gives it back, audited', async () => {
    t.clock.time = T0 + 60_000;
    const editor = await t.account('editor');
    const [here, there] = [await t.signIn(editor), await t.signIn(editor)];
    const disabled = await asAdmin('PATCH', accountPath(editor), { disabled: true });
    expect(await disabled.json()).toMatchObject({ data: { disabledAt: new Date(T0 + 60_000).toISOString() } });
    expect([await status(here), await status(there)]).toEqual([401, 401]);
    const refused = await t.call('POST', '/api/session', { body: { email: editor, password: PASSWORD } });
    expect(refused.status).toBe(403);
    expect(refused.headers.has('Set-Cookie')).toBe(false);
    expect(await refused.json()).toMatchObject({ error: { code: 'disabled', message: 'this account has no access: ask an administrator' } });

    expect((await asAdmin('PATCH', accountPath(editor), { disabled: false })).status).toBe(200);
    expect(await status(await t.signIn(editor))).toBe(200);
    const log = await opened.storage.accounts.auditLog(4);
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ['sign_in', editor],
      ['account_enabled', admin],
      ['sign_in_failed', editor],
      ['account_disabled', admin],
    ]);
  });

  it('ends every session of an account, and only of that account', async () => {
    t.clock.time = T0;
    const editor = await t.account('editor');
    const other = await t.account('editor');
    const [one, two, others] = [await t.signIn(editor), await t.signIn(editor), await t.signIn(other)];
    expect((await asAdmin('DELETE', `${accountPath(editor)}/sessions`)).status).toBe(204);
    expect([await status(one), await status(two), await status(others)]).toEqual([401, 401, 200]);
    expect((await opened.storage.accounts.auditLog(1))[0]).toMatchObject({ action: 'sessions_ended', actor: admin, detail: { email: editor } });
    // The account itself stays as it was: it may sign in again.
    expect(await status(await t.signIn(editor))).toBe(200);
  });

  it.each([
    ['give up their admin role', { role: 'editor' }, 'role'],
    ['take away their own access', { disabled: true }, 'disabled'],
  ])('refuses to let an admin %s, and writes nothing', async (_, body, parameter) => {
    t.clock.time = T0;
    const before = await t.written();
    const response = await asAdmin('PATCH', accountPath(admin), body);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict', parameter } });
    expect(await t.written()).toBe(before);
    expect(await status(adminCookie)).toBe(200);
  });

  it('refuses with 409, writing nothing, the change of an admin whom another admin demoted meanwhile', async () => {
    t.clock.time = T0;
    const [one, two, editor] = [await t.account('admin'), await t.account('admin'), await t.account('editor')];
    const cookie = await t.signIn(one);
    // The other admin's demotion lands after this request passed its role check, before its write.
    const { accounts } = opened.storage;
    const demoted = { at: new Date(T0), actor: two, address: 'test', action: 'role_changed' as const, detail: { email: one } };
    let landed = false;
    const racing = editingApp({
      ...opened.storage,
      accounts: {
        ...accounts,
        accountByEmail: async (email) => {
          if (email === editor && !landed) landed = (await accounts.changeAccount(one, { role: 'editor' }, false, [demoted], two)).ok;
          return accounts.accountByEmail(email);
        },
      },
    });
    const response = await racing.call('PATCH', accountPath(editor), { cookie, body: { role: 'viewer' } });
    expect(landed).toBe(true);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: { code: 'conflict', message: 'your admin role or access was taken away meanwhile: nothing was changed' },
    });
    const roles = Object.fromEntries((await accounts.accounts()).map((a) => [a.email, a.role]));
    expect([roles[one], roles[two], roles[editor]]).toEqual(['editor', 'admin', 'editor']);
    expect((await accounts.auditLog(1))[0]).toEqual(demoted);
  });

  it('keeps an admin when two admins demote each other at the same instant: one change lands, the other is refused', async () => {
    t.clock.time = T0;
    const [one, two] = [await t.account('admin'), await t.account('admin')];
    const [oneCookie, twoCookie] = [await t.signIn(one), await t.signIn(two)];
    const answers = await Promise.all([
      t.call('PATCH', accountPath(two), { cookie: oneCookie, body: { role: 'editor' } }),
      t.call('PATCH', accountPath(one), { cookie: twoCookie, body: { role: 'editor' } }),
    ]);
    const statuses = answers.map((a) => a.status).sort();
    // Refused by the store (409) or, had the other change landed before its role check, by that check (403).
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const admins = (await opened.storage.accounts.accounts()).filter((a) => [one, two].includes(a.email) && a.role === 'admin');
    expect(admins).toHaveLength(1);
    const changes = (await opened.storage.accounts.auditLog(5)).filter((e) => e.action === 'role_changed');
    expect(changes.map((e) => e.actor)).toEqual([admins[0]!.email]);
  });

  it.each([
    ['an account that does not exist', 'PATCH', accountPath('nobody@nghean.gov.vn'), { role: 'editor' }, 404],
    ['an account that does not exist', 'DELETE', `${accountPath('nobody@nghean.gov.vn')}/sessions`, undefined, 404],
    ['a change that names nothing', 'PATCH', accountPath('nobody@nghean.gov.vn'), {}, 400],
    ['an unknown role', 'PATCH', accountPath('nobody@nghean.gov.vn'), { role: 'owner' }, 400],
  ])('answers %s (%s) with %i and writes nothing', async (_, method, path, body, expected) => {
    const before = await t.written();
    expect((await asAdmin(method, path, body)).status).toBe(expected);
    expect(await t.written()).toBe(before);
  });

  it('reads the audit log a page at a time, newest first, and says whether older entries follow', async () => {
    const all = await opened.storage.accounts.auditLog(10_000);
    const page = async (query: string) => (await (await asAdmin('GET', `/api/audit${query}`)).json()) as { data: { action: string }[]; page: unknown };
    const first = await page('?limit=3');
    expect(first.page).toEqual({ limit: 3, offset: 0, more: true });
    expect(first.data.map((e) => e.action)).toEqual(all.slice(0, 3).map((e) => e.action));
    const second = await page('?limit=3&offset=3');
    expect(second.data.map((e) => e.action)).toEqual(all.slice(3, 6).map((e) => e.action));
    const last = await page(`?limit=3&offset=${all.length - 2}`);
    expect(last).toMatchObject({ page: { more: false } });
    expect(last.data).toHaveLength(2);
    expect((await page('')).page).toEqual({ limit: 50, offset: 0, more: all.length > 50 });
    for (const bad of ['?limit=0', '?limit=501', '?offset=-1', '?limit=ten']) expect((await asAdmin('GET', `/api/audit${bad}`)).status).toBe(400);
  });
});
