/**
 * What a template suggested for the post and nobody has confirmed yet (`meta.suggested`, see
 * src/store/suggested.ts and rule R66). A template cannot know the post, so the exports never state
 * such a value as settled: the job description shows it marked as a suggestion to confirm, and the
 * schema.org JobPosting leaves it out, as it leaves out what the role does not say.
 */
import type { RoleDocument } from '../model/schema.js';
import { getIn, setIn } from '../store/ops.js';
import type { JdBlock, JobDescriptionModel, KeyValueRow } from './jd-model-types.js';
import { SUGGESTABLE_LISTS } from '../model/suggestable-lists.js';
import { isProRata } from './jd-pay.js';
import { dbsLine } from './jd-terms.js';

/** Said after a value that is still a template's suggestion. */
export const UNCONFIRMED = 'suggested by a template, to be confirmed';

/** The job description's rows that show post facts or the employer's offer, and the fields they show (a salary follows its band). */
const ROW_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Band: ['employment.band', 'employment.payScheme'],
  Salary: ['employment.band', 'employment.salary.min', 'employment.salary.max'],
  'Pay scheme': ['employment.payScheme', 'employment.payTableYear'],
  Hours: ['employment.hoursPerWeek'],
  'Working pattern': ['employment.workPattern'],
  Contract: ['employment.contractType', 'employment.fixedTermMonths'],
  Base: ['employment.location'],
  'Reports to': ['role.reportsTo'],
  'DBS check': ['employment.dbs.level', 'employment.dbs.feePaidBy'],
  'Police vetting': ['employment.policeVetting.required'],
  'Pay supplements': ['employment.unsocialHours'],
  Funding: ['employment.funding.source'],
  Induction: ['training.induction'],
  'Mandatory training': ['training.mandatory'],
  Development: ['training.development'],
};

/**
 * The sections that show a list a template filled (suggested and confirmed as a whole), the list,
 * and what to call it in the line said after it.
 */
const LIST_SECTIONS: Readonly<Record<string, readonly [path: string, name: string]>> = {
  supervision: ['supervision.arrangements', 'The supervision pattern'],
  training: ['training.peerSpecific', 'The peer-specific training'],
  progression: ['progression.steps', 'The progression route'],
};

/** What a section says after showing a list that is still a template's suggestion (and not empty), or undefined. */
function listNote(sectionId: string, blocks: readonly JdBlock[], suggested: ReadonlySet<string>, doc: RoleDocument): JdBlock | undefined {
  const list = LIST_SECTIONS[sectionId];
  if (!list || !suggested.has(list[0]) || blocks.every((b) => b.kind === 'paragraph' && b.placeholder)) return undefined;
  const items = getIn(doc, list[0].split('.'));
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return { kind: 'paragraph', text: `${list[1]} shown here is ${UNCONFIRMED}.`, suggested: true };
}

/** The DBS line with the mark beside the level, when the level is a suggestion and the fee (say, the organisation's answer) is not. */
function dbsLevelOnly(doc: RoleDocument, suggested: ReadonlySet<string>): string | undefined {
  const dbs = doc.employment.dbs;
  if (!dbs?.feePaidBy || dbs.level === 'none' || !suggested.has('employment.dbs.level') || suggested.has('employment.dbs.feePaidBy')) return undefined;
  return dbsLine(doc, UNCONFIRMED);
}

/**
 * The model with every row that shows an unconfirmed suggestion marked so (`suggested`, and said in
 * its text), and a line after each section showing a suggested list.
 */
export function markUnconfirmed(model: JobDescriptionModel, doc: RoleDocument): JobDescriptionModel {
  const suggested = new Set(doc.meta.suggested ?? []);
  if (!suggested.size) return model;
  // A part-time salary on Agenda for Change is worked out from the hours: it is as settled as they are.
  const fieldsOf = (key: string) => (key === 'Salary' && isProRata(doc.employment) ? [...ROW_FIELDS.Salary!, 'employment.hoursPerWeek'] : ROW_FIELDS[key]);
  const mark = (r: KeyValueRow): KeyValueRow =>
    r.placeholder || !fieldsOf(r.key)?.some((f) => suggested.has(f)) ? r
    : { ...r, value: (r.key === 'DBS check' && dbsLevelOnly(doc, suggested)) || `${r.value} (${UNCONFIRMED})`, suggested: true };
  return {
    ...model,
    sections: model.sections.map((s) => {
      const blocks = s.blocks.map((b) => (b.kind === 'keyValue' ? { ...b, rows: b.rows.map(mark) } : b));
      const note = listNote(s.id, s.blocks, suggested, doc);
      return { ...s, blocks: note ? [...blocks, note] : blocks };
    }),
  };
}

/**
 * `doc` without the values that are still a template's suggestion (a suggested band takes its salary
 * and pay year with it; a suggested list is left empty).
 */
export function withoutUnconfirmed(doc: RoleDocument): RoleDocument {
  const suggested = doc.meta.suggested ?? [];
  const paths = suggested.includes('employment.band') ? [...suggested, 'employment.salary', 'employment.payTableYear'] : suggested;
  const lists: readonly string[] = SUGGESTABLE_LISTS;
  return paths.reduce((d, p) => setIn(d, p.split('.'), lists.includes(p) ? [] : undefined), doc);
}
