/**
 * psw-role-kit/core: the DOM-free core. No side effects; runs in Node and in browsers.
 * (DESIGN.md §4: the entry exports what exists so far.)
 */
export { VERSION } from './version.js';
export * from './model/index.js';
export * from './catalogue/index.js';
export type * from './assess/types.js';
