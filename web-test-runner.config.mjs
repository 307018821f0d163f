// Browser tests: headless Debian Chromium (its headless shell when installed, see
// scripts/lib/browsers.mjs) through the Chrome launcher.
// test/components tests the elements from the sources (Lit dev mode); test/cdn tests the built drop-in
// bundle. The core tests (test/src) run once, in Node (scripts/node-tests.mjs, coverage by c8).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, ELEMENT_TEST_ARGS, testChromiumPath } from './scripts/lib/browsers.mjs';
import { summaryReporter } from './scripts/lib/wtr-summary-reporter.mjs';
import { prebundlePlugin } from './scripts/lib/wtr-prebundle.mjs';
import { istanbulPlugin } from './scripts/lib/wtr-istanbul.mjs';
import { fileTimesReporter, longestFirst } from './scripts/lib/wtr-file-times.mjs';
import { pageGroups, testFiles } from './scripts/lib/wtr-page-groups.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const executablePath = testChromiumPath();
const coverage = process.argv.includes('--coverage');
// The folder whose TypeScript the element tests' coverage counts.
const COVERED = 'components';

// The longest files first (by the times of the last run, see scripts/lib/wtr-file-times.mjs; these
// on a machine that has none yet), so that the two pages finish close together.
const LONG = ['test/components/a11y/sweep.test.ts', 'test/components/security/xss.test.ts', 'test/components/robustness/edit-storm.test.ts',
  'test/components/role-designer/readonly-a11y.test.ts', 'test/components/supervision-planner/findings-a11y.test.ts'];

// Third-party packages as one build instead of ~170 modules a page (scripts/lib/wtr-prebundle.mjs).
// Resolved with the same conditions as nodeResolve below (Lit's development build). chai-a11y-axe
// loads axe-core, a UMD file, to register window.axe, and takes a bundler's `require` for webpack's:
// the dev server serves both as they are.
const CONDITIONS = ['development'];
const PREBUNDLE = prebundlePlugin({
  packages: ['zod', 'lit', '@lit/context', '@open-wc/testing'],
  roots: ['src', 'components', 'test/components', 'test/util', 'test/fixtures', 'test/cdn'],
  conditions: CONDITIONS,
  external: ['chai-a11y-axe', 'axe-core', 'axe-core/*'],
});

// Files that keep a page of their own (scripts/lib/wtr-page-groups.mjs; the others share pages, a
// group of files a page): the long ones, which would gain little; those that record which elements
// the entry registers (test/components/util/every-element.ts: only the first file of a page could);
// those that load a language for the whole page (locales/); the built bundle's. Files named on the
// command line, `--watch` and PSW_WTR_PAGE_PER_FILE=1 give every file a page of its own.
const ALONE = [...LONG, 'test/components/role-designer/keyboard.test.ts', 'test/components/role-document/unsent.test.ts',
  'test/components/role-library/role-library.test.ts'];
const alone = (file) => ALONE.includes(file) || file.startsWith('test/components/locales/') || file.startsWith('test/cdn/')
  || readFileSync(file, 'utf8').includes('util/every-element');
// PSW_WTR_QUICK=1 (npm run test:quick) leaves out the built bundle's tests (test/cdn needs a build) and
// the two suites that check every element at once, the axe sweep (test/components/a11y) and the
// hostile strings (test/components/security): about a third of the element tests' CPU. npm test
// runs them; so does naming them: npx web-test-runner test/components/a11y/sweep.test.ts.
const EVERY_ELEMENT_SUITES = ['test/components/a11y/', 'test/components/security/'];
const quick = !!process.env.PSW_WTR_QUICK;
const ALL = [...testFiles('test/components').filter((f) => !quick || !EVERY_ELEMENT_SUITES.some((d) => f.startsWith(d))),
  ...(quick ? [] : testFiles('test/cdn'))];

// esbuild compiles our TypeScript. Given a target, @web/dev-server-esbuild would also put every .js
// response through esbuild, and every test page's inline script: the test framework (1.2 MB), the
// pre-bundled packages (built for es2022 already), node_modules files. Its transform cache keeps only
// files on disk, so it would compile the framework and the pre-bundled chunks again for each of the
// two pages, and the inline script for each test file. Chromium runs all of them as they are.
function typeScriptOnly(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.endsWith('.ts') ? transform(context) : undefined);
  return plugin;
}

export default {
  files: longestFirst(process.argv.includes('--watch') || process.env.PSW_WTR_PAGE_PER_FILE ? ALL : pageGroups(ALL, { alone }), LONG),
  nodeResolve: { exportConditions: CONDITIONS },
  // With coverage, our element sources are served with istanbul's counters in them (scripts/lib/wtr-istanbul.mjs).
  plugins: [PREBUNDLE, ...(coverage ? [istanbulPlugin({ folder: COVERED })] : []), typeScriptOnly(esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022', define: { __PSW_VERSION__: JSON.stringify(pkg.version) } }))],
  browsers: [chromeLauncher({
    // One browser context per page: with a shared context, background tabs get no
    // requestAnimationFrame and fixtures time out.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: { executablePath, headless: true, args: [...CHROMIUM_ARGS, ...ELEMENT_TEST_ARGS] },
  })],
  concurrency: 2,
  staticLogging: !!process.env.CI || !!process.env.PSW_WTR_SUMMARY,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter(), fileTimesReporter()],
  // A machine busy with other work can take longer than the defaults (2 s a test; 30 s, 20 s, 2 min)
  // to run an axe pass, open a page, start its tests and finish a file; waiting longer costs nothing
  // on a quiet one. No test asserts a duration.
  testFramework: { config: { timeout: 30_000 } },
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  coverageConfig: {
    // The elements; the core is covered by its own tests in Node (.c8rc.json). Counted by istanbul's
    // counters in the served code (the plugin above), not by V8's block coverage. Only with coverage:
    // the runner asks every page for the counters whenever this is false, and fails a page without them.
    include: [`${COVERED}/**/*.ts`],
    nativeInstrumentation: !coverage,
    reportDir: 'coverage/browser',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
};
