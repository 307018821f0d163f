/**
 * Words that show a duty drifting from peer support into clinical, generic ward or team admin work
 * (theme T4): what real adverts and service pages list for PSWs — close observations, recording
 * physical health checks, supervising mealtimes [S31-g], the team's letters, bookings and clinicians'
 * diaries [S36] — what PSWs are not trained for [S37], and restraint, which is at odds with the
 * non-coercive approach of the apprenticeship standard [S24]. Covering rota gaps is its own category
 * because it rests on a weaker basis (not confirmed as a finding of the study).
 *
 * Deliberately narrow: a pattern fires on the task ("carrying out close observations", "doing obs",
 * "administering medication"), not on the topic, because peer work often touches the same topics
 * legitimately ("spending time with people on close observations", "supporting people to attend
 * physical health appointments", "sharing observations of group dynamics", "debriefs after
 * restraint"). Text is lower-cased once and matched with precompiled,
 * word-bounded expressions; a match preceded in its sentence by a negation ("does not include taking
 * observations") is ignored. No network, no model.
 */

export type DriftCategoryId =
  | 'observations'
  | 'physical-health'
  | 'mealtimes'
  | 'medication'
  | 'restraint'
  | 'clinician-admin'
  | 'ward-tasks'
  | 'care-coordination'
  | 'staffing-cover';

export interface DriftCategory {
  id: DriftCategoryId;
  /** How a message names the kind of work, e.g. "clinical observations". */
  label: string;
  /** The expressions, each a `source` for lower-cased text. */
  patterns: readonly string[];
}

export interface DriftMatch {
  category: DriftCategoryId;
  label: string;
  /** The words that matched, lower-cased. */
  phrase: string;
}

/** Verbs of doing a clinical task. "take part" is not one ("support people to take part in …"). */
const DO =
  '(?:take|takes|taking|took|do|does|doing|carry out|carries out|carrying out|complete|completes|completing|undertake|undertakes|undertaking|perform|performs|performing|conduct|conducts|conducting|record|records|recording|measure|measures|measuring|monitor|monitors|monitoring|check|checks|checking)(?!\\s+part\\b)';
/** Up to three words between a verb and its object, never across punctuation. */
const GAP = "(?:[a-z0-9'’:/-]+\\s+){0,3}?";
const CLINICIAN = "(?:clinicians?|consultants?|doctors?|psychiatrists?|psychologists?|nurses?)['’]?s?['’]?";
const MEDS = '(?:medications?|medicines?|meds|tablets|depots?|depot injections?|injections?|insulin|clozapine|controlled drugs)';
const COORDINATOR = 'care[- ]?co-?ordinat';
/** Kinds of observation level, as wards name them ("close", "1:1", "level 2", "within eyesight"). */
const OBS_KIND =
  "(?:physical(?: health)?|clinical|nursing|routine|hourly|enhanced|close|continuous|constant|intermittent|special|general|level [1-4]|1:1|one[- ]to[- ]one|within eyesight|eyesight|arm['’]?s[- ]length|15[- ]minute|fifteen[- ]minute|patient|ward)";

