#!/usr/bin/env node
// A small static server for the demo pages and the end-to-end tests. It serves the repository root
// read-only, so the pages load dist/cdn/psw-role-kit.js exactly as an intranet page would, and it
// sends the strict Content-Security-Policy header for pages that test it (see CSP_PAGES).
// Usage: node scripts/serve.mjs [--port N]   (default: $PORT or 8000, on 127.0.0.1)
import { createServer, request } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The strict policy of docs/csp.md: no inline script or style, Trusted Types with Lit's policy only. */
export const STRICT_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
  "require-trusted-types-for 'script'", 'trusted-types lit-html',
].join('; ');
/** Pages served with STRICT_CSP as a response header. */
export const CSP_PAGES = new Set(['/demo/csp.html']);

/**
 * Passes a request on to the reference server at `target` (http://host:port), so demo pages call
 * /api on their own origin and need no CORS.
 */
function proxy(req, res, target) {
  const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'The role library server is not running.' } }));
  });
  req.pipe(upstream);
}

/** `api`: the URL of a reference server to pass /api/… requests on to (npm start sets it). */
export function startServer({ port = 0, host = '127.0.0.1', root = ROOT, api } = {}) {
  const server = createServer((req, res) => {
    if (api && /^\/api(\/|\?|$)/.test(req.url ?? '')) {
      proxy(req, res, api);
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || /(^|\/)(\.git|node_modules)(\/|$)/.test(path)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    let stat;
    try { stat = statSync(file); } catch { stat = undefined; }
    if (stat?.isDirectory()) {
      res.writeHead(302, { Location: `${path}/` }).end();
      return;
    }
    if (!stat?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}`);
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    if (CSP_PAGES.has(path)) headers['Content-Security-Policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  // An idle kept-alive connection stays open 30 s, not Node's 5: a client reusing one just as the
  // server closed it got "socket hang up" (seen in an end-to-end test on a busy machine, whose route
  // fetched a page again a few seconds after the last request). close() still ends idle ones at once.
  server.keepAliveTimeout = 30_000;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, port: actual, url: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = Number(i >= 0 ? process.argv[i + 1] : process.env.PORT ?? 8000);
  const { url } = await startServer({ port });
  console.log(`psw-role-kit demo: ${url}/demo/`);
}
