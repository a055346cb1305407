// Who may write: every state-changing endpoint (accounts, sessions, publishing) asked by no session, an expired session, a viewer,
// an editor, an admin and a page of another site gets exactly 401, 403 or its success, and a refusal
// writes nothing. Then the session cookie, the origin check and sign-in itself, on both storages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/api/accounts';
import { sessionIdHash } from '../../src/server/api/sessions';
import { ABSOLUTE_MS } from '../../src/server/api/sessions';
import { PASSWORD, SITE, storages, T0, editingApp } from './accountFixture';
import { wholeRanking } from './rankingFixture';

type Caller = 'no session' | 'expired session' | Role | 'another site';
type Endpoint = { method: string; path: string; needs: Role; success: number; body: () => unknown };

let fresh = 0;
const source = { id: 'qd-1048-2023', title: 'Quyết định 1048/QĐ-UBND', publisher: 'UBND tỉnh Nghệ An', published: '2023-04-18', url: null };
const publication = {
  source,
  summary: 'Xếp hạng CCHC 2022',
  file: null,
  observations: wholeRanking(2022, source.id),
};
/** Every endpoint that changes something, but signing in (below): the role it needs, its success. */
const endpoints: Endpoint[] = [
  { method: 'DELETE', path: '/api/session', needs: 'viewer', success: 204, body: () => undefined },
  { method: 'PUT', path: '/api/session/password', needs: 'viewer', success: 200, body: () => ({ current: PASSWORD, password: 'một mật khẩu mới dài' }) },
  { method: 'POST', path: '/api/versions', needs: 'editor', success: 201, body: () => publication },
  { method: 'POST', path: '/api/versions/{current}/restore', needs: 'editor', success: 201, body: () => undefined },
  {
    method: 'POST',
    path: '/api/accounts',
    needs: 'admin',
    success: 201,
    body: () => ({ email: `new-${++fresh}@nghean.gov.vn`, role: 'editor', password: 'mật khẩu ban đầu 1' }),
  },
  { method: 'PATCH', path: '/api/accounts/{target}', needs: 'admin', success: 200, body: () => ({ role: 'viewer' }) },
  { method: 'PATCH', path: '/api/accounts/{target}', needs: 'admin', success: 200, body: () => ({ disabled: true }) },
  { method: 'DELETE', path: '/api/accounts/{target}/sessions', needs: 'admin', success: 204, body: () => undefined },
];
const callers: Caller[] = ['no session', 'expired session', 'viewer', 'editor', 'admin', 'another site'];
const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

function expected(caller: Caller, endpoint: Endpoint): number {
  if (caller === 'no session' || caller === 'expired session') return 401;
  if (caller === 'another site') return 403;
  return RANK[caller] >= RANK[endpoint.needs] ? endpoint.success : 403;
}