export const DRIFT_CATEGORIES: readonly DriftCategory[] = [
  {
    id: 'observations',
    label: 'clinical observations',
    patterns: [
      // The task, not the topic: "carry out close observations", "doing obs", "allocated to 1:1 obs",
      // "enhanced observation of patients" — but not "spend time with people on close observations"
      // or "observations of the group".
      `\\b${DO}\\s+${GAP}(?:obs|observations)\\b(?!\\s+(?:of|about|from)\\s+(?:the\\s+)?(?:group|groups|session|sessions|team|meetings?|dynamics|group dynamics|how|what|service|culture))`,
      `^(?:${OBS_KIND}\\s+)?obs\\b`,
      `^${OBS_KIND}\\s+observations?\\b`,
      `\\b(?:allocated|assigned|rostered|placed|put|moved|deployed)\\s+(?:to|on|onto)\\s+(?:the\\s+)?(?:${OBS_KIND}\\s+)?(?:obs|observations?)\\b`,
      `\\b(?:help\\w*|assist\\w*|support\\w*)\\s+(?:(?:the\\s+)?(?:staff|nurses|nursing staff|nursing team|ward team|team|colleagues)\\s+)?(?:with|in)\\s+(?:${OBS_KIND}\\s+)?(?:obs|observations)\\b`,
      `\\b${OBS_KIND}\\s+observations?\\s+of\\s+(?:the\\s+)?(?:patients?|service users?|clients|residents|people)\\b(?!['’])`,
      '\\b(?:obs|observation)\\s+(?:charts?|rounds?|checks?|duties|duty|rota)\\b',
      '\\bvital signs\\b',
      '\\bnews2\\b',
    ],
  },
  {
    id: 'physical-health',
    label: 'physical health checks',
    patterns: [
      `\\b${DO}\\s+${GAP}physical health (?:checks?|monitoring|observations|assessments?|screening)\\b`,
      '^physical health (?:checks?|monitoring|observations)\\b',
      `\\b${DO}\\s+${GAP}(?:bloods|blood pressures?|blood sugars?|blood glucose|temperatures?|pulses?|ecgs?|oxygen (?:levels|saturations?|sats))\\b`,
      '\\b(?:take|takes|taking|took|draw|draws|drawing) blood\\b',
      '\\b(?:phlebotomy|venepuncture|venipuncture|cannulation|wound care|wound dressings?)\\b',
      '^(?:bloods|ecgs?)\\b',
    ],
  },
  {
    id: 'mealtimes',
    label: 'mealtime supervision',
    patterns: [
      "\\b(?:supervis\\w*|overse\\w*|serv(?:e|es|ing)|cover\\w*|run|runs|running)\\s+(?:(?:the|ward|patients['’]?)\\s+)?(?:meal ?times?|meals|breakfasts?|lunch|lunches|dinners?|suppers?|tea ?times?)\\b",
      '\\b(?:meal ?times?|meals?|dining room)\\s+(?:supervision|cover|duties|duty)\\b',
    ],
  },
  {
    id: 'medication',
    label: 'handling medication',
    patterns: [
      `\\b(?:administ(?:er|ers|ered|ering)|dispens(?:e|es|ed|ing)|giv(?:e|es|ing)(?:\\s+out)?|hand(?:s|ing)?\\s+out|prompt(?:s|ing)?|distribut(?:e|es|ing)|crush(?:es|ing)?)\\s+(?:(?:the|their|patients['’]?|service users['’]?|people['’]s|any|all|prescribed|routine|regular|daily|oral|evening|morning|night(?:ly)?)\\s+){0,2}${MEDS}\\b`,
      `\\badministration of (?:(?:the|their|prescribed)\\s+)?${MEDS}\\b`,
      '\\b(?:medication|medicine|meds|drugs?)\\s+rounds?\\b',
      '\\bmedication administration\\b',
    ],
  },
  {
    id: 'restraint',
    label: 'restraint or restrictive practice',
    patterns: [
      '\\b(?:carry out|carries out|carrying out|take part in|takes part in|taking part in|participat\\w* in|assist\\w* (?:with|in)|involved in|help(?:s|ing)? (?:with|to)|support(?:s|ing)? (?:staff )?(?:with|in)|perform\\w*|us(?:e|es|ing)|apply|applies|applying|implement\\w*|enforc\\w*)\\s+(?:(?:the|any|physical|manual|prone|planned|emergency|mechanical)\\s+){0,2}(?:restraints?|holds|seclusions?|restrictive (?:interventions?|practices?)|rapid tranquilli[sz]ation)\\b',
      '\\b(?:restraint|emergency response) team\\b',
      '\\brespond(?:s|ing)? to (?:ward |personal |emergency )?alarms\\b',
    ],
  },
  {
    id: 'clinician-admin',
    label: "the team's or clinicians' admin",
    patterns: [
      // "own diary management" is the post-holder's own work: matched, then dropped (OWN_WORK)
      '\\b(?:own )?diary management\\b',
      `\\bmanag\\w*\\s+(?:the\\s+)?(?:${CLINICIAN}|team['’]?s?|clinic|ward|manager['’]?s?)\\s+diar(?:y|ies)\\b`,
      `\\b${CLINICIAN}\\s+diar(?:y|ies)\\b`,
      `\\btyp(?:e|es|ed|ing)\\s+(?:up\\s+)?(?:(?:the|clinic|${CLINICIAN}|team|discharge|referral|outpatient|ward round|mdt)\\s+){0,2}(?:letters|reports|minutes|notes|dictations?)\\b`,
      '\\b(?:writ\\w*|draft\\w*|send\\w*|post\\w*|prepar\\w*|produc\\w*|format\\w*)\\s+(?:the\\s+)?(?:clinic|discharge|outpatient|referral)\\s+letters\\b',
      '\\b(?:audio[- ]typing|dictation)\\b',
      `\\bbook(?:s|ing)?\\s+(?:(?:the|all|clinic|outpatient|follow-up|follow up|medical|team|clinical)\\s+){0,2}(?:appointments?|rooms?|clinics?)\\s+(?:for|on behalf of)\\s+(?:the\\s+)?(?:${CLINICIAN}|team|clinical staff|staff|mdt)\\b`,
      '\\bclinic (?:bookings?|administration|admin)\\b',
      '\\b(?:team|general|clinical|ward|office|clerical|secretarial|reception)\\s+(?:admin|administration|administrative (?:tasks|duties|support|work))\\b',
      '\\b(?:reception|receptionist|secretarial|clerical) (?:duties|cover|work|tasks)\\b',
    ],
  },
  {
    id: 'ward-tasks',
    label: 'generic ward or care-assistant tasks',
    patterns: [
      '\\b(?:general|generic|routine|basic)\\s+(?:ward|nursing|hca|healthcare assistant|health care assistant)\\s+(?:duties|tasks|work)\\b',
      '\\b(?:hca|healthcare assistant|health care assistant|nursing assistant)\\s+(?:duties|tasks|role|work)\\b',
      '\\b(?:act(?:s|ing)?|work(?:s|ing)?)\\s+as\\s+(?:an?\\s+)?(?:hca|healthcare assistant|health care assistant|nursing assistant)\\b',
      '\\bbed[- ]?making\\b',
      '\\bmak(?:e|es|ing) (?:the )?beds\\b',
      '\\b(?:provid\\w*|deliver\\w*|giv\\w*|assist\\w*|help\\w*|support\\w*)\\s+(?:(?:people|patients|residents|service users|them)\\s+)?(?:with\\s+)?personal care\\b',
    ],
  },
  {
    id: 'care-coordination',
    label: 'care coordination or a clinical caseload',
    patterns: [
      `\\b(?:act(?:s|ing)?|work(?:s|ing)?|serv(?:e|es|ing)|be|being)\\s+as\\s+(?:a\\s+|the\\s+|their\\s+)?(?:named\\s+)?${COORDINATOR}ors?\\b`,
      `\\b${COORDINATOR}(?:ion|ing)\\s+(?:(?:a|of|for|their|own)\\s+)?(?:caseload|role|responsibilit\\w+|duties)\\b`,
      `\\b${COORDINATOR}(?:e|es|ing)\\s+(?:(?:a|their|own)\\s+)?(?:caseload|patients|clients|service users|people)\\b`,
      `\\b(?:clinical|cpa|${COORDINATOR}ion)\\s+caseload\\b`,
    ],
  },
  {
    id: 'staffing-cover',
    label: 'covering staffing gaps',
    patterns: [
      '\\b(?:rota|rostering|staffing|shift)\\s+gaps?\\b',
      '\\bgaps?\\s+in\\s+(?:the\\s+)?(?:[a-z]+\\s+)?(?:rota|staffing|shifts?|cover)\\b',
      '\\bstaffing\\s+(?:shortfalls?|shortages?|levels|numbers|deficits?)\\b',
      '\\bmak(?:e|es|ing)\\s+up\\s+(?:the\\s+)?(?:staffing\\s+|ward\\s+)?numbers\\b',
      '\\b(?:counted|count|counts|counting|included)\\s+(?:in|towards)\\s+(?:the\\s+)?(?:staffing\\s+|ward\\s+|safe staffing\\s+)?(?:numbers|establishment|ratios?|levels)\\b',
      '\\bshort[- ]staffed\\b',
      '\\bunderstaffed\\b',
      '\\bback[- ]?fill\\w*\\b',
      '\\bcover(?:s|ing)?\\s+(?:for\\s+)?(?:(?:absent|sick|off|unfilled|vacant|empty)\\s+)?(?:hcas?|healthcare assistants?|health care assistants?|support workers|nurses|nursing staff|colleagues|staff|sickness|absences?|vacanc(?:y|ies)|shifts?|breaks|annual leave)\\b',
    ],
  },
];

