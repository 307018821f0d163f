// Coverage of the element tests without the scripts' sources. @web/test-runner-chrome collects a
// page's coverage through puppeteer's `page.coverage`, which asks Chromium for the source text of
// every script the page parses (the test framework, the pre-bundled packages, every module) and
// splits every script's ranges, only for @web/test-runner-coverage-v8 to use neither: it keeps each
// script's raw V8 coverage and reads the sources from the dev server. `leanCoverage` gives a page a
// `coverage` that collects the same raw V8 coverage (block counts, the same scripts) and nothing
// else: over all element tests, interleaved runs used 7–21 core-seconds less of 140–180, with the
// same coverage summary. Should a later @web/test-runner-chrome read more of what `stopJSCoverage`
// returns, the coverage would come out short and its thresholds (web-test-runner.config.mjs) would
// fail the run.
//
// The Debugger domain stays on, as in puppeteer: it says which scripts the page parsed since its
// last navigation (older scripts of the same URLs can still be in memory), and while it is on V8
// compiles every script afresh instead of reusing what it compiled for an earlier test file on the
// same page. Reused code reports fewer blocks: without the Debugger, over all element tests, 83 % of
// about 4,200 branches instead of 92.8 % of about 4,770, even with coverage left running from file
// to file. V8's --no-compilation-cache gives back the same summary without the Debugger, and costs
// the same CPU: the Debugger's price (10–30 core-seconds a run) is that recompiling.

/**
 * `page` with a `coverage` whose `startJSCoverage` and `stopJSCoverage` do what
 * @web/test-runner-chrome needs of puppeteer's: `stopJSCoverage` returns `{ url, rawScriptCoverage }`
 * for each script with a URL parsed since coverage started or the page last navigated.
 * @param {import('puppeteer-core').Page} page
 */
export async function leanCoverage(page) {
  const session = await page.createCDPSession();
  let parsed = new Set();
  session.on('Debugger.scriptParsed', ({ scriptId, url }) => { if (url) parsed.add(scriptId); });
  session.on('Runtime.executionContextsCleared', () => { parsed = new Set(); });
  await session.send('Runtime.enable');
  const coverage = {
    async startJSCoverage() {
      parsed = new Set();
      await Promise.all([
        session.send('Profiler.enable'),
        session.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true }),
        session.send('Debugger.enable'),
        session.send('Debugger.setSkipAllPauses', { skip: true }),
      ]);
    },
    async stopJSCoverage() {
      const [{ result }] = await Promise.all([
        session.send('Profiler.takePreciseCoverage'),
        session.send('Profiler.stopPreciseCoverage'),
        session.send('Profiler.disable'),
        session.send('Debugger.disable'),
      ]);
      return result.filter((script) => parsed.has(script.scriptId)).map((script) => ({ url: script.url, rawScriptCoverage: script }));
    },
  };
  Object.defineProperty(page, 'coverage', { value: coverage });
  return page;
}
