// @ts-check
/**
 * `serve`: the reference server of the REST API (docs/server-api.md), built by `npm run build` into
 * dist/server/server.js from server/. Runs until stopped (Ctrl+C or SIGTERM), then closes the
 * database cleanly.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT } from './errors.js';

/**
 * @param {string[]} args
 * @param {{ port?: string, host?: string, data?: string, 'database-url'?: string, tokens?: string, 'trust-proxy-header'?: string, 'cors-origin'?: string, 'writes-per-minute'?: string }} opts
 * @returns {Promise<number>}
 */
export async function serve(args, opts) {
  if (args.length) throw new CliError(`serve: takes no FILE (found ${args.join(' ')})`);
  const port = opts.port === undefined ? Number(process.env.PORT ?? 8080) : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError('serve: --port must be a whole number from 0 to 65535');
  const writesPerMinute = opts['writes-per-minute'] === undefined ? undefined : Number(opts['writes-per-minute']);
  if (writesPerMinute !== undefined && !(Number.isInteger(writesPerMinute) && writesPerMinute >= 0)) throw new CliError('serve: --writes-per-minute must be a whole number (0: no limit)');
  const file = fileURLToPath(new URL('../../dist/server/server.js', import.meta.url));
  if (!existsSync(file)) throw new CliError('serve: the server is not built yet: run npm run build');
  const url = new URL('../../dist/server/server.js', import.meta.url).href;
  const { startServer } = await import(url);
  const databaseUrl = opts['database-url'] ?? process.env.DATABASE_URL;
  let running;
  try {
    running = await startServer({
      port, host: opts.host, data: opts.data, databaseUrl, tokens: opts.tokens, trustProxyHeader: opts['trust-proxy-header'],
      corsOrigin: opts['cors-origin']?.split(',').map((s) => s.trim()).filter(Boolean), writesPerMinute,
    });
  } catch (e) {
    throw new CliError(`serve: ${e instanceof Error ? e.message : String(e)}`);
  }
  const where = databaseUrl ? 'PostgreSQL' : `PGlite in ${opts.data ?? 'psw-data'}`;
  const who = { local: 'no sign-in: everybody is a local HR user (127.0.0.1 only)', tokens: `bearer tokens from ${opts.tokens}`, 'proxy-header': `the ${opts['trust-proxy-header']} header of a trusted proxy` }[/** @type {'local' | 'tokens' | 'proxy-header'} */ (running.auth)];
  process.stdout.write(`psw-role-kit server: ${running.url}/api (database: ${where}; sign-in: ${who})\n`);
  await new Promise((resolve) => {
    const stop = () => resolve(undefined);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  return EXIT.OK;
}
