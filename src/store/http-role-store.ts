/**
 * `HttpRoleStore`: the `RoleStore` over the REST API of the reference server (docs/server-api.md).
 * DOM-free: it needs only `fetch` (injectable, for Node, tests and hosts with their own client).
 * A role's `revision` is its HTTP `ETag`; a write sends it as `If-Match`, and the answers map to the
 * store's results: 412 and 409 → `conflict` (with the current role), a write to a role that is no
 * longer there (404) → `conflict` with no current role, 422 → `invalid`, 403 → `forbidden`, no
 * answer (within `timeoutMs`), a 5xx, or a success whose body is no role (a sign-in page a proxy put
 * in its place) → `unavailable`. Reading a role: 404 is "no such role" (undefined); any other
 * failure throws, so a server that cannot answer is never taken for an empty library, and a stored
 * document this copy cannot read (a newer schema version) throws saying so.
 *
 * Offline: with an `outbox` (any `StorageLike`), a write the server could not be reached for is kept
 * there and `put` answers `unavailable` saying so. `flush()` sends what is pending, oldest first, each
 * with the revision it was originally based on, so a change made on the server meanwhile comes back
 * as a conflict instead of being overwritten. Call `flush()` when the connection returns (for example
 * on the page's `online` event); it stops at the first write the server still cannot take.
 */
import { parseRoleDocument } from '../model/parse.js';
import type { ParseIssue } from '../model/issues.js';
import type { StorageLike } from './persistence.js';
import type {
  ListQuery, RolePage, RoleStore, RoleVersion, SaveVersionInput, StoreRefusal, StoreResult, StoredRole, VersionSummary, WriteOptions,
} from './role-store.js';
import { jsonText } from '../model/json-text.js';

export interface HttpRoleStoreOptions {
  /** The API's base, e.g. '/api' or 'https://roles.example.org/api'. */
  base: string;
  /** A bearer token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** More headers for every request (e.g. for a proxy). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  /** Where writes wait while the server cannot be reached; without it they are not kept. */
  outbox?: StorageLike;
  /** The key of the outbox in `outbox` (default 'psw-role-kit/outbox'). */
  outboxKey?: string;
  /** How long a request may go unanswered before the server counts as unreachable (default 30 s, a tool default). */
  timeoutMs?: number;
}

/** One write waiting to be sent. */
export type PendingWrite =
  | { op: 'put'; id: string; baseRevision: string | null; document: unknown; queuedAt: string }
  | { op: 'remove'; id: string; baseRevision: string | null; queuedAt: string };

export interface FlushReport {
  sent: number;
  /** Writes the server refused (conflicts among them): taken out of the outbox, for the caller to show. */
  refused: { write: PendingWrite; result: StoreRefusal }[];
  /** Still waiting: the server could not be reached. */
  pending: number;
}

type Answer = { status: number; body: unknown; etag: string | null } | { status: 0; error: string };

