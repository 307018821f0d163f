// A server in its own process for the crash test and the bench: node run-server.mjs BUNDLE_URL DATA_DIR
// [DATABASE_URL]. Prints one line of JSON with its URL when it listens. Local sign-in (127.0.0.1
// only, everybody HR), no write limit.
const [bundle, data, databaseUrl] = process.argv.slice(2);
const { startServer } = await import(bundle);
const server = await startServer({ port: 0, data, databaseUrl: databaseUrl || undefined, writesPerMinute: 0, log: () => {} });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
