// Browser tests: headless Debian Chromium through the Chrome launcher.
// test/components tests the elements from the sources (Lit dev mode); test/cdn tests the built drop-in
// bundle. The core tests (test/src) run once, in Node (scripts/node-tests.mjs, coverage by c8).
// PSW_WTR_NO_CDN=1 leaves out test/cdn, which needs `npm run build` (npm run test:quick).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, browserPath } from './scripts/lib/browsers.mjs';
import { summaryReporter } from './scripts/lib/wtr-summary-reporter.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));
const executablePath = browserPath('chromium');

export default {
  files: ['test/components/**/*.test.ts', ...(process.env.PSW_WTR_NO_CDN ? [] : ['test/cdn/**/*.test.ts']), '!test/**/*.fail.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022', define: { __PSW_VERSION__: JSON.stringify(pkg.version) } })],
  browsers: [chromeLauncher({
    // One browser context per page: with a shared context, background tabs get no
    // requestAnimationFrame and fixtures time out.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
  })],
  concurrency: 2,
  staticLogging: !!process.env.CI || !!process.env.PSW_WTR_SUMMARY,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  // A machine busy with other work can take longer than the defaults (2 s a test; 30 s, 20 s, 2 min)
  // to run an axe pass, open a page, start its tests and finish a file; waiting longer costs nothing
  // on a quiet one. No test asserts a duration.
  testFramework: { config: { timeout: 30_000 } },
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  coverageConfig: {
    // The elements; the core is covered by its own tests in Node (.c8rc.json).
    include: ['components/**/*.ts'],
    reportDir: 'coverage/browser',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
};
