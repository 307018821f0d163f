/**
 * Every rule, in id order. `ruleDefinitions` carries the checks (internal); `ruleCatalogue` is the
 * public, data-only list (`Rule` in ../types.ts): id, themes, severity, basis, sources, title,
 * summary, fix.
 */
import type { Rule } from '../types.js';
import { boundaryRules } from './boundaries.js';
import { dutyRules } from './duties.js';
import { employmentRules } from './employment.js';
import { payRules } from './pay.js';
import { postFactRules } from './post-facts.js';
import { recruitmentRules } from './recruitment.js';
import { roleRules } from './role.js';
import type { RuleDefinition } from './rule.js';
import { supportRules } from './support.js';
import { teamRules } from './team.js';

const byId = (a: { id: string }, b: { id: string }) => Number(a.id.slice(1)) - Number(b.id.slice(1));

export const ruleDefinitions: readonly RuleDefinition[] = Object.freeze(
  [...roleRules, ...dutyRules, ...boundaryRules, ...supportRules, ...teamRules, ...employmentRules, ...payRules, ...postFactRules, ...recruitmentRules].sort(byId),
);

export const ruleCatalogue: readonly Rule[] = Object.freeze(
  ruleDefinitions.map(({ id, themes, severity, basis, sources, title, summary, fix }) =>
    Object.freeze({ id, themes, severity, basis, sources, title, summary, fix }),
  ),
);

export type { RuleDefinition } from './rule.js';
