// Coverage of the element tests by counters in the code: a dev-server plugin that instruments our
// element sources (istanbul-lib-instrument, the instrumenter of nyc) as it serves them, before esbuild
// compiles their TypeScript. The counters refer to the .ts file as written, so the report needs no
// source maps. Each test page sums its counts in `window.__coverage__`, which @web/test-runner reads at
// the end of the page (with --coverage, coverageConfig.nativeInstrumentation is false in
// web-test-runner.config.mjs).
//
// It replaced V8's own block coverage, which costs more and counts less exactly:
// - V8's coverage applies to everything the page runs (axe, Lit, zod, the test framework), compiled
//   again for every page with the Debugger on, where the counters here are only in our code. Over all
//   element tests, three interleaved pairs: 135–145 core-seconds against 147–155.
// - Mapped back to lines, V8's ranges marked as run about 70 lines of `components/` that never ran
//   (arrow functions in string catalogues and tables that no test calls); istanbul marks them unrun.
// - istanbul counts more branches (each operand of `&&`, `||`, `??`, an `if` without `else` taken and
//   not taken), so its branch percentage is lower for the same tests.
import { createInstrumenter } from 'istanbul-lib-instrument';
import { resolve } from 'node:path';

/**
 * The plugin, for web-test-runner.config.mjs's `plugins` before esbuild's: instruments the TypeScript
 * files under `folder` (from the repository root, e.g. `components`).
 */
export function istanbulPlugin({ folder }) {
  const instrumenter = createInstrumenter({
    esModules: true,
    produceSourceMap: false,
    // The global object read as `globalThis`: the instrumented code compiles no string at run time.
    coverageGlobalScopeFunc: false,
    coverageGlobalScope: 'globalThis',
    parserPlugins: ['typescript', 'importAttributes'],
  });
  return {
    name: 'psw-istanbul',
    transform(context) {
      // A page that loads none of our sources (test/cdn tests the built bundle) still hands over a
      // coverage object, an empty one: the test runner takes a page without one for a setup error.
      if (context.response.is('html')) return { body: context.body.replace(/<head>/i, '<head><script>globalThis.__coverage__ = {};</script>') };
      if (!context.path.startsWith(`/${folder}/`) || !context.path.endsWith('.ts')) return undefined;
      return { body: instrumenter.instrumentSync(context.body, resolve(`.${context.path}`)) };
    },
  };
}
