import { balanceStrings } from './balance.strings.js';

/** en-GB strings shared by every element ('common' area). Other languages: registerStrings('common', lang, {...}). */
export const commonStrings = {
  severityError: 'Must fix',
  severityWarning: 'Check',
  severityInfo: 'Consider',
  basisStudy: 'Study finding',
  basisEvidence: 'Other evidence',
  basisHeuristic: 'Tool heuristic',
  basisStudyHint: 'Stated in the 2025 study of 35 peer support workers (Foye et al.)',
  basisEvidenceHint: 'From another named source, not the 2025 study',
  basisHeuristicHint: 'A default of this tool with no evidence behind it; your organisation may set its own',
  fix: 'How to fix',
  sources: 'Sources',
  goToField: 'Go to the field',
  themeT1: 'T1 Flexibility with structure and boundaries',
  themeT2: 'T2 Supervision and training for peer work',
  themeT3: 'T3 A team and leaders who value peer workers',
  themeT4: 'T4 Peer work within health-system structures',
  themeT5: 'T5 Funding, pay and progression',
  themeShortT1: 'T1',
  themeShortT2: 'T2',
  themeShortT3: 'T3',
  themeShortT4: 'T4',
  themeShortT5: 'T5',
  notSet: 'Not set',
  yes: 'Yes',
  no: 'No',
  percent: (n: number) => `${n}%`,
  ...balanceStrings,
};
export type CommonStrings = typeof commonStrings;
