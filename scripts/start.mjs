#!/usr/bin/env node
// `npm start`: installs what is missing, builds, and serves the demo on 127.0.0.1 ($PORT, default 8000).
import { execSync } from 'node:child_process';
import { ensureInstalled } from './lib/setup.mjs';
import { startServer } from './serve.mjs';

ensureInstalled();
execSync('npm run --silent build', { stdio: 'inherit' });
const { url } = await startServer({ port: Number(process.env.PORT ?? 8000) });
console.log(`\npsw-role-kit demo: ${url}/demo/\n(press Ctrl+C to stop)`);
