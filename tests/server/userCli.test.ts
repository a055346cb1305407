// `npm run user -- add`, built as npm run user builds it: the password comes from stdin (never an
// argument), a short one or an existing email is refused in one line, and the account it creates
// signs in through the API app over the same database.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../src/server/api/app';
import { argon2Passwords } from '../../src/server/auth/argon2';
import { openEmbedded } from '../../src/server/db/open';
import * as schema from '../../src/server/db/schema';
import { createSqlStorage } from '../../src/server/storage/sql';

let root: string;

beforeAll(async () => {
  await mkdir(resolve('node_modules/.cache'), { recursive: true });
  root = await mkdtemp(resolve('node_modules/.cache/kpi-user-'));
  await build({ configFile: resolve('vite.server.config.ts'), logLevel: 'silent', build: { outDir: join(root, 'dist-server') } });
  // The database a first server start makes (the slow part: seeding), so each test only opens it.
  await (await openEmbedded(join(root, 'data'), 'src/server/db/migrations')).close();
});
afterAll(() => rm(root, { recursive: true, force: true }));

function user(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(root, 'dist-server/user.js'), ...args], { env: { ...process.env, DATA_DIR: join(root, 'data') } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(stdin);
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout, stderr })));
}

describe('npm run user', () => {
  it.each([
    [
      'a short password',
      ['add', '--role', 'editor', 'ngan@nghean.gov.vn'],
      'ngắn quá\n',
      /^user: a password has at least 12 characters; nothing was changed\n$/,
    ],
    [
      'a password as an argument',
      ['add', '--role', 'editor', 'x@nghean.gov.vn', '--password', 'mật khẩu đủ dài 12+'],
      '',
      /^user: Unknown option '--password'/,
    ],
    ['an unknown role', ['add', '--role', 'owner', 'x@nghean.gov.vn'], 'mật khẩu đủ dài 12+\n', /^user: --role must be admin, editor or viewer/],
    ['no email', ['add', '--role', 'editor'], 'mật khẩu đủ dài 12+\n', /^user: usage: npm run user -- add --role/],
  ])('refuses %s in words, with exit code 1', async (_, args, stdin, message) => {
    const refused = await user(args, stdin);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(message);
  });

  it('adds an account whose password was typed, not passed, and which then signs in', async () => {
    const added = await user(['add', '--role', 'editor', 'Bien.Tap@NgheAn.gov.vn'], 'mật khẩu đủ dài 12+\n');
    expect(added).toMatchObject({ code: 0, stdout: 'user: created editor bien.tap@nghean.gov.vn\n', stderr: '' });

    // The lock is free again: the command closed the database.
    const client = await PGlite.create(join(root, 'data/pglite'));
    try {
      const storage = createSqlStorage(drizzle({ client, schema }));
      expect((await storage.accounts.accounts()).map((a) => [a.email, a.role])).toEqual([['bien.tap@nghean.gov.vn', 'editor']]);
      const app = createApiApp(storage, { passwords: argon2Passwords });
      const signIn = await app.request('/api/session', {
        method: 'POST',
        headers: { Origin: 'http://localhost', 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'bien.tap@nghean.gov.vn', password: 'mật khẩu đủ dài 12+' }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      await client.close();
    }
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    expect(await user(['add', '--role', 'admin', 'BIEN.TAP@nghean.gov.vn'], 'một mật khẩu khác dài\n')).toMatchObject({
      code: 1,
      stderr: 'user: an account for bien.tap@nghean.gov.vn exists already; nothing was changed\n',
    });
  });
});
