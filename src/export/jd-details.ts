/**
 * The "Job details" section of the job description: title, organisation, setting, band, salary,
 * hours, contract, base, who the post reports to and who gives professional supervision.
 */
import type { RoleDocument, SupervisionArrangement } from '../model/schema.js';
import { capitalise, formatDate, formatHours, formatMonths, formatSalary, lowerFirst, oneLine, present } from './format.js';
import { defined, line, row } from './jd-lines.js';
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

function salaryLine(doc: RoleDocument): string | undefined {
  const { salary, payTableYear } = doc.employment;
  if (!salary) return undefined;
  return formatSalary(salary) + (payTableYear ? ` (${payTableYear} pay table)` : '');
}

function hoursLine(doc: RoleDocument): string | undefined {
  const { hoursPerWeek, contractType } = doc.employment;
  if (hoursPerWeek !== undefined) return formatHours(hoursPerWeek);
  return contractType === 'bank' ? 'As needed (bank)' : undefined;
}

function contractLine(doc: RoleDocument): string | undefined {
  const { contractType, funding } = doc.employment;
  if (!contractType) return undefined;
  const term = defined([
    funding?.termMonths !== undefined && formatMonths(funding.termMonths),
    funding?.endDate !== undefined && `until ${formatDate(funding.endDate)}`,
  ]).join(', ');
  switch (contractType) {
    case 'permanent': return 'Permanent';
    case 'bank': return 'Bank';
    case 'fixed-term': return term ? `Fixed term, ${term}` : 'Fixed term';
    case 'apprenticeship': return term ? `Apprenticeship, ${term}` : 'Apprenticeship';
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

function reportsToLine(doc: RoleDocument): string | undefined {
  const lineManager = doc.supervision.arrangements.find((a) => a.type === 'line-management' && present(a.providerRole));
  return line(doc.role.reportsTo) ?? line(lineManager?.providerRole);
}

const STATUS_TEXT = { draft: 'Draft', review: 'In review', approved: 'Approved' } as const;

export function detailsSection(doc: RoleDocument): JdBlock[] {
  const { role, context, employment, meta } = doc;
  const rows = defined([
    row('Job title', line(role.title), true),
    row('Organisation', line(meta.organisation), false),
    row('Service', line(context.service), false),
    row('Setting', labelOf(settings, context.setting), false),
    row('Role level', labelOf(roleLevels, role.level), false),
    row('Band', bandLine(doc), true),
    row('Salary', salaryLine(doc), false),
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
  ]);
  return [{ kind: 'keyValue', rows }];
}
