/** The package version, replaced at build time (rollup, test runners) from package.json. */
declare const __PSW_VERSION__: string;
