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

export const accountSchema = z.object({ email: z.string(), role: roleSchema, createdAt: z.string() });

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

export const auditResponseSchema = z.object({ data: z.array(auditEntrySchema) });

export type Role = z.infer<typeof roleSchema>;
export type AuditAction = z.infer<typeof auditActionSchema>;
export type AccountView = z.infer<typeof accountSchema>;
