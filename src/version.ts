/** The package version, injected at build time from package.json (see rollup.config.js). */
export const VERSION: string = typeof __PSW_VERSION__ === 'string' ? __PSW_VERSION__ : '0.0.0-dev';
