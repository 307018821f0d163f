/** /api/roles and everything under it: the roles, their versions, comparisons and exports. */
import { Hono, type Context } from 'hono';
import {
  exportJobDescription, parseRoleDocument, suggestFilename, toDocx, toJobPosting, toMarkdown, DOCX_MIME_TYPE,
  type RoleDocument,
} from '../src/index.js';
import type { StoredRole } from '../src/store/role-store.js';
import { NewVersionSchema } from './api-schemas.js';
import type { AppEnv, Deps } from './app.js';
import { compareRoles } from './compare.js';
import { etag, fail, ifMatch, positiveInt, preconditionRequired, readJson } from './http.js';
import { getProfile } from './org-repo.js';
import * as repo from './roles-repo.js';

const STATUSES = new Set(['draft', 'review', 'approved']);

/** A role document from the request body, or the response that refuses it (415, 400, 422). */
async function readDocument(c: Context, id?: string): Promise<{ ok: true; doc: RoleDocument } | { ok: false; response: Response }> {
  const body = await readJson(c);
  if (!body.ok) return body;
  const parsed = parseRoleDocument(body.value);
  if (!parsed.ok) return { ok: false, response: fail(c, 422, 'The role document is not valid: see the issues.', { issues: parsed.issues }) };
  // The address of a role named "." or ".." would be folded into another one by every URL parser.
  if (id === undefined && /^\.+$/.test(parsed.document.id)) {
    return { ok: false, response: fail(c, 422, 'The role document is not valid: see the issues.', { issues: [{ path: 'id', message: 'An id made only of dots cannot be part of a web address: give the role another id.' }] }) };
  }
  if (id !== undefined && parsed.document.id !== id) {
    return { ok: false, response: fail(c, 422, 'The document’s id does not match the address it was sent to.', { issues: [{ path: 'id', message: `The id must be “${id}”, the id in the address.` }] }) };
  }
  return { ok: true, doc: parsed.document };
}

/** The response to a refused write: the message, and for 412 and 409 the current ETag. */
function refused(c: Context, r: repo.Refusal) {
  return fail(c, r.status, r.message, r.current ? { headers: { ETag: etag(r.current.revision) } } : {});
}

const roleResponse = (c: Context, role: StoredRole, status: 200 | 201 = 200) => c.json(role, status, { ETag: etag(role.revision) });

