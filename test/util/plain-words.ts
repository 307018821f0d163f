/**
 * The plain-words check: finds catalogue ids, enum values and document paths in text a person reads
 * (test/src/export/plain-words.test.ts runs it over every output, test/src/compare over change labels).
 */
import { BOUNDARY_TOPIC_IDS, EMPLOYER_TYPE_IDS, PAY_SCHEME_IDS, ROLE_LEVEL_IDS, SETTING_IDS, SUPERVISION_TYPE_IDS } from '../../src/catalogue/ids.js';
import { SUPERVISION_FOCUS_IDS } from '../../src/catalogue/supervision-focus.js';

/**
 * Ids and enum values of more than one word: these read as code, not English. One-word ids
 * ("endings", "crisis") are ordinary words and cannot be told apart in text; "one-to-one",
 * "fixed-term" and "lone-working" are English too.
 */
const ENGLISH = new Set(['one-to-one', 'fixed-term', 'lone-working']);
const IDS = [
  ...SETTING_IDS, ...EMPLOYER_TYPE_IDS, ...ROLE_LEVEL_IDS, ...PAY_SCHEME_IDS, ...BOUNDARY_TOPIC_IDS, ...SUPERVISION_TYPE_IDS,
  ...SUPERVISION_FOCUS_IDS, 'not-started', 'not-applicable', 'case-by-case', 'post-holder-pays',
].filter((id) => id.includes('-') && !ENGLISH.has(id));
const ID_WORD = new RegExp(`(?<![\\w-])(${[...new Set(IDS)].map((s) => s.replace(/[-]/g, '\\-')).join('|')})(?![\\w-])`, 'i');
/** A document path or key: camelCase words ("hoursPerWeek") or dotted paths ("role.title"). */
const PATH_WORD = /(?<![\w.@/-])(?:[a-z]+[A-Z][A-Za-z]*|[a-z]{2,}(?:\.[a-z][A-Za-z]+)+(?:\[\d*\])?)(?![\w/-])/;

export function leaks(where: string, text: string): string[] {
  const out: string[] = [];
  for (const lineText of text.split('\n')) {
    const id = ID_WORD.exec(lineText);
    if (id) out.push(`${where}: id "${id[1]}" in “${lineText.trim().slice(0, 120)}”`);
    // Web addresses and e-mail addresses are not paths.
    const path = PATH_WORD.exec(lineText.replace(/\bhttps?:\/\/\S+|\S+@\S+|\b[\w-]+\.(?:nhs\.uk|org|com|uk|example)\b\S*/g, ' '));
    if (path) out.push(`${where}: path "${path[0]}" in “${lineText.trim().slice(0, 120)}”`);
  }
  return out;
}
