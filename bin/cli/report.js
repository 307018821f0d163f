// @ts-check
/**
 * Plain-text reports: parse issues, and an assessment (findings by severity, balance, theme
 * coverage, readiness and banding readiness). Wording states what is study, other evidence or a
 * heuristic of this tool, as the assessment itself does.
 */
import { STUDY, describePath, themeChecklist, themeNames } from '../../dist/lib/src/index.js';

/** @typedef {import('../../dist/lib/src/index.js').Assessment} Assessment */
/** @typedef {import('../../dist/lib/src/index.js').Finding} Finding */
/** @typedef {import('../../dist/lib/src/index.js').ParseIssue} ParseIssue */
/** @typedef {import('../../dist/lib/src/index.js').Policy} Policy */
/** @typedef {import('../../dist/lib/src/index.js').RoleDocument} RoleDocument */
/** @typedef {import('./output.js').Styles} Styles */

/**
 * One line per issue: "  path — message" (the path is left out for the document as a whole).
 * @param {readonly ParseIssue[]} issues
 * @param {Styles} s
 */
export function issueLines(issues, s) {
  return issues.map((i) => `  ${i.path ? `${s.bold(i.path)} — ` : ''}${i.message}`);
}

/**
 * Profile text on one line, without control characters (a name cannot move the cursor or recolour the terminal).
 * @param {string} text
 */
// eslint-disable-next-line no-control-regex
const oneLine = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();

/** @param {number} n @param {string} one @param {string} [many] */
const count = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** @type {Record<Finding['basis'], string>} */
const BASIS = { study: 'study (Foye et al. 2025)', evidence: 'other evidence', heuristic: 'tool heuristic' };

/** @type {Record<Assessment['readiness'], string>} */
const READINESS = {
  incomplete: 'incomplete (there are errors to fix)',
  'needs-attention': 'needs attention (no errors, but warnings)',
  ready: 'ready (no errors or warnings)',
};

/** @type {Record<Assessment['balance']['verdict'], string>} */
const VERDICT = {
  balanced: 'balanced',
  'too-rigid': 'too rigid: little or no time for flexible work',
  'too-loose': 'too loose: too much flexible time, or too little core time',
  unknown: 'unknown: no time is declared on core or flexible duties yet',
};

const checklistLabel = new Map(themeChecklist.map((c) => [c.id, c.label]));

/**
 * @param {object} a
 * @param {string} a.name the file name shown
 * @param {RoleDocument} a.document
 * @param {Assessment} a.assessment
 * @param {Policy} a.policy the resolved policy the assessment used (for the thresholds shown)
 * @param {import('../../dist/lib/src/index.js').OrganisationProfile} [a.organisation] the --org profile
 * @param {Styles} s
 * @returns {string[]}
 */
export function assessmentLines({ name, document, assessment, policy, organisation }, s) {
  const { findings, balance, themes, readiness, banding } = assessment;
  const out = [];
  const title = document.role.title?.trim();
  out.push(s.bold(`Assessment of ${name}${title ? `: “${title}”` : ' (no job title yet)'}`));
  if (policy.today) out.push(s.dim(`Date rules compared with ${policy.today}.`));
  if (organisation) {
    out.push(s.dim(`With the organisation profile of ${oneLine(organisation.organisation.name)} (“${organisation.id}”, facts as of ${organisation.asOf}): its answers fill what the role leaves unset.`));
  }
  out.push('');

  const mark = readiness === 'ready' ? s.green : readiness === 'incomplete' ? s.red : s.yellow;
  out.push(`Readiness: ${mark(READINESS[readiness])}`);
  if (banding.ready) out.push(`Banding readiness: ${s.green('ready')} (a job evaluation panel has what it needs)`);
  else {
    out.push(`Banding readiness: ${s.yellow('not ready')}; a job evaluation panel would still need:`);
    const items = banding.missingItems ?? banding.missing.map((label) => ({ label, path: '' }));
    for (const item of items) out.push(`  - ${item.label}${item.path ? s.dim(` (${item.path})`) : ''}`);
  }
  out.push('');

  const b = policy.balance;
  out.push(s.bold('Balance of contracted time'));
  out.push(`  core ${balance.core} % · flexible ${balance.flexible} % · excluded ${balance.excluded} % · unallocated ${balance.unallocated} %`);
  out.push(`  verdict: ${VERDICT[balance.verdict]}`);
  if (balance.overAllocated) out.push(`  ${s.yellow('over-allocated')}: the declared shares add up to more than 100 %`);
  if (balance.flexibleWithoutBounds) out.push(`  ${count(balance.flexibleWithoutBounds, 'flexible duty', 'flexible duties')} without bounds`);
  if (balance.flexibleWithoutReview) out.push(`  ${count(balance.flexibleWithoutReview, 'flexible duty', 'flexible duties')} without a review interval`);
  out.push(s.dim(`  Thresholds are heuristics of this tool, not evidence (set your own with --policy): too rigid below ` +
    `${b.tooRigidFlexibleBelow} % flexible; too loose above ${b.tooLooseFlexibleAbove} % flexible or below ${b.tooLooseCoreBelow} % core.`));
  out.push('');

  out.push(s.bold('Theme coverage'));
  out.push(s.dim(`  Themes from the study (doi ${STUDY.doi}); the scores weigh what the document covers, a heuristic of this tool.`));
  for (const id of /** @type {const} */ (['T1', 'T2', 'T3', 'T4', 'T5'])) {
    const t = themes[id];
    out.push(`  ${id} ${String(t.score).padStart(3)}/100  ${themeNames[id]}`);
    const missing = (t.missing ?? []).map((m) => checklistLabel.get(m) ?? m);
    if (missing.length) out.push(s.dim(`              missing: ${missing.join('; ')}`));
  }
  out.push('');

  const by = (/** @type {Finding['severity']} */ sev) => findings.filter((f) => f.severity === sev);
  const errors = by('error'), warnings = by('warning'), info = by('info');
  out.push(s.bold(`Findings: ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}, ${info.length} info`));
  /** @type {[string, Finding[], (t: string) => string][]} */
  const groups = [['Errors', errors, s.red], ['Warnings', warnings, s.yellow], ['Info', info, s.cyan]];
  for (const [heading, list, paint] of groups) {
    if (!list.length) continue;
    out.push('', paint(`${heading} (${list.length})`));
    for (const f of list) out.push(...findingLines(f, document, s));
  }
  return out;
}

/**
 * @param {Finding} f
 * @param {RoleDocument} document
 * @param {Styles} s
 */
function findingLines(f, document, s) {
  const meta = [f.themes.join(' '), BASIS[f.basis], f.sources.length ? `sources ${f.sources.join(', ')}` : 'no source'].join(' · ');
  const lines = [`  ${s.bold(f.ruleId)} ${s.dim(meta)}`, `    ${f.message}`, `    Fix: ${f.fix}`];
  if (f.path) lines.push(s.dim(`    Field: ${f.path} (${describePath(f.path, document)})`));
  return lines;
}
