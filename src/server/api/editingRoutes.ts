// The API's editing routes as its OpenAPI document declares them: sessions, accounts, the audit
// log (accountRoutes.ts, accountAdminRoutes.ts) and data versions (versionRoutes.ts), built from
// the contract's schemas. The prose (roles, cookies, lockouts) is in docs/api.md.
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import {
  accountChangeBodySchema,
  accountResponseSchema,
  accountsResponseSchema,
  AUDIT_PAGE_DEFAULT,
  AUDIT_PAGE_MAX,
  auditResponseSchema,
  newAccountBodySchema,
  passwordChangeBodySchema,
  sessionResponseSchema,
  signInBodySchema,
} from '../../api/accounts';
import { errorBodySchema } from '../../api/contract';
import { publishBodySchema, publishedResponseSchema, versionChangesResponseSchema, versionsResponseSchema } from '../../api/versions';

/** The session cookie (`__Host-kpi_session`, or `kpi_session` on a loopback host), as components.securitySchemes names it. */
export const SESSION_SCHEME = 'session';

const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <S extends z.ZodType>(schema: S) => ({ required: true, content: { 'application/json': { schema } } });

const REFUSALS = {
  400: 'invalid_body or invalid_parameter: `parameter` names the field',
  401: 'unauthorized: no session, an expired one, or (signing in) a wrong email or password',
  403: 'forbidden: another site’s request (CSRF) or a role below the one needed',
  404: 'not_found: no such account or data version',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'locked: too many failed sign-ins; `retryAt` and Retry-After say when to try again',
  503: 'not_available: this host cannot hash passwords',
} as const;

/** The error answers a route may give, each with the error body, and the server's own failure. */
function refusals(...statuses: (keyof typeof REFUSALS)[]) {
  const answers: Record<number, ReturnType<typeof json>> = { 500: json(errorBodySchema, 'the server failed') };
  for (const status of statuses) answers[status] = json(errorBodySchema, REFUSALS[status]);
  return answers;
}

const signedIn = [{ [SESSION_SCHEME]: [] }];
const noContent = { description: 'done; no body' };
const emailParameter = { name: 'email', in: 'path', required: true, description: 'the account’s email, URL-encoded', schema: { type: 'string' } } as const;

export const editingRoutes: RouteConfig[] = [
  {
    method: 'get',
    path: '/session',
    summary: 'The signed-in account and when its session ends at the latest',
    security: signedIn,
    responses: { 200: json(sessionResponseSchema, 'the session'), ...refusals(401) },
  },
  {
    method: 'post',
    path: '/session',
    summary: 'Sign in: a new session cookie (the one the browser held ends)',
    request: { body: body(signInBodySchema) },
    responses: {
      200: json(sessionResponseSchema, 'signed in; Set-Cookie carries the new session'),
      ...refusals(400, 401, 403, 429, 503),
      403: json(errorBodySchema, 'forbidden: another site’s request; disabled: the account’s access has been taken away'),
    },
  },
  {
    method: 'delete',
    path: '/session',
    summary: 'Sign out: the session ends and its cookie is cleared',
    security: signedIn,
    responses: { 204: noContent, ...refusals(401, 403) },
  },
  {
    method: 'put',
    path: '/session/password',
    summary: 'Change one’s password: every session of the account ends, this browser gets a new one',
    security: signedIn,
    request: { body: body(passwordChangeBodySchema) },
    responses: { 200: json(sessionResponseSchema, 'changed; Set-Cookie carries the new session'), ...refusals(400, 401, 403, 503) },
  },
  {
    method: 'get',
    path: '/accounts',
    summary: 'Admins: every account with its role, state and last sign-in',
    security: signedIn,
    responses: { 200: json(accountsResponseSchema, 'the accounts'), ...refusals(401, 403) },
  },
  {
    method: 'post',
    path: '/accounts',
    summary: 'Admins: create an account with an initial password',
    security: signedIn,
    request: { body: body(newAccountBodySchema) },
    responses: { 201: json(accountResponseSchema, 'the account created'), ...refusals(400, 401, 403, 409, 503) },
  },
  {
    method: 'patch',
    path: '/accounts/{email}',
    summary: 'Admins: change an account’s role, or take its access away (its sessions end) or give it back',
    security: signedIn,
    parameters: [emailParameter],
    request: { body: body(accountChangeBodySchema) },
    responses: {
      200: json(accountResponseSchema, 'the account as it is now'),
      ...refusals(400, 401, 403, 404),
      409: json(
        errorBodySchema,
        'conflict: an admin cannot change their own role or take away their own access, nor change an account once another admin has taken their own away',
      ),
    },
  },
  {
    method: 'delete',
    path: '/accounts/{email}/sessions',
    summary: 'Admins: end every session of an account (it may sign in again)',
    security: signedIn,
    parameters: [emailParameter],
    responses: { 204: noContent, ...refusals(401, 403, 404) },
  },
  {
    method: 'get',
    path: '/audit',
    summary: 'Admins: the audit log, newest first, a page at a time',
    security: signedIn,
    parameters: [
      {
        name: 'limit',
        in: 'query',
        required: false,
        description: `entries per page (default ${AUDIT_PAGE_DEFAULT})`,
        schema: { type: 'integer', minimum: 1, maximum: AUDIT_PAGE_MAX },
      },
      { name: 'offset', in: 'query', required: false, description: 'newest entries skipped (default 0)', schema: { type: 'integer', minimum: 0 } },
    ],
    responses: { 200: json(auditResponseSchema, 'a page of the audit log'), ...refusals(400, 401, 403) },
  },
  {
    method: 'get',
    path: '/versions',
    summary: 'Editors: every data version, newest first',
    security: signedIn,
    responses: { 200: json(versionsResponseSchema, 'the data versions'), ...refusals(401, 403) },
  },
  {
    method: 'post',
    path: '/versions',
    summary: 'Editors: publish reported figures with their source as a new data version',
    security: signedIn,
    request: { body: body(publishBodySchema) },
    responses: { 201: json(publishedResponseSchema, 'the new data version'), ...refusals(400, 401, 403, 409, 413) },
  },
  {
    method: 'get',
    path: '/versions/{id}/changes',
    summary: 'Editors: what a data version changed against the version before it (new, changed, replaced illustrative, removed)',
    security: signedIn,
    parameters: [{ name: 'id', in: 'path', required: true, description: 'the data version', schema: { type: 'string' } }],
    responses: { 200: json(versionChangesResponseSchema, 'its changes; `previous` is null for the first version'), ...refusals(401, 403, 404) },
  },
  {
    method: 'post',
    path: '/versions/{id}/restore',
    summary: 'Editors: publish an old data version’s content again as a new version',
    security: signedIn,
    parameters: [{ name: 'id', in: 'path', required: true, description: 'the data version to restore', schema: { type: 'string' } }],
    responses: { 201: json(publishedResponseSchema, 'the new data version'), ...refusals(401, 403, 404) },
  },
];
