/**
 * `refinement(name)`: a named check of ./refinements.ts as a zod check, for the schemas. The check
 * remembers its name, so the compiler of the generated checks (scripts/lib/checker-compiler.mjs)
 * can call the same function where zod would call this closure.
 */
import { z } from './zod.js';
import { distinct, salaryRange, uniqueIds, uniqueTopics, type RefinementIssue } from './refinements.js';

// Named imports, not `import * as`: a namespace object would be built in the drop-in entry (which
// holds ./refinements.ts for the generated checks) only for this lazy module to read.
const refinements = { distinct, salaryRange, uniqueIds, uniqueTopics };

export type RefinementName = keyof typeof refinements;

const names = new WeakMap<object, { name: RefinementName; arg?: string }>();

/** The zod check running `refinements[name](value, arg)`; its issues are zod's `custom` issues. */
export function refinement<T>(name: RefinementName, arg?: string) {
  const fn = refinements[name] as (value: unknown, arg?: string) => RefinementIssue[];
  const check = z.superRefine((value: T, ctx) => {
    for (const { path, input, message } of fn(value, arg)) ctx.addIssue({ code: 'custom', message, path, input });
  });
  names.set(check, arg === undefined ? { name } : { name, arg });
  return check;
}

/** The name (and argument) a check was made with by `refinement()`, if it was. */
export const refinementOf = (check: object) => names.get(check);