const message = (body: unknown, fallback: string): string => {
  const m = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof m === 'string' ? m : fallback;
};
const issuesOf = (body: unknown): ParseIssue[] => {
  const list = (body as { issues?: unknown } | null)?.issues;
  return Array.isArray(list) ? (list as ParseIssue[]) : [];
};
const revisionOf = (etag: string | null): string | undefined => etag?.replace(/^W\//, '').replace(/^"|"$/g, '');
const unavailable = (why: string): StoreRefusal => ({ ok: false, reason: 'unavailable', message: `The role library server cannot be reached (${why}).` });
/** A success whose body is not what was asked for (`what`): a proxy's sign-in page, say, and not the server. */
const notThe = (what: string) => unavailable(`its answer is not ${what}, perhaps a sign-in page`);
/** The sentence for a failed read. */
const readFailure = (a: Answer) => new Error('error' in a ? unavailable(a.error).message : message(a.body, `The server answered ${a.status}.`));

export class HttpRoleStore implements RoleStore {
  readonly #base: string;
  readonly #fetch: typeof fetch;
  readonly #headers: Record<string, string>;
  readonly #outbox?: StorageLike;
  readonly #outboxKey: string;
  readonly #timeoutMs: number;

  constructor(options: HttpRoleStoreOptions) {
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#base = options.base.replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = { Accept: 'application/json', ...options.headers, ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) };
    this.#outbox = options.outbox;
    this.#outboxKey = options.outboxKey ?? 'psw-role-kit/outbox';
  }

  async #request(method: string, path: string, { body, ifMatch }: { body?: unknown; ifMatch?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...this.#headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
    // The answer, body included, must come within the time: a request nobody answers would hold
    // every later save behind it. The signal stops the request; the race ends the wait even for a
    // `fetch` that ignores signals.
    const timeout = new AbortController();
    const noAnswer = `no answer within ${this.#timeoutMs / 1000} seconds`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => (timeout.abort(), reject(new Error(noAnswer))), this.#timeoutMs);
    });
    try {
      let response: Response;
      try {
        response = await Promise.race([this.#fetch(`${this.#base}${path}`, { method, headers, body: body === undefined ? undefined : jsonText(body), signal: timeout.signal }), late]);
      } catch (e) {
        return { status: 0, error: timeout.signal.aborted ? noAnswer : e instanceof Error ? e.message : String(e) };
      }
      let parsed: unknown = null;
      try { parsed = response.status === 204 ? null : await Promise.race([response.json(), late]); } catch { parsed = null; }
      if (timeout.signal.aborted) return { status: 0, error: noAnswer };
      return { status: response.status, body: parsed, etag: response.headers.get('ETag') };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The role as stored now; undefined when there is none (404); throws when it cannot be read. */
  async #role(id: string): Promise<StoredRole | undefined> {
    const a = await this.#request('GET', `/roles/${encodeURIComponent(id)}`);
    if (a.status === 404) return undefined;
    if (a.status !== 200 || 'error' in a) throw readFailure(a);
    const stored = this.#stored(a.body, a.etag, id);
    if (!stored.ok) throw new Error(stored.message);
    return stored.value;
  }

  /** A role from the server's answer, its document read as `parseRoleDocument` reads any (older versions brought up to date). */
  #stored(body: unknown, etag: string | null, id: string): StoreResult<StoredRole> {
    const role = body as Partial<StoredRole> | null;
    if (role === null || typeof role !== 'object' || typeof role.id !== 'string') {
      return notThe('a role');
    }
    const parsed = parseRoleDocument(role.document);
    if (!parsed.ok) {
      return { ok: false, reason: 'invalid', message: `The role “${id}” on the server cannot be read here: ${parsed.issues[0]?.message ?? 'it is not a valid role document'}`, issues: parsed.issues };
    }
    return { ok: true, value: { ...(role as StoredRole), document: parsed.document, revision: revisionOf(etag) ?? String(role.revision) } };
  }

  /** What a refused write becomes; a conflict carries the role as it is now (none when it was deleted). */
  async #refusal(a: Answer, id: string, write = true): Promise<StoreRefusal> {
    if ('error' in a) return unavailable(a.error);
    const text = message(a.body, `The server answered ${a.status}.`);
    switch (a.status) {
      case 409: case 412: {
        let current: StoredRole | undefined;
        try {
          current = await this.#role(id);
        } catch (e) {
          return unavailable((e as Error).message);
        }
        return { ok: false, reason: 'conflict', message: text, current };
      }
      // A write to a role that is gone: deleted since it was read. The same conflict the IndexedDB
      // store gives, with no current role, so the person can keep theirs (created again) or leave it.
      case 404: return write ? { ok: false, reason: 'conflict', message: text, current: undefined } : { ok: false, reason: 'not-found', message: text };
      case 400: case 413: case 415: case 422:
        return { ok: false, reason: 'invalid', message: text, issues: issuesOf(a.body) };
      case 401: case 403: return { ok: false, reason: 'forbidden', message: text };
      default: return a.status >= 500 || a.status === 429 ? unavailable(text) : { ok: false, reason: 'invalid', message: text, issues: [] };
    }
  }

  async list(query: ListQuery = {}): Promise<RolePage> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
    const a = await this.#request('GET', `/roles${params.size ? `?${params}` : ''}`);
    if (a.status !== 200 || 'error' in a) throw readFailure(a);
    if (!Array.isArray((a.body as Partial<RolePage> | null)?.items)) throw new Error(notThe('a list of roles').message);
    return a.body as RolePage;
  }

  get(id: string): Promise<StoredRole | undefined> {
    return this.#role(id);
  }

  async put(doc: unknown, options: WriteOptions): Promise<StoreResult<StoredRole>> {
    const parsed = parseRoleDocument(doc);
    if (!parsed.ok) return { ok: false, reason: 'invalid', message: 'The role document is not valid.', issues: parsed.issues };
    const document = parsed.document;
    const result = await this.#sendPut(document.id, document, options.baseRevision);
    if (!result.ok && result.reason === 'unavailable' && this.#outbox) {
      this.#queue({ op: 'put', id: document.id, baseRevision: options.baseRevision, document, queuedAt: new Date().toISOString() });
      return { ...result, message: `${result.message} Your change is kept on this device and will be sent when the server is back.` };
    }
    return result;
  }

  async #sendPut(id: string, document: unknown, base: string | null): Promise<StoreResult<StoredRole>> {
    const a = base === null
      ? await this.#request('POST', '/roles', { body: document })
      : await this.#request('PUT', `/roles/${encodeURIComponent(id)}`, { body: document, ifMatch: base });
    if ((a.status === 200 || a.status === 201) && !('error' in a)) return this.#stored(a.body, a.etag, id);
    // A 404 to a create is no deleted role: the address is wrong (`not-found`).
    return this.#refusal(a, id, base !== null);
  }

  async remove(id: string, options: WriteOptions): Promise<StoreResult<{ id: string }>> {
    const result = await this.#sendRemove(id, options.baseRevision);
    if (!result.ok && result.reason === 'unavailable' && this.#outbox) {
      this.#queue({ op: 'remove', id, baseRevision: options.baseRevision, queuedAt: new Date().toISOString() });
      return { ...result, message: `${result.message} The deletion is kept on this device and will be sent when the server is back.` };
    }
    return result;
  }

  async #sendRemove(id: string, base: string | null): Promise<StoreResult<{ id: string }>> {
    if (base === null) return this.#refusal({ status: 409, body: { error: { message: 'Deleting a role needs the revision it was read at.' } }, etag: null }, id);
    const a = await this.#request('DELETE', `/roles/${encodeURIComponent(id)}`, { ifMatch: base });
    return a.status === 204 || a.status === 200 ? { ok: true, value: { id } } : this.#refusal(a, id, false);
  }

  async versions(id: string): Promise<VersionSummary[]> {
    const a = await this.#request('GET', `/roles/${encodeURIComponent(id)}/versions`);
    if (a.status === 404) return [];
    if (a.status !== 200 || 'error' in a) throw readFailure(a);
    const items = (a.body as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) throw new Error(notThe('a list of versions').message);
    return items as VersionSummary[];
  }

  async saveVersion(id: string, input: SaveVersionInput): Promise<StoreResult<VersionSummary>> {
    // `by` is who the server knows the caller as; it is not sent.
    const { label, status, note, reason, baseRevision } = input;
    const a = await this.#request('POST', `/roles/${encodeURIComponent(id)}/versions`, { body: { label, status, note, reason }, ifMatch: baseRevision });
    return a.status === 201 && !('error' in a) ? { ok: true, value: a.body as VersionSummary } : this.#refusal(a, id, false);
  }

  async getVersion(id: string, version: number): Promise<RoleVersion | undefined> {
    const a = await this.#request('GET', `/roles/${encodeURIComponent(id)}/versions/${version}`);
    return a.status === 200 && !('error' in a) ? (a.body as RoleVersion) : undefined;
  }

  /** The writes waiting to be sent, oldest first. */
  pending(): PendingWrite[] {
    if (!this.#outbox) return [];
    try {
      const list: unknown = JSON.parse(this.#outbox.getItem(this.#outboxKey) ?? '[]');
      return Array.isArray(list) ? (list as PendingWrite[]) : [];
    } catch {
      return [];
    }
  }

  #save(list: PendingWrite[]) {
    if (!this.#outbox) return;
    if (list.length) this.#outbox.setItem(this.#outboxKey, jsonText(list));
    else this.#outbox.removeItem(this.#outboxKey);
  }

  /** A newer pending write of the same role replaces an older one but keeps the older one's base. */
  #queue(write: PendingWrite) {
    const list = this.pending();
    const earlier = list.findIndex((w) => w.id === write.id);
    if (earlier >= 0) list.splice(earlier, 1, { ...write, baseRevision: list[earlier].baseRevision });
    else list.push(write);
    this.#save(list);
  }

  /** Sends the pending writes, oldest first, each on its original base revision. */
  async flush(): Promise<FlushReport> {
    const report: FlushReport = { sent: 0, refused: [], pending: 0 };
    const list = this.pending();
    while (list.length) {
      const write = list[0];
      const result = write.op === 'put' ? await this.#sendPut(write.id, write.document, write.baseRevision) : await this.#sendRemove(write.id, write.baseRevision);
      if (!result.ok && result.reason === 'unavailable') break;
      list.shift();
      if (result.ok) report.sent++;
      else report.refused.push({ write, result });
      this.#save(list);
    }
    report.pending = list.length;
    return report;
  }
}
