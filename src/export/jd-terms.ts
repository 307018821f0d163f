/**
 * The closing sections of the job description: terms and funding, progression, and the person
 * specification with how each criterion is assessed.
 */
import type { RoleDocument } from '../model/schema.js';
import { capitalise, formatDate, formatMonths, present } from './format.js';
import { filled } from '../model/visible-text.js';
import { bandText } from './jd-details.js';
import { defined, line, row } from './jd-lines.js';
import { TO_BE_AGREED, type JdBlock, type ListItem, type TableBlock } from './jd-model-types.js';
import { labelOf } from '../catalogue/label.js';
import { paySchemes } from '../catalogue/pay.js';
import { DBS_TEXT, vettingRows } from './jd-recruitment.js';

/**
 * The DBS check, why the post needs it and who pays its fee, e.g. "Enhanced DBS check with a check
 * of the children’s barred list (regular one-to-one work with young people), fee paid by the employer".
 * A post with no check has no reason or fee to state. `levelNote` is said with the level and its
 * reason, before the fee (a level still to be confirmed, when the fee is not).
 */
export function dbsLine(doc: RoleDocument, levelNote?: string): string | undefined {
  const dbs = doc.employment.dbs;
  const none = dbs?.level === 'none';
  const reason = line(dbs?.reason)?.replace(/\.$/, '');
  const about = defined([!none && reason, levelNote]).join('; ');
  const text = dbs && defined([
    dbs.level && DBS_TEXT[dbs.level] + (about ? ` (${about})` : ''),
    !none && dbs.feePaidBy === 'employer' && 'fee paid by the employer',
    !none && dbs.feePaidBy === 'employee' && 'fee paid by the post-holder',
  ]).join(', ');
  return text ? capitalise(text) : undefined;
}

export function termsSection(doc: RoleDocument): JdBlock[] {
  const e = doc.employment;
  const f = e.funding;
  const scheme = e.payScheme && labelOf(paySchemes, e.payScheme);
  const term = defined([
    f?.termMonths !== undefined && formatMonths(f.termMonths),
    f?.endDate !== undefined && `until ${formatDate(f.endDate)}`,
  ]).join(', ');
  const lone = e.loneWorking;
  const arrangements = line(lone?.arrangements);
  // Expected with nothing written on keeping safe says where that is, or that it is not written yet.
  const inBoundary = filled(doc.boundaries.find((b) => b.topic === 'lone-working' && b.status !== 'not-applicable')?.position);
  const unwritten = lone?.expected === true && !arrangements && (inBoundary ? 'safety arrangements: see the lone-working boundary' : 'safety arrangements not yet written');
  const loneText = lone && defined([
    lone.expected === true ? `Expected${unwritten ? ` (${unwritten})` : ''}` : lone.expected === false ? 'Not expected' : undefined,
    arrangements,
  ]).join('. ');
  const rows = defined([
    row('Pay scheme', scheme ? scheme + (e.payTableYear ? `, ${e.payTableYear} pay table` : '') : undefined, false),
    row('Funding', line(f?.source), false),
    row('Funding term', term || undefined, false),
    row('Recurrent funding', f?.recurrent === undefined ? undefined : f.recurrent ? 'Yes' : 'No', false),
    row('When the funding ends', line(f?.exitPlan), false),
    row('Lone working', loneText || undefined, false),
    row('DBS check', dbsLine(doc), false),
    ...vettingRows(doc),
  ]);
  return rows.length ? [{ kind: 'keyValue', rows }] : [];
}

export function progressionSection(doc: RoleDocument): JdBlock[] {
  const items = doc.progression.steps.map((s): ListItem => {
    const band = s.band !== undefined && present(s.band) ? bandText(s.band, doc.employment.payScheme) : undefined;
    const text = (line(s.title) ?? 'Untitled step') + (band ? ` (${band})` : '');
    const criteria = line(s.criteria);
    return criteria ? { text, details: [criteria] } : { text };
  });
  return items.length ? [{ kind: 'list', items }] : [];
}

const SPEC_COLUMNS = ['Criteria', 'How assessed'] as const;

function criteriaTable(caption: string, criteria: RoleDocument['recruitment']['personSpec']['essential']): TableBlock | undefined {
  const rows = criteria
    .map((c) => [line(c.text), line(c.assessedBy) ?? TO_BE_AGREED] as const)
    .filter((r): r is readonly [string, string] => r[0] !== undefined);
  return rows.length ? { kind: 'table', caption, columns: SPEC_COLUMNS, rows } : undefined;
}

export function personSpecSection(doc: RoleDocument): JdBlock[] {
  const { personSpec, coProduced, peerOnPanel } = doc.recruitment;
  const essential = criteriaTable('Essential', personSpec.essential);
  const desirable = criteriaTable('Desirable', personSpec.desirable);
  const recruitment = defined([
    coProduced === true && 'The recruitment process is co-produced with people with lived experience',
    peerOnPanel === true && 'A peer worker sits on the interview panel',
  ]);
  return defined<JdBlock>([
    essential ?? { kind: 'keyValue', rows: [{ key: 'Essential criteria', value: TO_BE_AGREED, placeholder: true }] },
    desirable,
    recruitment.length > 0 && { kind: 'list', caption: 'Recruitment', items: recruitment.map((text) => ({ text })) },
  ]);
}
