// The contract of accounts and sessions: who may sign in, with which role, and what the API says
// about it. Editors import and publish; admins also manage accounts; viewers only read.
import { z } from 'zod';

export const roleSchema = z.enum(['viewer', 'editor', 'admin']);

/** ASVS level 1 asks for at least 12; 128 bounds the work one request can ask of the hasher. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const passwordSchema = z.string().min(PASSWORD_MIN, `a password has at least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX);

/** Addresses are compared as written in lower case: one account per mailbox. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an email address')
  .transform((email) => email.toLowerCase());

// Any password is let through to the check at sign-in: a rule added later must not lock anyone out.
export const signInBodySchema = z.object({ email: emailSchema, password: z.string().min(1).max(PASSWORD_MAX) });

export const passwordChangeBodySchema = z.object({ current: z.string().min(1).max(PASSWORD_MAX), password: passwordSchema });

export const newAccountBodySchema = z.object({ email: emailSchema, role: roleSchema, password: passwordSchema });

/** An admin changes one thing at a time: the role, or whether the account may sign in. */
export const accountChangeBodySchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((change) => change.role !== undefined || change.disabled !== undefined, 'expected a role or disabled');

export const accountSchema = z.object({
  email: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  /** When an admin took the account's access away; null while it may sign in. */
  disabledAt: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
});

export const accountResponseSchema = z.object({ data: accountSchema });

export const sessionResponseSchema = z.object({
  data: z.object({
    email: z.string(),
    role: roleSchema,
    /** When the session ends at the latest, whatever the activity. */
    expiresAt: z.string(),
  }),
});

export const accountsResponseSchema = z.object({ data: z.array(accountSchema) });

export const auditActionSchema = z.enum([
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'password_changed',
  'account_created',
  'role_changed',
  'account_disabled',
  'account_enabled',
  /** An admin ended every session of an account. */
  'sessions_ended',
  'version_published',
  'version_restored',
  /** The server completed a database seeded before the seed grew (see server/db/seedUpgrade.ts). */
  'seed_upgraded',
]);

export const auditEntrySchema = z.object({
  at: z.string(),
  /** The account that acted; for a failed sign-in, the address that was tried. */
  actor: z.string().nullable(),
  address: z.string(),
  action: auditActionSchema,
  detail: z.record(z.string(), z.unknown()),
});

/** The audit log is read a page at a time, newest first. */
export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;

export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditResponseSchema = z.object({
  data: z.array(auditEntrySchema),
  /** `more`: older entries follow; ask again with `offset + limit`. */
  page: z.object({ limit: z.number(), offset: z.number(), more: z.boolean() }),
});

export type Role = z.infer<typeof roleSchema>;
export type AuditAction = z.infer<typeof auditActionSchema>;
export type AccountView = z.infer<typeof accountSchema>;
export type AccountChangeBody = z.infer<typeof accountChangeBodySchema>;
export type NewAccountBody = z.infer<typeof newAccountBodySchema>;
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
export type AuditPage = z.infer<typeof auditResponseSchema>;
