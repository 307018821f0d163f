// A server in its own process for the crash test: node run-server.mjs BUNDLE DATA_DIR. Prints one
// line of JSON with its URL when it listens. Local sign-in (127.0.0.1 only), no write limit.
const [bundle, data] = process.argv.slice(2);
const { startServer } = await import(bundle);
const server = await startServer({ port: 0, data, writesPerMinute: 0, log: () => {} });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
