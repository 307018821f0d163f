/** Small helpers shared by the routes: errors as JSON, ETags, and reading a JSON body safely. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ParseIssue } from '../src/index.js';

/** Every error the API sends: `{ error: { message } }`, with `issues` for 422. */
export function fail(c: Context, status: ContentfulStatusCode, message: string, extra: { issues?: ParseIssue[]; headers?: Record<string, string> } = {}) {
  const body = extra.issues ? { error: { message }, issues: extra.issues } : { error: { message } };
  return c.json(body, status, extra.headers);
}

export const etag = (revision: string) => `"${revision}"`;

/** The revision named by `If-Match` ("3", W/"3"); `*` and lists are not used by this API. */
export function ifMatch(c: Context): string | undefined {
  const raw = c.req.header('if-match')?.trim();
  if (!raw) return undefined;
  const m = /^(?:W\/)?"([^"]*)"$/.exec(raw);
  return m ? m[1] : raw;
}

export const preconditionRequired = (c: Context) =>
  fail(c, 428, 'Send the ETag of the version you read as If-Match, so a change made by someone else in the meantime is never overwritten.');

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** Reads a JSON request body: 415 for another content type, 400 for text that is not JSON. */
export async function readJson(c: Context): Promise<BodyResult> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    return { ok: false, response: fail(c, 415, `Send the body as JSON with "Content-Type: application/json"${type ? ` (this request said “${type.slice(0, 60)}”)` : ''}.`) };
  }
  const text = await c.req.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: fail(c, 400, 'The body is not valid JSON.') };
  }
}

/** A whole number from 1 up, or undefined. */
export const positiveInt = (s: string | undefined) => (s !== undefined && /^[1-9]\d{0,8}$/.test(s) ? Number(s) : undefined);
