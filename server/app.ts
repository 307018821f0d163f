/**
 * The HTTP application: Hono (a small router over the web-standard Request and Response, with
 * typed routes) with the API's middleware in order — security headers, CORS when configured, the
 * body limit, who is asking, the write rate limit — and the routes in routes-roles.ts and
 * routes-org.ts. It keeps no state between requests: everything is in the database.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { VERSION } from '../src/index.js';
import type { Actor, Authenticate } from './auth.js';
import type { Db } from './db.js';
import { fail } from './http.js';
import { countWrite } from './org-repo.js';
import { organisationRoutes } from './routes-org.js';
import { roleRoutes } from './routes-roles.js';

export type AppEnv = { Variables: { actor: Actor } };

export interface Deps {
  db: Db;
  authenticate: Authenticate;
  /** Origins allowed to call the API from a browser page on another origin; none by default. */
  corsOrigins?: string[];
  /** Writes per user per minute, counted in the database (0: no limit). */
  writesPerMinute?: number;
  /** The largest request body, in bytes (default 1 MiB, the parser's own limit). */
  maxBodyBytes?: number;
  /** The OpenAPI document, served at /api/openapi.json. */
  openapi?: () => unknown;
  log?: (line: string) => void;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A route's path (`/api/roles/:id`) as a pattern for whole request paths: a `:name` part is any one segment. */
const pathPattern = (route: string) => new RegExp(`^${route.split('/')
  .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  const maxBody = deps.maxBodyBytes ?? 1024 * 1024;
  const tooLarge = `The body is too large: at most ${(maxBody / 1024 / 1024).toFixed(1)} MiB.`;

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });
  if (deps.corsOrigins?.length) {
    app.use('/api/*', cors({
      origin: deps.corsOrigins, allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'], exposeHeaders: ['ETag', 'Location'], maxAge: 600,
    }));
  }
  // A declared length over the limit is refused before reading, but the body is read and dropped
  // first (up to 16 MiB) so the client hears the 413 instead of a reset connection.
  app.use('/api/*', async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared <= maxBody) return next();
    if (declared <= 16 * 1024 * 1024 && c.req.raw.body) {
      try { for await (const chunk of c.req.raw.body) void chunk; } catch { /* the client went away */ }
    }
    return fail(c, 413, tooLarge);
  });
  app.use('/api/*', bodyLimit({
    maxSize: maxBody,
    onError: (c) => fail(c, 413, tooLarge),
  }));

  app.get('/api/health', async (c) => {
    try {
      await deps.db.query('SELECT 1');
    } catch {
      return fail(c, 503, 'The database is not answering.');
    }
    return c.json({ status: 'ok' as const, database: deps.db.kind, version: VERSION });
  });
  if (deps.openapi) app.get('/api/openapi.json', (c) => c.json(deps.openapi!() as object));

  // The methods the API takes at a path (read once the routes below are registered).
  let routes: { method: string; path: RegExp }[] | undefined;
  const allowedAt = (path: string) => {
    routes ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, path: pathPattern(r.path) }));
    const allowed = [...new Set(routes.filter((r) => r.path.test(path)).map((r) => r.method))];
    return allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
  };

  app.use('/api/*', async (c, next) => {
    const who = deps.authenticate(c.req.raw.headers);
    if ('status' in who) return fail(c, 401, who.message, { headers: { 'WWW-Authenticate': 'Bearer' } });
    c.set('actor', who);
    // A method no route takes at the path is answered 404 or 405 below, for a viewer too, and is no
    // change to count.
    if (WRITE_METHODS.has(c.req.method) && allowedAt(new URL(c.req.url).pathname).includes(c.req.method)) {
      if (who.role === 'viewer') return fail(c, 403, 'Viewers may read but not change anything.');
      if (deps.writesPerMinute) {
        const count = await countWrite(deps.db, who.user, deps.writesPerMinute);
        if (!count.ok) return fail(c, 429, `Too many changes in a minute; try again in ${count.retryAfter} seconds.`, { headers: { 'Retry-After': String(count.retryAfter) } });
      }
    }
    await next();
  });

  app.route('/api/roles', roleRoutes(deps));
  app.route('/api', organisationRoutes(deps));

  // A path the API has, asked with a method it does not take: 405 with the methods it does take.
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = allowedAt(path);
    if (!allowed.length) return fail(c, 404, `There is nothing at ${c.req.method} ${path}.`);
    const allow = allowed.join(', ');
    return fail(c, 405, `${path} does not take ${c.req.method}; it takes ${allow}.`, { headers: { Allow: allow } });
  });
  app.onError((err, c) => {
    if (err instanceof RangeError && err.message.startsWith('The cursor')) return fail(c, 400, err.message);
    // The client went away before its body had arrived: nobody hears the answer, and nothing went wrong here.
    if (c.req.raw.signal.aborted || err.message === 'aborted') return fail(c, 400, 'The request ended before its body arrived.');
    deps.log?.(`error: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? err}`);
    return fail(c, 500, 'Something went wrong on the server. Try again, and tell the administrator if it keeps happening.');
  });
  return app;
}
