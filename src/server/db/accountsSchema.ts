// The tables of editors' accounts: accounts, their sessions (hashed ids only), failed sign-ins
// (for lockouts) and the audit log. Timestamps with time zone; identities PostgreSQL 10+ knows.
import type { AuditAction, Role } from '../../api/accounts';
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' }).notNull();

export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  role: text('role').$type<Role>().notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: moment('created_at'),
  /** Set while an admin has taken the account's access away: it cannot sign in, and nothing is deleted. */
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the id the cookie carries, in hex. */
    idHash: text('id_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: moment('created_at'),
    lastSeenAt: moment('last_seen_at'),
    address: text('address').notNull(),
  },
  (table) => [index('sessions_account').on(table.accountId)],
);

export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull(),
    address: text('address').notNull(),
    at: moment('at'),
  },
  (table) => [index('sign_in_failures_email').on(table.email, table.at), index('sign_in_failures_address').on(table.address, table.at)],
);

export const auditLog = pgTable('audit_log', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  at: moment('at'),
  actor: text('actor'),
  address: text('address').notNull(),
  action: text('action').$type<AuditAction>().notNull(),
  detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
});
