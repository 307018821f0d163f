/**
 * One test API for both runners. In the browser, @web/test-runner provides mocha's globals; in Node
 * the same files run under `node --test`, whose `node:test` module has the same BDD names. Core tests
 * import `describe`/`it` from here so they prove, by running in Node, that the core never needs a DOM.
 */
type Hook = (fn: () => unknown) => void;
type Suite = (name: string, fn: () => void) => void;
type Test = (name: string, fn: () => unknown) => void;
interface Api { describe: Suite; it: Test; before: Hook; after: Hook; beforeEach: Hook; afterEach: Hook }

const g = globalThis as unknown as Partial<Api>;
// The module name is built at run time so browser bundlers never try to resolve a Node built-in.
const nodeTest = 'node:' + 'test';
const api: Api = typeof g.describe === 'function' && typeof g.it === 'function'
  ? (g as Api)
  : ((await import(/* @vite-ignore */ nodeTest)) as Api);

export const { describe, it, before, after, beforeEach, afterEach } = api;

/** True when running under `node --test` (no DOM). */
export const inNode = typeof (globalThis as { document?: unknown }).document === 'undefined';
