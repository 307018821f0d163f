/**
 * Rules on the facts of the post an advert states (base, reporting line, band, hours, contract…)
 * and what it says the employer provides (induction, training): a template's suggestion for them
 * counts only once a person has confirmed or changed it, and a fact that still says "To be agreed"
 * is not decided.
 */
import { describePath } from '../../model/field-labels.js';
import { parsePath } from '../../model/paths.js';
import { filled } from '../facts.js';
import type { PathTemplate } from '../paths.js';
import { defineRule, HEURISTIC, quote } from './rule.js';
import { DBS_TEXT } from '../../export/jd-recruitment.js';
import { lowerFirst } from '../../export/format.js';
import type { DbsLevel } from '../../model/constants.js';

/** The post facts by name, as a sentence starts with them. */
const NAMES: Readonly<Record<string, string>> = {
  'role.title': 'The job title',
  'role.reportsTo': 'The reporting line',
  'employment.band': 'The band',
  'employment.hoursPerWeek': 'The hours per week',
  'employment.contractType': 'The contract type',
  'employment.location': 'The base',
  'employment.workPattern': 'The working pattern',
  'employment.dbs.level': 'The DBS check level',
  'employment.funding.source': 'The funding source',
  'employment.unsocialHours': 'Whether the pattern includes unsocial hours',
  'employment.policeVetting.required': 'Whether police vetting is needed',
  'training.induction': 'The induction',
  'training.mandatory': 'The mandatory training',
  'training.development': 'The development offer',
  'training.peerSpecific': 'The peer-specific training',
  'supervision.arrangements': 'The supervision pattern',
  'progression.steps': 'The progression route',
};

const CONTRACT: Readonly<Record<string, string>> = { permanent: 'permanent', 'fixed-term': 'fixed-term', bank: 'bank', apprenticeship: 'apprenticeship' };

function valueWords(path: string, value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (path === 'employment.dbs.level' && typeof value === 'string' && Object.hasOwn(DBS_TEXT, value)) return lowerFirst(DBS_TEXT[value as DbsLevel]);
  if (typeof value !== 'string' || !filled(value)) return undefined;
  if (path === 'employment.contractType') return CONTRACT[value];
  return quote(value);
}

function getAt(doc: unknown, path: string): unknown {
  let node = doc;
  for (const key of parsePath(path) ?? []) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/** Text that says a fact is still open rather than stating it. */
const UNDECIDED = /^(?:to be (?:agreed|confirmed|decided|determined|advised|arranged)|tb[acd])[.!]*$/i;
/** The post facts written as text, which can hold "To be agreed". */
const TEXT_FACTS = ['role.title', 'role.reportsTo', 'employment.band', 'employment.location', 'employment.workPattern', 'employment.funding.source'] as const;

export const postFactRules = [
  defineRule({
    id: 'R66',
    themes: ['T5', 'T3'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Post fact still the template’s suggestion',
    summary: `Flags each fact of the post (reporting line, band, hours, contract, working pattern, DBS level, funding source, base), and each thing a template says the employer provides (induction, peer-specific training, mandatory training in paid time, development, the supervision pattern, the progression route), that still holds what the template suggested, until a person confirms or changes it: a template cannot know the post or promise for the organisation. ${HEURISTIC.check}`,
    fix: 'Check the value for this post, then confirm it or change it.',
    check(f, out) {
      for (const path of f.doc.meta.suggested ?? []) {
        const value = valueWords(path, getAt(f.doc, path));
        const name = NAMES[path] ?? describePath(path, f.doc);
        out.add(`${name}${value ? ` (${value})` : ''} is the template’s suggestion for this post: confirm it or change it. ${HEURISTIC.check}`, {
          path: path as PathTemplate,
        });
      }
    },
  }),
  defineRule({
    id: 'R67',
    themes: ['T5'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Post fact not decided',
    summary: `Flags a post that does not say where it is based or what kind of contract it is, and any fact of the post (job title, reporting line, band, base, working pattern, funding source) that reads “To be agreed”, “TBC” or the like: an advert needs them decided. ${HEURISTIC.check}`,
    fix: 'Decide the value for this post and enter it.',
    check(f, out) {
      const doc = f.doc;
      if (!filled(doc.employment.location)) {
        out.add(`The role does not say where the post is based. ${HEURISTIC.check}`, { path: 'employment.location' }, 'Enter the post’s base, for example the team’s address or the towns it covers.');
      }
      if (doc.employment.contractType === undefined) {
        out.add(`The role does not say what kind of contract the post is. ${HEURISTIC.check}`, { path: 'employment.contractType' }, 'Choose the contract: permanent, fixed-term, bank or apprenticeship.');
      }
      for (const path of TEXT_FACTS) {
        const value = getAt(doc, path);
        if (typeof value !== 'string' || !UNDECIDED.test(value.trim())) continue;
        out.add(`${NAMES[path]} says ${quote(value)}: it is not decided yet. ${HEURISTIC.check}`, { path });
      }
    },
  }),
];