/**
 * Duties that give the post-holder responsibility for other staff (supervising, line-managing or
 * leading PSWs, volunteers or a team) — a sign the role asks more than Band 3 usually pays for [S31-i].
 * Scanned in the same pass as drift.
 */
const SUPERVISES_PATTERNS: readonly string[] = [
  '\\b(?:supervis(?:e|es|ing)|line[- ]manag(?:e|es|ing)|manag(?:e|es|ing)|lead|leads|leading)\\s+(?:(?:a|the|other|junior|new|our|volunteer|peer|support)\\s+){0,3}(?:peer support workers?|peer workers?|psws?|volunteers?|staff|team|colleagues|apprentices?)\\b',
  '\\bprovid(?:e|es|ing)\\s+(?:(?:peer|professional|group|1:1|one-to-one|reflective)\\s+){0,2}supervision\\s+(?:to|for)\\b',
];

interface Compiled {
  id: DriftCategoryId;
  label: string;
  re: RegExp;
}

const alternation = (patterns: readonly string[]) => patterns.map((p) => `(?:${p})`).join('|');

/** One expression per category (used without the combined scan, e.g. by tests). */
const COMPILED: readonly Compiled[] = DRIFT_CATEGORIES.map((c) => ({
  id: c.id,
  label: c.label,
  re: new RegExp(alternation(c.patterns), 'gm'),
}));

