/**
 * The person specification by category, as NHS person specifications are laid out: qualifications
 * and training, experience, knowledge, skills and abilities, values and other requirements; each
 * criterion marked essential or desirable, with how it is assessed.
 *
 * A criterion's `category` places it. A criterion without one is placed by its wording (a heuristic,
 * documented here so HR can predict it): lived experience and "experience of/in/with…" → experience;
 * qualifications, certificates, training and courses → qualifications; "knowledge", "understanding"
 * and "awareness" → knowledge; values, commitment, willingness, the right to work and other
 * conditions → values and other requirements; everything else (abilities, "able to…") → skills.
 */
import { CRITERION_CATEGORIES } from '../model/constants.js';
import type { Criterion, RoleDocument } from '../model/schema.js';
import { defined, line } from './jd-lines.js';
import { TO_BE_AGREED, type JdBlock, type TableBlock } from './jd-model-types.js';

export type CriterionCategory = (typeof CRITERION_CATEGORIES)[number];

export const CATEGORY_HEADINGS: Readonly<Record<CriterionCategory, string>> = {
  qualifications: 'Qualifications and training',
  experience: 'Experience',
  knowledge: 'Knowledge',
  skills: 'Skills and abilities',
  values: 'Values and other requirements',
};

/** The category of a criterion: its own, else one from its wording (see the module comment). */
export function criterionCategory(c: Criterion): CriterionCategory {
  if (c.category) return c.category;
  const t = c.text;
  if (/\bright to work\b|\bdriv(ing|er)\b|\blicen[cs]e to drive\b|\bwilling|\bcommit|\bvalues?\b|\bable to travel\b/i.test(t)) return 'values';
  if (c.livedExperience === true || /\b(lived experience|experience (of|in|with|working|supporting)|years?\b.*\bexperience)/i.test(t)) return 'experience';
  if (/\b(qualifi|certific|diploma|degree|nvq|gcse|a[- ]level|apprenticeship|accredit|training|course)/i.test(t)) return 'qualifications';
  if (/\b(knowledge|understanding|aware(ness)? of)\b/i.test(t)) return 'knowledge';
  return 'skills';
}

const COLUMNS = ['Criterion', 'Essential or desirable', 'How assessed'] as const;

/** One table per category that has criteria, in the categories' order. */
export function personSpecByCategory(doc: RoleDocument): JdBlock[] {
  const { personSpec, coProduced, peerOnPanel } = doc.recruitment;
  const all = [
    ...personSpec.essential.map((c) => ({ c, level: 'Essential' })),
    ...personSpec.desirable.map((c) => ({ c, level: 'Desirable' })),
  ];
  const tables = CRITERION_CATEGORIES.flatMap((category): TableBlock[] => {
    const rows = all
      .filter(({ c }) => criterionCategory(c) === category)
      .map(({ c, level }) => [line(c.text), level, line(c.assessedBy) ?? TO_BE_AGREED] as const)
      .filter((r): r is readonly [string, string, string] => r[0] !== undefined);
    return rows.length ? [{ kind: 'table', caption: CATEGORY_HEADINGS[category], columns: COLUMNS, rows }] : [];
  });
  const recruitment = defined([
    coProduced === true && 'The recruitment process is co-produced with people with lived experience',
    peerOnPanel === true && 'A peer worker sits on the interview panel',
  ]);
  return defined<JdBlock>([
    ...(tables.length ? tables : [{ kind: 'keyValue' as const, rows: [{ key: 'Essential criteria', value: TO_BE_AGREED, placeholder: true as const }] }]),
    recruitment.length > 0 && { kind: 'list', caption: 'Recruitment', items: recruitment.map((text) => ({ text })) },
  ]);
}
