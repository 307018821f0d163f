/**
 * Starts the reference server: opens the database (PGlite in a data folder, or PostgreSQL at a
 * URL), applies the migrations, chooses how people sign in, and listens. `psw-role-kit serve`
 * (bin/cli/serve.js) and the tests call `startServer`.
 */
import { RequestError, getRequestListener } from '@hono/node-server';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import { createApp } from './app.js';
import { errorBody } from './http.js';
import { loadTokens, localAuth, proxyHeaderAuth, tokenAuth, type Authenticate } from './auth.js';
import { openPglite, openPostgres, type Db } from './db.js';
import { migrate } from './migrations.js';
import { openApiDocument } from './openapi.js';

export { openApiDocument } from './openapi.js';

export interface ServerOptions {
  port?: number;
  /** Where to listen; 127.0.0.1 when nobody has to sign in, all interfaces otherwise (default). */
  host?: string;
  /** The PGlite data folder (default ./psw-data). */
  data?: string;
  /** PostgreSQL instead of PGlite. */
  databaseUrl?: string;
  tokens?: string;
  trustProxyHeader?: string;
  corsOrigin?: string[];
  writesPerMinute?: number;
  log?: (line: string) => void;
}

export interface RunningServer { url: string; port: number; host: string; db: Db; auth: 'tokens' | 'proxy-header' | 'local'; close(): Promise<void> }

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (options.tokens && options.trustProxyHeader) throw new Error('choose one way to sign in: --tokens or --trust-proxy-header, not both');
  let authenticate: Authenticate = localAuth;
  let auth: RunningServer['auth'] = 'local';
  if (options.tokens) { authenticate = tokenAuth(loadTokens(options.tokens)); auth = 'tokens'; }
  else if (options.trustProxyHeader) { authenticate = proxyHeaderAuth(options.trustProxyHeader); auth = 'proxy-header'; }
  const host = auth === 'local' ? '127.0.0.1' : (options.host ?? '0.0.0.0');
  if (auth === 'local' && options.host && options.host !== '127.0.0.1' && options.host !== 'localhost') {
    throw new Error('without --tokens or --trust-proxy-header everybody is HR, so the server listens on 127.0.0.1 only');
  }

  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(resolve(options.data ?? 'psw-data'));
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => {});
    throw e;
  }
  let openapi: unknown;
  const app = createApp({
    db, authenticate, log, corsOrigins: options.corsOrigin, writesPerMinute: options.writesPerMinute ?? 600,
    openapi: () => (openapi ??= openApiDocument()),
  });
  const server = await new Promise<Server>((resolvePromise, reject) => {
    // A request must have arrived whole within a minute (1 MiB at the most, see app.ts): a client that
    // starts a body and stalls does not hold a connection for Node's default five minutes (it hears
    // 408). Connections are checked every 5 s instead of 30, so the minute is kept to within seconds.
    const serverOptions = { requestTimeout: 60_000, connectionsCheckingInterval: 5_000 };
    const s = createServer(serverOptions, getRequestListener(app.fetch, { hostname: host, errorHandler: answerRequestError }));
    s.listen(options.port ?? 8080, host, () => resolvePromise(s));
    s.on('clientError', answerClientError);
    s.on('checkExpectation', answerExpectation);
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    url, port, host, db, auth,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await db.close();
    },
  };
}

/**
 * What Node refuses before a request reaches the app (a body still incomplete after the minute,
 * headers too large, bytes that are not HTTP), answered as the API answers every error:
 * `{ error: { message } }`, and the connection closed.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] = err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    ? [408, 'Request Timeout', 'The request did not arrive whole within a minute; send it again.']
    : err.code === 'ERR_HTTP_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request’s headers are too large.']
      : [400, 'Bad Request', 'The request is not one HTTP can carry; check the client that sent it.'];
  const body = JSON.stringify(errorBody(message));
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n`
    + `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`);
}

/**
 * A request Node took but the adapter could not turn into one for the app (a Host header that names
 * no host, a target that is no path): 400 with the JSON body every error has. The app answers its
 * own errors, so anything else here is the server's fault: 500.
 */
function answerRequestError(err: unknown): Response {
  const [status, message] = err instanceof RequestError
    ? [400, `The request’s address is not valid (${err.message.toLowerCase()}); check the client that sent it.`]
    : [500, 'The server could not answer this request.'];
  return new Response(JSON.stringify(errorBody(message)), { status, headers: { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' } });
}

/** An `Expect` header other than 100-continue (which Node handles): 417, with the JSON body every error has. */
function answerExpectation(_req: IncomingMessage, res: ServerResponse): void {
  const body = JSON.stringify(errorBody('The server meets no Expect header but “100-continue”: send the request without it.'));
  res.writeHead(417, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff', Connection: 'close' });
  res.end(body);
}