/**
 * Every pattern starts with a word boundary, or with `^`, the start of a line (the expressions use the
 * `m` flag, so a title and a description scanned together as two lines each have a start).
 */
const unbounded = (p: string) => (p.startsWith('\\b') ? p.slice(2) : p);

/**
 * All categories, and then the supervising-others patterns, in one expression with one capturing
 * group each (the patterns themselves capture nothing), so a text is scanned once instead of once per
 * category. The leading word boundary is hoisted out of the alternation: the engine then rejects the
 * positions inside words once instead of once per pattern (about three times faster).
 */
const COMBINED = new RegExp(
  `\\b(?:${[...DRIFT_CATEGORIES.map((c) => c.patterns), SUPERVISES_PATTERNS].map((ps) => `(${alternation(ps.map(unbounded))})`).join('|')})`,
  'gm',
);
/** The group index, less one, of the supervising-others patterns in COMBINED. */
export const SUPERVISES_OTHERS_GROUP = DRIFT_CATEGORIES.length;

/** Duties that give the post-holder responsibility for other staff (for tests and other callers). */
export const SUPERVISES_OTHERS = new RegExp(alternation(SUPERVISES_PATTERNS));

/**
 * A negation earlier in the same sentence ("never takes observations"), or inside the match itself
 * ("does not include taking observations" matches from "does").
 */
