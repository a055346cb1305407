// Accounts, sessions, failed sign-ins and the audit log in the SQL database. A change and its audit
// entry are written in one transaction; admins' changes to accounts take turns.
import { and, desc, eq, gte, or, sql } from 'drizzle-orm';
import { refuseAccountChange, type AccountChangeResult, type AccountStore } from '../api/accountStore';
import { accounts, auditLog, sessions, signInFailures } from '../db/accountsSchema';
import type { Database } from './sql';

/** Any number for a transaction-level advisory lock, the same in every instance of this server. */
const ACCOUNT_CHANGE_LOCK = 740_416;

export function createSqlAccountStore(db: Database): AccountStore {
  return {
    accountByEmail: async (email) => (await db.select().from(accounts).where(eq(accounts.email, email)))[0] ?? null,
    accounts: () => db.select().from(accounts).orderBy(accounts.createdAt, accounts.email),
    createAccount: (account, entry) =>
      db.transaction(async (tx) => {
        const inserted = await tx.insert(accounts).values(account).onConflictDoNothing({ target: accounts.email }).returning({ id: accounts.id });
        if (inserted.length === 0) return false;
        await tx.insert(auditLog).values(entry);
        return true;
      }),
    setPassword: (accountId, passwordHash, replacement, entry) =>
      db.transaction(async (tx) => {
        await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, accountId));
        await tx.delete(sessions).where(eq(sessions.accountId, accountId));
        if (replacement) await tx.insert(sessions).values(replacement);
        await tx.insert(auditLog).values(entry);
      }),
    changeAccount: (email, change, endSessions, entries, actor) =>
      db.transaction(async (tx): Promise<AccountChangeResult> => {
        // Admins' changes take turns: each reads the accounts once the one before has committed.
        await tx.execute(sql`select pg_advisory_xact_lock(${ACCOUNT_CHANGE_LOCK})`);
        const involved = await tx
          .select()
          .from(accounts)
          .where(or(eq(accounts.email, email), eq(accounts.email, actor), eq(accounts.role, 'admin')));
        const target = involved.find((a) => a.email === email);
        if (!target) return { ok: false, refused: 'no_account' };
        const refused = refuseAccountChange(
          target,
          change,
          involved.find((a) => a.email === actor),
          involved,
        );
        if (refused) return { ok: false, refused };
        const [changed] = await tx.update(accounts).set(change).where(eq(accounts.id, target.id)).returning();
        if (endSessions) await tx.delete(sessions).where(eq(sessions.accountId, target.id));
        if (entries.length > 0) await tx.insert(auditLog).values(entries);
        return { ok: true, account: changed! };
      }),
    endSessionsOf: (email, entry) =>
      db.transaction(async (tx) => {
        const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
        if (!account) return false;
        await tx.delete(sessions).where(eq(sessions.accountId, account.id));
        await tx.insert(auditLog).values(entry);
        return true;
      }),
    startSession: (session, email, entry) =>
      db.transaction(async (tx) => {
        await tx.insert(sessions).values(session);
        await tx.update(accounts).set({ lastSignInAt: session.createdAt }).where(eq(accounts.email, email));
        await tx.delete(signInFailures).where(eq(signInFailures.email, email));
        await tx.insert(auditLog).values(entry);
      }),
    session: async (idHash) => {
      const [row] = await db.select().from(sessions).innerJoin(accounts, eq(sessions.accountId, accounts.id)).where(eq(sessions.idHash, idHash));
      return row ? { session: row.sessions, account: row.accounts } : null;
    },
    touchSession: async (idHash, at) => void (await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.idHash, idHash))),
    endSession: (idHash, entry) =>
      db.transaction(async (tx) => {
        await tx.delete(sessions).where(eq(sessions.idHash, idHash));
        if (entry) await tx.insert(auditLog).values(entry);
      }),
    recordFailure: (failure, entry) =>
      db.transaction(async (tx) => {
        await tx.insert(signInFailures).values(failure);
        await tx.insert(auditLog).values(entry);
      }),
    failuresSince: async (email, address, since) => {
      const rows = await db
        .select()
        .from(signInFailures)
        .where(and(gte(signInFailures.at, since), or(eq(signInFailures.email, email), eq(signInFailures.address, address))));
      return { account: rows.filter((r) => r.email === email).map((r) => r.at), address: rows.filter((r) => r.address === address).map((r) => r.at) };
    },
    auditLog: async (limit, offset = 0) => {
      const rows = await db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).offset(offset);
      return rows.map(({ id: _id, ...entry }) => entry);
    },
  };
}
