/**
 * The candidate's job description: what an advert on NHS Jobs publishes. Job details (with the
 * salary pro rata for the hours, supplements and apprentices' pay, the contract and its length, the
 * DBS check and police vetting, and the advert's
 * reference, closing date and contact), a job summary, the main duties (core, flexible within their
 * limits in plain words, and what the role does not include as one short list), the organisation,
 * supervision and support in one paragraph, training, team, wellbeing, progression, the person
 * specification by category, and the standard clauses.
 *
 * Left out, as they belong to the internal record: boundary rationales, the detail of each
 * supervision arrangement, funding and the exit plan, the document's status and the assessment.
 */
import type { Duty, RoleDocument } from '../model/schema.js';
import { capitalise, formatDate, formatHours, joinWords, lowerFirst } from './format.js';
import { bandText, contractLine, reportsToLine } from './jd-details.js';
import { flexibleBounds } from './jd-duties.js';
import { advertRows, defined, line, row, type AdvertLines } from './jd-lines.js';
import type { JdBlock, ListItem } from './jd-model-types.js';
import { salaryText } from './jd-pay.js';
import { dbsLine } from './jd-terms.js';
import { payRows, vettingRows } from './jd-recruitment.js';
import { labelIn, labelOf } from '../catalogue/label.js';
import { paySchemes } from '../catalogue/pay.js';
import { supervisionTypeLabels } from '../catalogue/short-labels.js';

export function candidateDetails(doc: RoleDocument, advert: AdvertLines): JdBlock[] {
  const { role, context, employment: e, meta } = doc;
  const band = e.band !== undefined && e.band.trim() !== ''
    ? bandText(e.band, e.payScheme) + (e.payScheme ? ` (${labelOf(paySchemes, e.payScheme)})` : '')
    : undefined;
  const hours = e.hoursPerWeek !== undefined ? formatHours(e.hoursPerWeek) : e.contractType === 'bank' ? 'As needed (bank)' : undefined;
  const rows = defined([
    row('Job title', line(role.title), true),
    row('Organisation', line(meta.organisation), false),
    row('Service', line(context.service), false),
    row('Band', band, true),
    row('Salary', salaryText(e, advert.nation, advert.computedFrom), false),
    ...payRows(doc, advert),
    row('Hours', hours, true),
    row('Working pattern', line(e.workPattern), false),
    row('Contract', contractLine(doc), true),
    row('Base', line(e.location), true),
    row('Reports to', reportsToLine(doc), true),
    row('DBS check', dbsLine(doc), false),
    ...vettingRows(doc),
    ...advertRows(advert),
  ]);
  return [{ kind: 'keyValue', rows }];
}

const title = (d: Duty): string => line(d.title) ?? 'Untitled duty';

/** Core duties, flexible duties with their limits in one line, and the exclusions as one list of titles. */
export function mainDuties(doc: RoleDocument): JdBlock[] {
  const core = doc.duties.filter((d) => d.kind === 'core').map((d): ListItem => {
    const desc = line(d.description);
    return desc ? { text: title(d), details: [desc] } : { text: title(d) };
  });
  const flexible = doc.duties.filter((d) => d.kind === 'flexible').map((d): ListItem => ({
    text: title(d),
    details: defined([line(d.description), capitalise(flexibleBounds(d).map(lowerFirst).join('; '))]),
  }));
  const excluded = doc.duties.filter((d) => d.kind === 'excluded').map(title);
  return defined<JdBlock>([
    core.length > 0 && { kind: 'list', caption: 'Core duties', items: core },
    flexible.length > 0 && { kind: 'list', caption: 'Flexible duties, within agreed limits', items: flexible },
    excluded.length > 0 && { kind: 'paragraph', text: `What this role does not include: ${joinWords(excluded.map(lowerFirst))}.` },
  ]);
}

/** Supervision and support in one sentence: which kinds, and whether the time is protected. */
export function supportSummary(doc: RoleDocument): JdBlock[] {
  const arr = doc.supervision.arrangements;
  const kinds = [...new Set(arr.map((a) => lowerFirst(labelIn(supervisionTypeLabels, a.type))))];
  if (!kinds.length) return [];
  const protectedTime = arr.some((a) => a.protectedTime === true && a.type !== 'line-management');
  return [{
    kind: 'paragraph',
    text: `You will have ${joinWords(kinds)}${protectedTime ? ', with supervision in protected time within your hours' : ''}.`,
  }];
}

/** Training: induction, mandatory and development lines and the peer-specific courses by name. */
export function candidateTraining(doc: RoleDocument): JdBlock[] {
  const t = doc.training;
  const rows = defined([
    row('Induction', line(t.induction), false),
    row('Mandatory training', line(t.mandatory), false),
    row('Development', line(t.development), false),
    row('Peer-specific training', t.peerSpecific.length ? joinWords(t.peerSpecific.map((p) => line(p.title) ?? 'Untitled training')) : undefined, false),
  ]);
  return rows.length ? [{ kind: 'keyValue', rows }] : [];
}

/** The closing date in words. */
export const closingDateText = (date: string | undefined): string | undefined => (date ? formatDate(date) : undefined);