describe.each(storages)('accounts over the %s storage', (_, open) => {
  let opened: Awaited<ReturnType<typeof open>>;
  let t: ReturnType<typeof editingApp>;
  beforeAll(async () => {
    opened = await open();
    t = editingApp(opened.storage);
  });
  afterAll(() => opened?.close());

  const matrix = endpoints.flatMap((endpoint) =>
    callers.map(
      (caller) => [`${endpoint.method} ${endpoint.path}${endpoint.method === 'PATCH' ? ` ${JSON.stringify(endpoint.body())}` : ''}`, caller, endpoint] as const,
    ),
  );

  it.each(matrix)('%s, asked by %s, answers as it should and writes nothing when it refuses', async (_, caller, endpoint) => {
    t.clock.time = T0;
    let cookie: string | undefined;
    if (caller === 'expired session') {
      cookie = await t.signIn(await t.account('admin'));
      t.clock.time = T0 + ABSOLUTE_MS;
    } else if (caller === 'another site') cookie = await t.signIn(await t.account('admin'));
    else if (caller !== 'no session') cookie = await t.signIn(await t.account(caller));
    // Another editor's account, signed in, for the endpoints that act on one.
    const target = await t.account('editor');
    const targetCookie = await t.signIn(target);
    const before = await t.written();

    const origin = caller === 'another site' ? 'https://evil.example' : SITE;
    const path = endpoint.path.replace('{current}', await opened.storage.dataVersion()).replace('{target}', encodeURIComponent(target));
    const response = await t.call(endpoint.method, path, { cookie, origin, body: endpoint.body() });

    const status = expected(caller, endpoint);
    expect(response.status).toBe(status);
    if (status >= 400) {
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(status === 401 ? 'unauthorized' : 'forbidden');
      expect(await t.written()).toBe(before);
      // A refused sign-out leaves the session as it was.
      if (caller !== 'no session' && caller !== 'expired session') expect((await t.call('GET', '/api/session', { cookie })).status).toBe(200);
      expect((await t.call('GET', '/api/session', { cookie: targetCookie })).status).toBe(200);
    } else expect(await t.written()).not.toBe(before);
  });

  it('signs in with a new session each time, in a cookie the page cannot read, and stores only its hash', async () => {
    t.clock.time = T0;
    const email = await t.account('editor');
    const first = await t.signIn(email);
    const response = await t.call('POST', '/api/session', { cookie: first, body: { email, password: PASSWORD } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { email, role: 'editor', expiresAt: new Date(T0 + ABSOLUTE_MS).toISOString() } });
    const setCookie = response.headers.get('Set-Cookie')!;
    // On localhost (plain http) without the __Host- prefix and Secure, which a browser would refuse there.
    expect(setCookie).toMatch(/^kpi_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const second = setCookie.split(';')[0]!;
    expect(second).not.toBe(first);
    expect((await t.call('GET', '/api/session', { cookie: first })).status).toBe(401);
    expect((await t.call('GET', '/api/session', { cookie: second })).status).toBe(200);

    const id = second.split('=')[1]!;
    expect(await opened.storage.accounts.session(id)).toBeNull();
    expect((await opened.storage.accounts.session(await sessionIdHash(id)))?.account.email).toBe(email);
  });

  it('gives a site served over https a __Host- cookie, Secure', async () => {
    const email = await t.account('editor');
    const site = 'https://kpi.nghean.gov.vn';
    const response = await t.call('POST', '/api/session', { site, origin: site, body: { email, password: PASSWORD } });
    expect(response.headers.get('Set-Cookie')).toMatch(/^__Host-kpi_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const cookie = response.headers.get('Set-Cookie')!.split(';')[0]!;
    expect((await t.call('GET', '/api/session', { site, cookie })).status).toBe(200);
    // The same id without the prefix is not read there.
    expect((await t.call('GET', '/api/session', { site, cookie: cookie.replace('__Host-', '') })).status).toBe(401);
  });

  it.each([
    ['another site', { Origin: 'https://evil.example' }, 403],
    ['a look-alike host', { Origin: 'http://localhost.evil.example' }, 403],
    ['an opaque origin', { Origin: 'null' }, 403],
    ['no Origin and no Sec-Fetch-Site', {}, 403],
    ['no Origin, Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }, 403],
    ['no Origin, Sec-Fetch-Site: same-origin', { 'Sec-Fetch-Site': 'same-origin' }, 200],
    ['this site', { Origin: SITE }, 200],
  ])('signing in from %s answers %i', async (_, headers, status) => {
    const email = await t.account('viewer');
    const response = await t.app.request(
      '/api/session',
      { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ email, password: PASSWORD }) },
      { clientAddress: '198.51.100.1' },
    );
    expect(response.status).toBe(status);
    expect(response.headers.has('Set-Cookie')).toBe(status === 200);
  });

  it('says neither which part was wrong nor whether the account exists, and audits every attempt with its address', async () => {
    t.clock.time = T0 + 1_000;
    const email = await t.account('editor');
    const wrong = await t.call('POST', '/api/session', { body: { email, password: 'not the password' }, address: '192.0.2.44' });
    const nobody = await t.call('POST', '/api/session', { body: { email: 'nobody@nghean.gov.vn', password: PASSWORD }, address: '192.0.2.44' });
    expect([wrong.status, nobody.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await nobody.json());
    await t.signIn(email, PASSWORD, { address: '192.0.2.45' });
    const log = await opened.storage.accounts.auditLog(3);
    expect(log.map((e) => [e.action, e.actor, e.address, e.at.getTime()])).toEqual([
      ['sign_in', email, '192.0.2.45', T0 + 1_000],
      ['sign_in_failed', 'nobody@nghean.gov.vn', '192.0.2.44', T0 + 1_000],
      ['sign_in_failed', email, '192.0.2.44', T0 + 1_000],
    ]);
  });

  it('refuses a short password for a new account, at its field, and a second account for one email', async () => {
    const cookie = await t.signIn(await t.account('admin'));
    const short = await t.call('POST', '/api/accounts', { cookie, body: { email: 'a@nghean.gov.vn', role: 'editor', password: 'ngắn quá' } });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ error: { code: 'invalid_body', parameter: 'password' } });
    const body = { email: 'Twice@NgheAn.gov.vn', role: 'editor', password: 'mật khẩu ban đầu 1' };
    expect((await t.call('POST', '/api/accounts', { cookie, body })).status).toBe(201);
    const again = await t.call('POST', '/api/accounts', { cookie, body: { ...body, email: 'twice@nghean.gov.vn' } });
    expect(again.status).toBe(409);
    expect((await opened.storage.accounts.accounts()).filter((a) => a.email === 'twice@nghean.gov.vn')).toHaveLength(1);
  });

  it('ends every session of an account when its password changes, and the new password works', async () => {
    t.clock.time = T0;
    const email = await t.account('editor');
    const [here, elsewhere] = [await t.signIn(email), await t.signIn(email)];
    const changed = await t.call('PUT', '/api/session/password', { cookie: here, body: { current: PASSWORD, password: 'một mật khẩu mới dài' } });
    expect(changed.status).toBe(200);
    const renewed = changed.headers.get('Set-Cookie')!.split(';')[0]!;
    expect((await t.call('GET', '/api/session', { cookie: here })).status).toBe(401);
    expect((await t.call('GET', '/api/session', { cookie: elsewhere })).status).toBe(401);
    expect((await t.call('GET', '/api/session', { cookie: renewed })).status).toBe(200);
    expect((await t.call('POST', '/api/session', { body: { email, password: PASSWORD } })).status).toBe(401);
    await t.signIn(email, 'một mật khẩu mới dài');
  });
});
