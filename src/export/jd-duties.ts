/**
 * The duties in the job description: core duties as key responsibilities, flexible duties with their
 * bounds in words, and the duties the role excludes with the reasons.
 */
import type { Duty, RoleDocument } from '../model/schema.js';
import { formatDecimal, formatWeeks, joinWords } from './format.js';
import { defined, line } from './jd-lines.js';
import type { JdBlock, ListItem } from './jd-model-types.js';

const dutyTitle = (d: Duty): string => line(d.title) ?? 'Untitled duty';
const percent = (n: number): string => `${formatDecimal(n)}%`;

export function coreDutyItem(d: Duty): ListItem {
  const details = defined([
    line(d.description),
    d.timeShare !== undefined && `About ${percent(d.timeShare)} of contracted hours`,
  ]);
  return details.length ? { text: dutyTitle(d), details } : { text: dutyTitle(d) };
}

/** A flexible duty's bounds in words, or "Limits to be agreed" when it has none. */
export function flexibleBounds(d: Duty): string[] {
  const f = d.flexibility;
  const agreedWith = (f?.agreedWith ?? []).map((w) => line(w)).filter((w): w is string => w !== undefined);
  const limits = defined([
    f?.maxShare !== undefined && `Up to ${percent(f.maxShare)} of contracted hours`,
    d.timeShare !== undefined && `Usually about ${percent(d.timeShare)} of contracted hours`,
    line(f?.bounds),
  ]);
  const rest = defined([
    agreedWith.length > 0 && `How it is used is agreed with ${joinWords(agreedWith)}`,
    f?.reviewEveryWeeks !== undefined && `Reviewed ${formatWeeks(f.reviewEveryWeeks)}`,
  ]);
  return [...(limits.length ? limits : ['Limits: to be agreed']), ...rest];
}

export function flexibleSection(doc: RoleDocument): JdBlock[] {
  const items = doc.duties.filter((d) => d.kind === 'flexible').map((d): ListItem => ({
    text: dutyTitle(d),
    details: [...defined([line(d.description)]), ...flexibleBounds(d)],
  }));
  const cap = doc.role.involvementRequestCap;
  return defined<JdBlock>([
    items.length > 0 && { kind: 'list', items },
    cap !== undefined && {
      kind: 'paragraph',
      text: `Requests to take part in involvement or co-production work take at most ${percent(cap)} of contracted hours.`,
    },
  ]);
}

export function excludedSection(doc: RoleDocument): JdBlock[] {
  const items = doc.duties.filter((d) => d.kind === 'excluded').map((d): ListItem => {
    const details = defined([line(d.description), line(d.exclusionReason) && `Why: ${line(d.exclusionReason)}`]);
    return details.length ? { text: dutyTitle(d), details } : { text: dutyTitle(d) };
  });
  if (!items.length) return [];
  return [
    { kind: 'paragraph', text: 'To keep the post focused on peer support, the post-holder is not asked to do the following.' },
    { kind: 'list', items },
  ];
}
