// What the API app needs to keep accounts, sessions, failed sign-ins and the audit log: one
// interface, implemented in memory (the mock, tests) and in SQL. Every write that is audited takes
// its audit entry along, so the change and its record are kept together or not at all.
import type { AuditAction, Role } from '../../api/accounts';

export type Account = {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
  createdAt: Date;
  /** Set while the account's access is taken away: it cannot sign in and has no session. */
  disabledAt: Date | null;
  lastSignInAt: Date | null;
};

/** An account as it is made: with access, never signed in. */
export type NewAccount = Omit<Account, 'disabledAt' | 'lastSignInAt'>;

/** What an admin may change of an account; a field left out stays as it is. */
export type AccountChange = { role?: Role; disabledAt?: Date | null };

export type AccountChangeResult = { ok: true; account: Account } | { ok: false; refused: 'no_account' | 'actor_not_admin' | 'last_admin' };

/** An admin who can act: the admin role, with access. */
export const isActiveAdmin = (a: Pick<Account, 'role' | 'disabledAt'>): boolean => a.role === 'admin' && a.disabledAt === null;

/**
 * Why an admin's change must be refused, checked on the accounts as they stand when it is written;
 * null when it may be written.
 */
export function refuseAccountChange(
  target: Account,
  change: AccountChange,
  actor: Account | undefined,
  admins: readonly Account[],
): 'actor_not_admin' | 'last_admin' | null {
  if (!actor || !isActiveAdmin(actor)) return 'actor_not_admin';
  const losesAdmin = isActiveAdmin(target) && !isActiveAdmin({ ...target, ...change });
  return losesAdmin && !admins.some((a) => a.id !== target.id && isActiveAdmin(a)) ? 'last_admin' : null;
}

/** A session as stored: the hash of its id, never the id the cookie carries. */
export type SessionRecord = { idHash: string; accountId: string; createdAt: Date; lastSeenAt: Date; address: string };

export type AuditEntry = { at: Date; actor: string | null; address: string; action: AuditAction; detail: Record<string, unknown> };

export type SignInFailure = { email: string; address: string; at: Date };

export type AccountStore = {
  accountByEmail(email: string): Promise<Account | null>;
  accounts(): Promise<Account[]>;
  /** False, and nothing written, when the email has an account already. */
  createAccount(account: NewAccount, audit: AuditEntry): Promise<boolean>;
  /** Sets the hash and ends every session of the account, starting the replacement if given. */
  setPassword(accountId: string, passwordHash: string, replacement: SessionRecord | null, audit: AuditEntry): Promise<void>;
  /**
   * An admin (`actor`, by email) changes an account's role or access, ending its sessions when
   * `endSessions` (access taken away), with one audit entry per change. The checks and the write are
   * one step, taken in turn with every other such change, so that an admin always remains: refused,
   * and nothing written, when no account has the email, when the actor is no longer an active admin
   * (another admin's change landed first), or when the target would lose the last active admin's
   * role or access but its own.
   */
  changeAccount(email: string, change: AccountChange, endSessions: boolean, audit: AuditEntry[], actor: string): Promise<AccountChangeResult>;
  /** Ends every session of an account (an admin's doing); false, and nothing written, without the account. */
  endSessionsOf(email: string, audit: AuditEntry): Promise<boolean>;
  /** Starts a session, notes it as the account's last sign-in and forgets its failed sign-ins. */
  startSession(session: SessionRecord, email: string, audit: AuditEntry): Promise<void>;
  session(idHash: string): Promise<{ session: SessionRecord; account: Account } | null>;
  touchSession(idHash: string, at: Date): Promise<void>;
  /** Ends one session; with an audit entry when a person ended it (not when it expired). */
  endSession(idHash: string, audit: AuditEntry | null): Promise<void>;
  recordFailure(failure: SignInFailure, audit: AuditEntry): Promise<void>;
  /** The times of failed sign-ins since a moment, for the email and for the address. */
  failuresSince(email: string, address: string, since: Date): Promise<{ account: Date[]; address: Date[] }>;
  /** Newest first, skipping the `offset` newest. */
  auditLog(limit: number, offset?: number): Promise<AuditEntry[]>;
};

/** Hashes passwords (argon2id in Node); the API app is given one by its host. */
export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
};
