#!/usr/bin/env node
// `npm start`: installs what is missing, builds, and serves the demo on 127.0.0.1 ($PORT, default 8000).
// It also starts the reference server of the role library (server/, `psw-role-kit serve`) on an
// embedded database in .cache/demo-server (git-ignored), on the next port, with two demo users — a
// manager and an HR user — whose tokens are written to .cache/demo-server/tokens.json and printed.
// The demo server passes /api on to it, so a page on the demo origin can use
// `new HttpRoleStore({ base: '/api', token })`.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstalled } from './lib/setup.mjs';
import { startServer } from './serve.mjs';

// npm ci would build too (the package's `prepare`): it leaves that to the build below, so a fresh
// clone builds once.
await ensureInstalled({ buildLater: true });
execSync('npm run --silent build', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
const apiPort = port + 1;
const { url } = await startServer({ port, api: `http://127.0.0.1:${apiPort}` });
console.log(`\npsw-role-kit demo: ${url}/demo/\n(press Ctrl+C to stop)`);

const dir = join('.cache', 'demo-server');
const tokensFile = join(dir, 'tokens.json');
mkdirSync(dir, { recursive: true });
if (!existsSync(tokensFile)) {
  const token = () => randomBytes(18).toString('base64url');
  writeFileSync(tokensFile, JSON.stringify({ [token()]: { user: 'demo-manager', role: 'manager' }, [token()]: { user: 'demo-hr', role: 'hr' } }, null, 2) + '\n', { mode: 0o600 });
}
console.log(`\nstarting the role library server (first start sets up its database, which takes a while)…`);
try {
  const { startServer: startApi } = await import(pathToFileURL(join(process.cwd(), 'dist/server/server.js')).href);
  const api = await startApi({ port: apiPort, host: '127.0.0.1', data: join(dir, 'data'), tokens: tokensFile });
  const tokens = Object.entries(JSON.parse(readFileSync(tokensFile, 'utf8')));
  console.log(`role library server: ${api.url}/api, also at ${url}/api (database: PGlite in ${join(dir, 'data')})`);
  for (const [token, { user, role }] of tokens) console.log(`  ${role.padEnd(8)} ${user.padEnd(13)} token ${token}`);
  console.log(`  (tokens in ${tokensFile}; see docs/server-api.md)`);
} catch (e) {
  console.log(`the role library server did not start: ${e instanceof Error ? e.message : e} (the demo pages work without it)`);
}
