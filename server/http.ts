/** Small helpers shared by the routes: errors as JSON, ETags, and reading a JSON body safely. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ParseIssue } from '../src/index.js';

/** The body of every error the API sends: `{ error: { message } }`, with `issues` for 422. */
export const errorBody = (message: string, issues?: ParseIssue[]) => (issues ? { error: { message }, issues } : { error: { message } });

/** An error response (see `errorBody`). */
export function fail(c: Context, status: ContentfulStatusCode, message: string, extra: { issues?: ParseIssue[]; headers?: Record<string, string> } = {}) {
  return c.json(errorBody(message, extra.issues), status, extra.headers);
}

export const etag = (revision: string) => `"${revision}"`;

/**
 * The revision named by `If-Match` ("3"; W/"3" too, as a proxy that compresses answers may weaken
 * the ETags it passes on); undefined without the header. A tag this server never gives out ("abc",
 * "1.0", `*`, a list) names no revision: '' , which matches none, so the write is refused with 412.
 */
export function ifMatch(c: Context): string | undefined {
  const raw = c.req.header('if-match')?.trim();
  if (!raw) return undefined;
  return /^(?:W\/)?"([1-9]\d{0,8})"$/.exec(raw)?.[1] ?? '';
}

export const preconditionRequired = (c: Context) =>
  fail(c, 428, 'Send the ETag of the version you read as If-Match, so a change made by someone else in the meantime is never overwritten.');

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON request body: 415 for another content type, a character set other than UTF-8 or a
 * compressed body; 400 for bytes that are not UTF-8 or text that is not JSON.
 */
export async function readJson(c: Context): Promise<BodyResult> {
  const [type = '', ...params] = (c.req.header('content-type') ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') {
    return { ok: false, response: fail(c, 415, `Send the body as JSON with "Content-Type: application/json"${type ? ` (this request said “${type.slice(0, 60)}”)` : ''}.`) };
  }
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return { ok: false, response: fail(c, 415, `Send the body in UTF-8 (this request said charset “${charset.slice(0, 40)}”).`) };
  }
  const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return { ok: false, response: fail(c, 415, `Send the body uncompressed (this request said Content-Encoding “${encoding.slice(0, 40)}”).`, { headers: { 'Accept-Encoding': 'identity' } }) };
  }
  let text: string;
  try {
    text = utf8.decode(await c.req.arrayBuffer());
  } catch {
    return { ok: false, response: fail(c, 400, 'The body is not valid UTF-8 text.') };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: fail(c, 400, 'The body is not valid JSON.') };
  }
  // Every body this API takes is an object. A JSON string would reach the parsers as text to parse
  // again: a document sent encoded twice would pass, and any other string would read as bad JSON.
  if (typeof value === 'string') {
    const message = 'The body must be a JSON object, not a JSON string: send the document itself, not the document written as text.';
    return { ok: false, response: fail(c, 422, message, { issues: [{ path: '', message }] }) };
  }
  return { ok: true, value };
}

/** A whole number from 1 up, or undefined. */
export const positiveInt = (s: string | undefined) => (s !== undefined && /^[1-9]\d{0,8}$/.test(s) ? Number(s) : undefined);
