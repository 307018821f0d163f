/** /api/organisation (the profile, HR only to write) and /api/audit (the log of writes, HR only). */
import { Hono } from 'hono';
import { parseOrganisationProfile } from '../src/index.js';
import type { AppEnv, Deps } from './app.js';
import { etag, fail, ifMatch, positiveInt, readJson } from './http.js';
import { getProfile, listAudit, putProfile } from './org-repo.js';
import { isRoleId } from './roles-repo.js';

export function organisationRoutes({ db }: Deps) {
  const app = new Hono<AppEnv>();

  app.get('/organisation', async (c) => {
    const stored = await getProfile(db);
    return stored ? c.json(stored, 200, { ETag: etag(stored.revision) }) : fail(c, 404, 'There is no organisation profile yet; HR can create one.');
  });

  app.put('/organisation', async (c) => {
    if (c.get('actor').role !== 'hr') return fail(c, 403, 'Only HR may change the organisation profile.');
    const base = ifMatch(c);
    const create = c.req.header('if-none-match')?.trim() === '*';
    if (base !== undefined && create) return fail(c, 400, 'Send either If-Match (to replace the profile you read) or If-None-Match: * (to create the first one), not both.');
    if (base === undefined && !create) {
      return fail(c, 428, 'Send the ETag of the profile you read as If-Match (or If-None-Match: * to create the first one), so nobody’s change is overwritten.');
    }
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = parseOrganisationProfile(body.value);
    if (!parsed.ok) return fail(c, 422, 'The organisation profile is not valid: see the issues.', { issues: parsed.issues });
    const result = await putProfile(db, parsed.profile, create ? null : base!, c.get('actor'));
    if (!result.ok) return fail(c, result.status, result.message, result.current ? { headers: { ETag: etag(result.current.revision) } } : {});
    return c.json(result.value, 200, { ETag: etag(result.value.revision) });
  });

  app.get('/audit', async (c) => {
    if (c.get('actor').role !== 'hr') return fail(c, 403, 'Only HR may read the audit log.');
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? 50 : positiveInt(limitText);
    if (limit === undefined || limit > 200) return fail(c, 400, 'limit must be a whole number from 1 to 200.');
    const roleId = c.req.query('role');
    if (roleId !== undefined && !isRoleId(roleId)) return fail(c, 400, 'role must be the id of a role.');
    return c.json(await listAudit(db, { cursor: c.req.query('cursor'), limit, roleId }));
  });

  return app;
}
