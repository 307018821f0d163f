/**
 * The "Job details" section of the job description: title, organisation, setting, band, salary,
 * hours, contract, base, who the post reports to and who gives professional supervision.
 */
import type { RoleDocument, SupervisionArrangement } from '../model/schema.js';
import { capitalise, formatDate, formatHours, formatMonths, lowerFirst, oneLine, present } from './format.js';
import { advertRows, defined, line, row, type AdvertLines } from './jd-lines.js';
import { salaryText } from './jd-pay.js';
import { payRows } from './jd-recruitment.js';
import type { JdBlock } from './jd-model-types.js';
import { labelIn, labelOf } from '../catalogue/label.js';
import { paySchemes } from '../catalogue/pay.js';
import { roleLevels } from '../catalogue/roles.js';
import { settings } from '../catalogue/settings.js';
import { supervisionTypeLabels } from '../catalogue/short-labels.js';

/** "Band 3" for Agenda for Change, "Grade 2" for others; the text as typed when it already says. */
export function bandText(band: string, payScheme: RoleDocument['employment']['payScheme']): string {
  const b = oneLine(band);
  if (/^(band|grade|level)\b/i.test(b)) return b;
  return payScheme === 'agenda-for-change' || payScheme === undefined ? `Band ${b}` : `Grade ${b}`;
}

function bandLine(doc: RoleDocument): string | undefined {
  const { band, payScheme } = doc.employment;
  if (band === undefined || band.trim() === '') return undefined;
  const scheme = payScheme ? ` (${labelOf(paySchemes, payScheme)})` : '';
  return bandText(band, payScheme) + scheme;
}

function hoursLine(doc: RoleDocument): string | undefined {
  const { hoursPerWeek, contractType } = doc.employment;
  if (hoursPerWeek !== undefined) return formatHours(hoursPerWeek);
  return contractType === 'bank' ? 'As needed (bank)' : undefined;
}

/**
 * The contract and its length: the length is `fixedTermMonths`, the contract's own; the funding's
 * term is a different thing (funding can end before or after a contract) and is never shown here.
 */
export function contractLine(doc: RoleDocument): string | undefined {
  const { contractType, fixedTermMonths } = doc.employment;
  if (!contractType) return undefined;
  const length = fixedTermMonths !== undefined ? `, ${formatMonths(fixedTermMonths)}` : '';
  switch (contractType) {
    case 'permanent': return 'Permanent';
    case 'bank': return 'Bank';
    case 'fixed-term': return `Fixed term${length}`;
    case 'apprenticeship': return `Apprenticeship${length}`;
  }
}

const PROFESSIONAL_TYPES = ['peer-supervision', 'group-peer-supervision', 'clinical-supervision'] as const;

/**
 * The "professional supervision" line of an NHS job description: who gives the post-holder
 * supervision other than line management, from the peer and clinical supervision arrangements.
 */
export function professionalSupervisionLine(arrangements: readonly SupervisionArrangement[]): string | undefined {
  const parts = PROFESSIONAL_TYPES.flatMap((type) =>
    arrangements
      .filter((a) => a.type === type)
      .map((a) => {
        const kind = lowerFirst(labelIn(supervisionTypeLabels, a.type));
        const who = line(a.providerRole);
        return who ? `${kind} with ${who}` : `${kind}, provider to be agreed`;
      }),
  );
  return parts.length ? capitalise([...new Set(parts)].join('; ')) : undefined;
}

export function reportsToLine(doc: RoleDocument): string | undefined {
  const lineManager = doc.supervision.arrangements.find((a) => a.type === 'line-management' && present(a.providerRole));
  return line(doc.role.reportsTo) ?? line(lineManager?.providerRole);
}

const STATUS_TEXT = { draft: 'Draft', review: 'In review', approved: 'Approved' } as const;

/** The job-details rows of the internal record (the candidate's are in ./jd-candidate.ts). */
export function detailsSection(doc: RoleDocument, advert: AdvertLines = {}): JdBlock[] {
  const { role, context, employment, meta } = doc;
  const rows = defined([
    row('Job title', line(role.title), true),
    row('Organisation', line(meta.organisation), false),
    row('Service', line(context.service), false),
    row('Setting', labelOf(settings, context.setting), false),
    row('Role level', labelOf(roleLevels, role.level), false),
    row('Band', bandLine(doc), true),
    row('Salary', salaryText(employment, advert.nation, advert.computedFrom), false),
    ...payRows(doc, advert),
    row('Hours', hoursLine(doc), true),
    row('Working pattern', line(employment.workPattern), false),
    row('Contract', contractLine(doc), true),
    row('Base', line(employment.location), true),
    row('Reports to', reportsToLine(doc), true),
    row('Professional supervision', professionalSupervisionLine(doc.supervision.arrangements), true),
    row('People supported', line(context.ageGroup), false),
    row('Lived experience focus', line(context.livedExperienceFocus), false),
    row('Document status', STATUS_TEXT[meta.status], false),
    row('Review date', meta.reviewDate ? formatDate(meta.reviewDate) : undefined, false),
    ...advertRows(advert),
  ]);
  return [{ kind: 'keyValue', rows }];
}