export function roleRoutes({ db }: Deps) {
  const app = new Hono<AppEnv>();

  // An address whose id no role can have is answered here, without asking the database (which
  // refuses some characters, such as NUL, outright).
  const knownShape = async (c: Context, next: () => Promise<void>) => {
    const id = c.req.param('id');
    if (!repo.isRoleId(id)) return fail(c, 404, `There is no role with the id “${id?.slice(0, 100)}”.`);
    await next();
  };
  app.use('/:id', knownShape);
  app.use('/:id/*', knownShape);

  app.get('/', async (c) => {
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? 50 : positiveInt(limitText);
    if (limit === undefined || limit > 200) return fail(c, 400, 'limit must be a whole number from 1 to 200.');
    const status = c.req.query('status');
    if (status !== undefined && !STATUSES.has(status)) return fail(c, 400, 'status must be draft, review or approved.');
    const search = c.req.query('search')?.slice(0, 200);
    return c.json(await repo.listRoles(db, { search, status, cursor: c.req.query('cursor'), limit }));
  });

  app.post('/', async (c) => {
    const read = await readDocument(c);
    if (!read.ok) return read.response;
    const result = await repo.createRole(db, read.doc, c.get('actor'));
    if (!result.ok) return refused(c, result);
    c.header('Location', `/api/roles/${encodeURIComponent(result.value.id)}`);
    return roleResponse(c, result.value, 201);
  });

  app.get('/:id', async (c) => {
    const role = await repo.getRole(db, c.req.param('id'));
    return role ? roleResponse(c, role) : fail(c, 404, `There is no role with the id “${c.req.param('id')}”.`);
  });

  app.put('/:id', async (c) => {
    const base = ifMatch(c);
    if (base === undefined) return preconditionRequired(c);
    const read = await readDocument(c, c.req.param('id'));
    if (!read.ok) return read.response;
    const result = await repo.updateRole(db, c.req.param('id'), read.doc, base, c.get('actor'));
    return result.ok ? roleResponse(c, result.value) : refused(c, result);
  });

  app.delete('/:id', async (c) => {
    const base = ifMatch(c);
    if (base === undefined) return preconditionRequired(c);
    const result = await repo.deleteRole(db, c.req.param('id'), base, c.get('actor'));
    return result.ok ? c.body(null, 204) : refused(c, result);
  });

  app.get('/:id/versions', async (c) => {
    const id = c.req.param('id');
    if (!(await repo.getRole(db, id))) return fail(c, 404, `There is no role with the id “${id}”.`);
    return c.json({ items: await repo.listVersions(db, id) });
  });

  app.post('/:id/versions', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const input = NewVersionSchema.safeParse(body.value);
    if (!input.success) {
      const issues = input.error.issues.flatMap((i) => (i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({ path: key, message: 'is not a field of a version (label, status, note, reason)' }))
        : [{ path: i.path.join('.'), message: i.message }]));
      return fail(c, 422, 'The version needs a label (at most 200 characters); status, note and reason are optional.', { issues });
    }
    const result = await repo.saveVersion(db, c.req.param('id'), input.data, ifMatch(c), c.get('actor'));
    if (!result.ok) return refused(c, result);
    c.header('Location', `/api/roles/${encodeURIComponent(c.req.param('id'))}/versions/${result.value.version}`);
    return c.json(result.value, 201);
  });

  app.get('/:id/versions/:v', async (c) => {
    const v = positiveInt(c.req.param('v'));
    const version = v === undefined ? undefined : await repo.getVersion(db, c.req.param('id'), v);
    return version ? c.json(version) : fail(c, 404, `Role “${c.req.param('id')}” has no version ${c.req.param('v')}.`);
  });

  app.get('/:id/compare', async (c) => {
    const id = c.req.param('id');
    const pick = async (which: string | undefined): Promise<RoleDocument | undefined | null> => {
      if (which === undefined || which === 'current') return (await repo.getRole(db, id))?.document;
      const v = positiveInt(which);
      if (v === undefined) return null;
      return (await repo.getVersion(db, id, v))?.document;
    };
    const from = c.req.query('from');
    const to = c.req.query('to') ?? 'current';
    if (from === undefined) return fail(c, 400, 'Say what to compare: from=<version> (and to=<version> or to=current, the default).');
    const [before, after] = [await pick(from), await pick(to)];
    if (before === null || after === null) return fail(c, 400, 'from and to must be a version number or "current".');
    if (!before || !after) return fail(c, 404, `Role “${id}” or the version asked for does not exist.`);
    if (!compareRoles) return fail(c, 501, 'Comparing versions is not available in this build of the server.');
    const organisation = (await getProfile(db))?.profile;
    const comparison = compareRoles(before, after, organisation ? { organisation } : {});
    const label = (s: string) => (s === 'current' ? 'current' : Number(s));
    return c.json({ from: label(from), to: label(to), ...comparison });
  });

  app.get('/:id/export', async (c) => {
    const role = await repo.getRole(db, c.req.param('id'));
    if (!role) return fail(c, 404, `There is no role with the id “${c.req.param('id')}”.`);
    const format = c.req.query('format') ?? 'json';
    const audienceText = c.req.query('audience') ?? 'candidate';
    if (audienceText !== 'candidate' && audienceText !== 'internal') return fail(c, 400, 'audience must be candidate or internal.');
    const audience = audienceText;
    const profile = (await getProfile(db))?.profile;
    const withOrg = profile ? { organisation: profile } : {};
    const doc = role.document;
    const attach = (ext: string) => ({ 'Content-Disposition': `attachment; filename="${suggestFilename(doc, ext).replace(/["\\\r\n]/g, '_')}"` });
    switch (format) {
      case 'json': return c.json(exportJobDescription(doc, withOrg));
      case 'jsonld': return c.body(JSON.stringify(toJobPosting(doc, withOrg), null, 2), 200, { 'Content-Type': 'application/ld+json; charset=utf-8' });
      case 'md': return c.body(toMarkdown(doc, { ...withOrg, audience }), 200, { 'Content-Type': 'text/markdown; charset=utf-8', ...attach('md') });
      case 'docx': return c.body((await toDocx(doc, { ...withOrg, audience })) as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': DOCX_MIME_TYPE, ...attach('docx') });
      default: return fail(c, 400, 'format must be json, jsonld, md or docx.');
    }
  });

  return app;
}
