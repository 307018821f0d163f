/**
 * A role library server in memory, answering like the reference server (docs/server-api.md) for
 * what the elements use: list, read, create, replace and delete with If-Match, versions. `install()` puts it in
 * place of `window.fetch` for requests under its base; `down` makes every request fail like a network
 * that cannot be reached. Each request's Authorization header is recorded.
 */
import type { RoleDocument } from '../../../src/model/schema.js';
import { resetPage } from '../document-runtime/fixtures.js';

interface Entry { document: RoleDocument; revision: number; updatedAt: string; versions: { version: number; label: string; at: string; status: string; document: RoleDocument }[] }

export class FakeRoleServer {
  readonly roles = new Map<string, Entry>();
  readonly auth: (string | null)[] = [];
  readonly requests: string[] = [];
  down = false;
  /** Writes are applied, but their answers are lost on the way back. */
  dropWriteAnswers = false;
  /** Roles whose reads answer 503 (a server that cannot read them now). */
  readonly failReads = new Set<string>();
  #restore?: () => void;

  constructor(readonly base = '/fake-api') {}

  seed(doc: RoleDocument): string {
    this.roles.set(doc.id, { document: doc, revision: 1, updatedAt: new Date().toISOString(), versions: [] });
    return '1';
  }

  /** Replaces the role as another person would (a new revision). */
  saveAsSomeoneElse(doc: RoleDocument): void {
    const e = this.roles.get(doc.id)!;
    e.document = doc;
    e.revision++;
    e.updatedAt = new Date().toISOString();
  }

  install(): this {
    const original = window.fetch;
    const prefix = new URL(this.base, document.baseURI).href;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      return url.startsWith(prefix) ? this.handle(url.slice(prefix.length), init ?? {}) : original(input, init);
    }) as typeof fetch;
    this.#restore = () => (window.fetch = original);
    return this;
  }

  uninstall(): void {
    this.#restore?.();
  }

  #json(status: number, body: unknown, etag?: number): Response {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (etag !== undefined) headers.ETag = `"${etag}"`;
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers });
  }

  #stored(id: string, e: Entry) {
    return { id, revision: String(e.revision), document: e.document, createdAt: e.updatedAt, updatedAt: e.updatedAt };
  }

  async handle(path: string, init: RequestInit): Promise<Response> {
    const method = init.method ?? 'GET';
    this.requests.push(`${method} ${path}`);
    if (this.down) throw new TypeError('Failed to fetch');
    if (this.dropWriteAnswers && method !== 'GET') {
      // The write is done; its answer never arrives (a proxy or a network that failed on the way back).
      await this.#answer(path, init, method);
      throw new TypeError('Failed to fetch');
    }
    return this.#answer(path, init, method);
  }

  async #answer(path: string, init: RequestInit, method: string): Promise<Response> {
    const headers = new Headers(init.headers);
    this.auth.push(headers.get('Authorization'));
    const [pathname] = path.split('?');
    const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'roles') return this.#json(404, { error: { message: 'No such route.' } });
    const id = parts[1];
    const e = id ? this.roles.get(id) : undefined;
    if (!id && method === 'GET') {
      const items = [...this.roles].map(([rid, r]) => ({
        id: rid, revision: String(r.revision), title: r.document.role.title, status: r.document.meta.status, updatedAt: r.updatedAt, versionCount: r.versions.length,
      }));
      return this.#json(200, { items });
    }
    if (!id && method === 'POST') {
      const doc = JSON.parse(String(init.body)) as RoleDocument;
      if (this.roles.has(doc.id)) return this.#json(409, { error: { message: 'A role with this id exists.' } });
      this.seed(doc);
      return this.#json(201, this.#stored(doc.id, this.roles.get(doc.id)!), 1);
    }
    if (!e) return this.#json(404, { error: { message: 'No such role.' } });
    if (parts[2] === 'versions') {
      if (method === 'GET' && parts[3]) {
        const v = e.versions.find((x) => x.version === Number(parts[3]));
        return v ? this.#json(200, v) : this.#json(404, { error: { message: 'No such version.' } });
      }
      if (method === 'GET') return this.#json(200, { items: e.versions.map(({ document: _d, ...v }) => v) });
      const base = headers.get('If-Match');
      if (base && base !== `"${e.revision}"`) return this.#json(412, { error: { message: 'Someone else saved this role since you read it.' } });
      const input = JSON.parse(String(init.body)) as { label: string };
      const v = { version: e.versions.length + 1, label: input.label, at: new Date().toISOString(), status: e.document.meta.status, document: e.document };
      e.versions.push(v);
      return this.#json(201, { version: v.version, label: v.label, at: v.at, status: v.status });
    }
    if (method === 'GET' && this.failReads.has(id)) return this.#json(503, { error: { message: 'Try again later.' } });
    if (method === 'GET') return this.#json(200, this.#stored(id, e), e.revision);
    if (method === 'PUT') {
      const ifMatch = headers.get('If-Match');
      if (!ifMatch) return this.#json(428, { error: { message: 'If-Match is required.' } });
      if (ifMatch !== `"${e.revision}"`) return this.#json(412, { error: { message: 'Someone else saved this role since you read it.' } });
      e.document = JSON.parse(String(init.body)) as RoleDocument;
      e.revision++;
      e.updatedAt = new Date().toISOString();
      return this.#json(200, this.#stored(id, e), e.revision);
    }
    if (method === 'DELETE') {
      const ifMatch = headers.get('If-Match');
      if (!ifMatch) return this.#json(428, { error: { message: 'If-Match is required.' } });
      if (ifMatch !== `"${e.revision}"`) return this.#json(412, { error: { message: 'Someone else saved this role since you read it.' } });
      // As the reference server: the role and its versions are gone (no trash).
      this.roles.delete(id);
      return new Response(null, { status: 204 });
    }
    return this.#json(405, { error: { message: 'Not allowed.' } });
  }
}

/**
 * For a suite: a fresh fake server on a base of its own before each test (handed to `set`), removed
 * after it, with a clean page either side.
 */
export function useFakeRoleServer(set: (server: FakeRoleServer) => void): void {
  let server: FakeRoleServer;
  beforeEach(() => {
    resetPage();
    server = new FakeRoleServer(`/fake-api-${Math.random().toString(36).slice(2)}`).install();
    set(server);
  });
  afterEach(() => {
    resetPage();
    server.uninstall();
  });
}
