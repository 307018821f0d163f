/**
 * psw-role-kit/define: registers every element (and is the input of the CDN bundle).
 * Safe to load twice: PswElement.define() ignores a tag that is already registered.
 */
export * from './index.js';
