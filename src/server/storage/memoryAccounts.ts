// Accounts, sessions, failed sign-ins and the audit log held in memory: for the browser mock and
// the tests. Lost when the process ends, as everything in the memory storage.
import { refuseAccountChange, type Account, type AccountStore, type AuditEntry, type SessionRecord, type SignInFailure } from '../api/accountStore';

/** `audit` is shared with the memory storage's versions, which audit publications. */
export function createMemoryAccountStore(audit: AuditEntry[] = []): AccountStore {
  const accounts = new Map<string, Account>();
  const sessions = new Map<string, SessionRecord>();
  let failures: SignInFailure[] = [];
  const endSessionsOf = (accountId: string) => {
    for (const [idHash, session] of sessions) if (session.accountId === accountId) sessions.delete(idHash);
  };

  return {
    accountByEmail: async (email) => accounts.get(email) ?? null,
    accounts: async () => [...accounts.values()],
    createAccount: async (account, entry) => {
      if (accounts.has(account.email)) return false;
      accounts.set(account.email, { ...account, disabledAt: null, lastSignInAt: null });
      audit.push(entry);
      return true;
    },
    setPassword: async (accountId, passwordHash, replacement, entry) => {
      const account = [...accounts.values()].find((a) => a.id === accountId);
      if (!account) throw new Error(`no account ${accountId}`);
      accounts.set(account.email, { ...account, passwordHash });
      endSessionsOf(accountId);
      if (replacement) sessions.set(replacement.idHash, replacement);
      audit.push(entry);
    },
    // No await between the checks and the write: two changes cannot interleave.
    changeAccount: async (email, change, endSessions, entries, actor) => {
      const account = accounts.get(email);
      if (!account) return { ok: false, refused: 'no_account' };
      const refused = refuseAccountChange(account, change, accounts.get(actor), [...accounts.values()]);
      if (refused) return { ok: false, refused };
      const changed = { ...account, ...change };
      accounts.set(email, changed);
      if (endSessions) endSessionsOf(account.id);
      audit.push(...entries);
      return { ok: true, account: changed };
    },
    endSessionsOf: async (email, entry) => {
      const account = accounts.get(email);
      if (!account) return false;
      endSessionsOf(account.id);
      audit.push(entry);
      return true;
    },
    startSession: async (session, email, entry) => {
      sessions.set(session.idHash, session);
      const account = accounts.get(email);
      if (account) accounts.set(email, { ...account, lastSignInAt: session.createdAt });
      failures = failures.filter((f) => f.email !== email);
      audit.push(entry);
    },
    session: async (idHash) => {
      const session = sessions.get(idHash);
      const account = session && [...accounts.values()].find((a) => a.id === session.accountId);
      return session && account ? { session, account } : null;
    },
    touchSession: async (idHash, at) => {
      const session = sessions.get(idHash);
      if (session) sessions.set(idHash, { ...session, lastSeenAt: at });
    },
    endSession: async (idHash, entry) => {
      sessions.delete(idHash);
      if (entry) audit.push(entry);
    },
    recordFailure: async (failure, entry) => {
      failures.push(failure);
      audit.push(entry);
    },
    failuresSince: async (email, address, since) => {
      const recent = failures.filter((f) => f.at >= since);
      return { account: recent.filter((f) => f.email === email).map((f) => f.at), address: recent.filter((f) => f.address === address).map((f) => f.at) };
    },
    auditLog: async (limit, offset = 0) => audit.slice(Math.max(0, audit.length - offset - limit), audit.length - offset).reverse(),
  };
}
