/**
 * How a rule is written: its catalogue entry (id, themes, severity, basis, sources, title, a static
 * summary and fix) plus a `check` that reports findings with a message built for the document at
 * hand. Findings copy severity, themes, basis and sources from their rule, so a rule has one of each.
 */
import type { RoleFacts } from '../facts.js';
import type { PathTemplate } from '../paths.js';
import type { Rule } from '../types.js';

/** Where a finding points: a field template, and for list items the index and the item's id. */
export interface At {
  path: PathTemplate;
  index?: number;
  itemId?: string;
  /** A boundary topic that has no record yet (findings about missing topics). */
  topic?: string;
}

export interface Sink {
  /** Reports one finding of the rule being checked; `fix` defaults to the rule's fix. */
  add(message: string, at: At, fix?: string): void;
  /**
   * For a rule that checks a list's items one by one: calls `check` with each item and its index,
   * except an item this rule checked at the same index in the previous assessment (the same
   * object), whose findings from then are reported again instead. The findings `add` reports in
   * `check` are kept for the next assessment. Only for findings that depend on nothing but the item
   * and its index (not on other items, the policy or the organisation).
   */
  eachItem<T extends object>(items: readonly T[], check: (item: T, index: number) => void): void;
}

export interface RuleDefinition extends Rule {
  summary: string;
  fix: string;
  check(facts: RoleFacts, out: Sink): void;
}

/** Said by every heuristic rule, in its summary and in each message, so a reader knows it is one. */
export const HEURISTIC = {
  threshold: 'Tool heuristic: the threshold is a default of this tool, not evidence, and your organisation can change it.',
  check: 'Tool heuristic: a consistency check of this tool, not a finding from evidence.',
  judgement: 'Tool heuristic: a judgement of this tool with no direct evidence behind it.',
  convention: 'Tool heuristic: a convention of job descriptions, not a finding from evidence.',
} as const;

/**
 * Where the answer to an unanswered fact belongs, said in the message. Facts the organisation
 * profile holds (src/organisation/apply.ts, PROFILE_DEFAULTS) are answered once for the whole
 * organisation, under the profile field's name (src/organisation/field-labels.ts; a test keeps the
 * two equal); facts about the post are answered in the role.
 */
export const WHERE = {
  profile: (...fields: string[]) =>
    `Answer it once for the organisation in its profile (${fields.map((f) => `Facts › ${f}`).join(', ')}), or here for this post if it differs.`,
  post: 'Answer it here for this post.',
  arrangement: 'Answer it here for this arrangement.',
} as const;

/** Declares a rule; its arrays are frozen because every finding shares them. */
export function defineRule(spec: RuleDefinition): RuleDefinition {
  Object.freeze(spec.themes);
  Object.freeze(spec.sources);
  return Object.freeze(spec);
}

const MAX_QUOTE = 80;
const SPACE_RUN = /\s\s|[^\S ]/;
/** Quotes a user's text in a message, shortened to keep messages readable. */
export function quote(text: string): string {
  let t = text.trim();
  if (SPACE_RUN.test(t)) t = t.replace(/\s+/g, ' ');
  return `“${t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t}”`;
}

/** Names a list item in a message by its quoted text, or by its number when the text is blank. */
export function itemName(text: string | undefined, index: number): string {
  return text !== undefined && /\S/.test(text) ? quote(text) : `number ${index + 1} (untitled)`;
}

/** A number for a message: whole numbers as they are, others to one decimal place. */
export function pct(n: number): string {
  return `${Number.isInteger(n) ? n : Math.round(n * 10) / 10}%`;
}
