/**
 * The document's fixed values, in a module of their own without zod, so what runs in every page
 * (the parser, the store, the migrations) can use them without the schema library: the document is
 * checked there by the generated checks (./generated/role-document-check.ts). ./schema.ts
 * re-exports them.
 */

/** 2 since the contract's length (`employment.fixedTermMonths`) left the funding term: ./migrations.ts. */
export const SCHEMA_VERSION = 2 as const;
export const DOCUMENT_KIND = 'psw-role-document' as const;

/** Hard limits. Real roles have 8–30 duties; 1,000 is a stress case. */
export const LIMITS = {
  duties: 1000,
  items: 200,
  text: 10_000,
  id: 64,
} as const;
