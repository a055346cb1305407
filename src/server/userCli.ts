// `npm run user -- add --role admin|editor|viewer <email>`: creates an account in the server's
// database (DATABASE_URL, else the PGlite in DATA_DIR). The password is asked for on the terminal
// without echo, or read from the first line of stdin when that is not a terminal — never an argument,
// which would stay in the shell's history and the process list.
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { emailSchema, passwordSchema, roleSchema } from '../api/accounts';
import { argon2Passwords } from './auth/argon2';
import { openEmbedded, openPostgres } from './db/open';
import { DataDirInUse } from './db/lock';
import { createSqlStorage } from './storage/sql';

const USAGE = 'usage: npm run user -- add --role admin|editor|viewer <email>   (the password is asked for)';
const here = dirname(fileURLToPath(import.meta.url));

function fail(message: string): never {
  process.stderr.write(`user: ${message}\n`);
  process.exit(1);
}

/** Reads a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((done, cancel) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return (finish(), done(value));
        if (ch === '\u0003' || ch === '\u0004') return (finish(), cancel(new Error('cancelled')));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    input.on('data', onData);
  });
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const password = await askHidden('Password (at least 12 characters): ');
  if ((await askHidden('Password again: ')) !== password) fail('the two passwords differ; nothing was changed');
  return password;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { role: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const [command, address, ...rest] = parsed.positionals;
  if (command !== 'add' || !address || rest.length > 0) fail(USAGE);
  const role = roleSchema.safeParse(parsed.values.role);
  if (!role.success) fail(`--role must be admin, editor or viewer\n${USAGE}`);
  const email = emailSchema.safeParse(address);
  if (!email.success) fail(`not an email address: ${address}`);

  const password = passwordSchema.safeParse(await askPassword());
  if (!password.success) fail(`${password.error.issues[0]!.message}; nothing was changed`);

  const migrations = resolve(here, 'migrations');
  const database = process.env.DATABASE_URL
    ? await openPostgres(process.env.DATABASE_URL, migrations)
    : await openEmbedded(resolve(process.env.DATA_DIR ?? 'data'), migrations);
  let created: boolean;
  try {
    const at = new Date();
    created = await createSqlStorage(database.db).accounts.createAccount(
      { id: crypto.randomUUID(), email: email.data, role: role.data, passwordHash: await argon2Passwords.hash(password.data), createdAt: at },
      {
        at,
        actor: `command line (${userInfo().username})`,
        address: 'command line',
        action: 'account_created',
        detail: { email: email.data, role: role.data },
      },
    );
  } finally {
    await database.close();
  }
  if (!created) fail(`an account for ${email.data} exists already; nothing was changed`);
  process.stdout.write(`user: created ${role.data} ${email.data}\n`);
}

main().catch((error: unknown) =>
  fail(
    error instanceof DataDirInUse
      ? `${error.message} (or let an admin add the account in the interface)`
      : error instanceof Error
        ? error.message
        : String(error),
  ),
);
