// Reads a JSON request body against its contract schema, or gives the 400 that names the field.
import type { Context } from 'hono';
import type { z } from 'zod';
import { errorBody, type ApiEnv } from './sessions';

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

export async function readBody<S extends z.ZodType>(c: Context<ApiEnv>, schema: S): Promise<Parsed<z.infer<S>>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: c.json(errorBody('invalid_body', 'the body is not JSON'), 400) };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, response: c.json(errorBody('invalid_body', issue.message, { parameter: issue.path.join('.') }), 400) };
}
