// Failed sign-ins lock an account after 5 in 15 minutes and an address after 20, saying when to try
// again; sessions end after 30 idle minutes and 12 hours in all. On both storages, with a moved clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, WINDOW_MS } from '../../src/server/api/lockout';
import { ABSOLUTE_MS, IDLE_MS } from '../../src/server/api/sessions';
import { editingApp, PASSWORD, storages, T0 } from './accountFixture';

const MINUTE = 60_000;
type Locked = { error: { code: string; message: string; retryAt: string } };

describe.each(storages)('sign-in limits and session lifetimes over the %s storage', (_, open) => {
  let opened: Awaited<ReturnType<typeof open>>;
  let t: ReturnType<typeof editingApp>;
  beforeAll(async () => {
    opened = await open();
    t = editingApp(opened.storage);
  });
  afterAll(() => opened?.close());

  const attempt = (email: string, password: string, address: string) => t.call('POST', '/api/session', { body: { email, password }, address });

  it('locks an account after 5 failures, says until when, then lets the right password in', async () => {
    const email = await t.account('editor');
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      // A minute apart: the lock runs from the oldest failure that counts.
      t.clock.time = T0 + i * MINUTE;
      statuses.push((await attempt(email, `wrong ${i}`, `192.0.2.${i + 1}`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const retryAt = new Date(T0 + WINDOW_MS).toISOString();

    t.clock.time = T0 + WINDOW_MS - 1_000;
    const locked = await attempt(email, PASSWORD, '192.0.2.99');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('Retry-After')).toBe('1');
    const body = (await locked.json()) as Locked;
    expect(body.error).toMatchObject({ code: 'locked', retryAt });
    expect(body.error.message).toContain(retryAt);
    expect(locked.headers.has('Set-Cookie')).toBe(false);

    t.clock.time = T0 + WINDOW_MS;
    expect((await attempt(email, PASSWORD, '192.0.2.99')).status).toBe(200);
    // A sign-in forgets the account's failures: one more mistake is not a lockout.
    expect((await attempt(email, 'wrong again', '192.0.2.99')).status).toBe(401);
  });

  it('locks an address after 20 failures over many accounts, and no other address', async () => {
    t.clock.time = T0 + 3 * WINDOW_MS;
    const emails = await Promise.all(Array.from({ length: ADDRESS_LIMIT }, () => t.account('viewer')));
    const statuses: number[] = [];
    for (const email of emails) statuses.push((await attempt(email, 'a guess', '198.51.100.20')).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(ADDRESS_LIMIT - 1);
    expect(statuses.at(-1)).toBe(429);

    const other = await t.account('viewer');
    const fromThere = await attempt(other, PASSWORD, '198.51.100.20');
    expect(fromThere.status).toBe(429);
    expect(((await fromThere.json()) as Locked).error.retryAt).toBe(new Date(T0 + 4 * WINDOW_MS).toISOString());
    expect((await attempt(other, PASSWORD, '198.51.100.21')).status).toBe(200);
  });

  it('ends a session after 30 minutes without a request, not while it is used', async () => {
    t.clock.time = T0 + 10 * WINDOW_MS;
    const cookie = await t.signIn(await t.account('editor'));
    for (let i = 1; i <= 4; i++) {
      t.clock.time += IDLE_MS - MINUTE;
      expect((await t.call('GET', '/api/session', { cookie })).status).toBe(200);
    }
    t.clock.time += IDLE_MS + 1;
    const expired = await t.call('GET', '/api/session', { cookie });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { code: 'unauthorized', message: 'the session has expired: sign in again' } });
    // The browser is told to drop the cookie, and the session is gone for good.
    expect(expired.headers.get('Set-Cookie')).toMatch(/^kpi_session=; Max-Age=0;/);
    t.clock.time -= IDLE_MS;
    expect((await t.call('GET', '/api/session', { cookie })).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const start = T0 + 20 * WINDOW_MS;
    t.clock.time = start;
    const cookie = await t.signIn(await t.account('editor'));
    while (t.clock.time + 20 * MINUTE < start + ABSOLUTE_MS) {
      t.clock.time += 20 * MINUTE;
      expect((await t.call('GET', '/api/session', { cookie })).status).toBe(200);
    }
    t.clock.time = start + ABSOLUTE_MS;
    expect((await t.call('GET', '/api/session', { cookie })).status).toBe(401);
  });

  it('signs out: the cookie is cleared and the session no longer answers', async () => {
    t.clock.time = T0 + 40 * WINDOW_MS;
    const email = await t.account('viewer');
    const cookie = await t.signIn(email);
    const out = await t.call('DELETE', '/api/session', { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('Set-Cookie')).toMatch(/^kpi_session=; Max-Age=0;/);
    expect((await t.call('GET', '/api/session', { cookie })).status).toBe(401);
    expect((await opened.storage.accounts.auditLog(1))[0]).toMatchObject({ action: 'sign_out', actor: email });
  });
});