const NEGATION = /\b(?:not|never|no|without|rather than|instead of|excluding|except|nor|isn['’]t|aren['’]t|doesn['’]t|don['’]t|won['’]t|shouldn['’]t|cannot|can['’]t)\b/;

/**
 * A match that starts with "own" describes the post-holder's own work ("own diary management"). The
 * patterns match it and the scan drops it, because a lookbehind (`(?<!own )`) would not load in
 * Safari before 16.4.
 */
const OWN_WORK = /^own\b/;

function negated(text: string, at: number): boolean {
  const start = at > 48 ? at - 48 : 0;
  let i = at - 1;
  for (; i >= start; i--) {
    const ch = text.charCodeAt(i);
    // . ; ! ? and line breaks end a sentence
    if (ch === 46 || ch === 59 || ch === 33 || ch === 63 || ch === 10) break;
  }
  return NEGATION.test(text.slice(i + 1, at));
}

/**
 * Joins a duty's title and description so both are scanned at once: the line breaks end sentences
 * (negation) and start lines (`^`), and the full stop between them keeps a pattern from reaching from
 * one into the other.
 */
export const FIELD_SEPARATOR = '\n.\n';

/**
 * Words at least one of which is in every text a pattern matches (lower case), by pattern group: a
 * text with none of them cannot match, so it is not scanned. Most duty texts have none, and the
 * combined expression is large enough that compiling it, on the first scan of a page, costs more
 * than scanning a role with it afterwards. A new pattern needs its words here;
 * test/src/assess/drift-anchors.test.ts checks one example text per pattern.
 */
export const DRIFT_ANCHORS: readonly string[] = [
  // observations (every "observation" contains "obs")
  'obs', 'vital signs', 'news2',
  // physical health checks
  'physical health', 'blood', 'temperature', 'pulse', 'ecg', 'oxygen', 'phlebotomy', 'venepuncture', 'venipuncture', 'cannulation', 'wound',
  // mealtimes
  'meal', 'breakfast', 'lunch', 'dinner', 'supper', 'teatime', 'tea time', 'dining room',
  // medication ("medic": medication, medicine)
  'medic', 'meds', 'tablets', 'depot', 'injection', 'insulin', 'clozapine', 'drug',
  // restraint
  'restrain', 'holds', 'seclusion', 'restrictive', 'tranquilli', 'emergency response', 'alarms',
  // the team's or clinicians' admin ("diar": diary, diaries; "typ": typing, typed)
  'diar', 'typ', 'dictation', 'letters', 'book', 'clinic', 'admin', 'reception', 'secretarial', 'clerical',
  // ward tasks ("care assistant": healthcare and health care assistants)
  'ward', 'nursing', 'hca', 'care assistant', 'bed', 'personal care',
  // care coordination (co-ordinator, coordination, coordinating)
  'ordinat', 'caseload',
  // staffing cover
  'gap', 'staffing', 'numbers', 'establishment', 'ratio', 'levels', 'staffed', 'fill', 'cover',
  // supervising others
  'supervis', 'manag', 'lead',
];

/**
 * Any anchor, as one regular expression: the engine looks for all of them in one pass over the text,
 * about ten times faster than an `includes` per anchor (bench/node-throughput.mjs).
 */
const ANY_ANCHOR = new RegExp(DRIFT_ANCHORS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** Whether lower-cased `t` holds a word without which no pattern can match. */
function mayMatch(t: string): boolean {
  return ANY_ANCHOR.test(t);
}

/**
 * Calls `found` with each kind of drift `t` (lower-cased) describes, at most once per category, in
 * text order — and with SUPERVISES_OTHERS_GROUP for a duty that supervises others — with the index of
 * the match; stops early when `found` returns true.
 */
export function scanText(t: string, found: (category: number, phrase: string, at: number) => boolean | void): void {
  if (!mayMatch(t)) return;
  const re = COMBINED;
  re.lastIndex = 0;
  let seen = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let k = 1;
    while (m[k] === undefined) k++;
    const bit = 1 << (k - 1);
    if (seen & bit || OWN_WORK.test(m[0]) || negated(t, m.index) || NEGATION.test(m[0])) continue;
    seen |= bit;
    if (found(k - 1, m[0].trim(), m.index)) return;
  }
}

export function toMatch(category: number, phrase: string): DriftMatch {
  const c = DRIFT_CATEGORIES[category]!;
  return { category: c.id, label: c.label, phrase };
}

/**
 * The first drift `text` describes, in text order, or undefined. `lower` says the text is already
 * lower-cased.
 */
export function findDrift(text: string, lower = false): DriftMatch | undefined {
  let first: DriftMatch | undefined;
  scanText(lower ? text : text.toLowerCase(), (k, phrase) => {
    if (k === SUPERVISES_OTHERS_GROUP) return false;
    first = toMatch(k, phrase);
    return true;
  });
  return first;
}

/**
 * Every kind of drift `text` describes, at most one match per category, in text order. `lower` says
 * the text is already lower-cased.
 */
export function findAllDrift(text: string, lower = false): DriftMatch[] {
  const found: DriftMatch[] = [];
  scanText(lower ? text : text.toLowerCase(), (k, phrase) => {
    if (k !== SUPERVISES_OTHERS_GROUP) found.push(toMatch(k, phrase));
  });
  return found;
}

/**
 * The same search done category by category, without the combined expression: for tests. The single
 * scan finds the same texts; where two categories match from the same word it reports only the first.
 */
export function findAllDriftByCategory(text: string): DriftMatch[] {
  const t = text.toLowerCase();
  const found: DriftMatch[] = [];
  for (const c of COMPILED) {
    const re = c.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) {
      if (!OWN_WORK.test(m[0]) && !negated(t, m.index) && !NEGATION.test(m[0])) {
        found.push({ category: c.id, label: c.label, phrase: m[0].trim() });
        break;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return found;
}

