/**
 * The designer's journey: its steps in order, the parts of the document each step edits, and the
 * findings that belong to a step. Plain data and functions (no DOM), so the step of any path and
 * the counts on the step navigation are easy to test and to keep in line with the editors.
 */
import type { Finding, Severity } from '../../src/assess/types.js';
import { pathUnder } from '../document-runtime/document-controller.js';
import { BUILDER_SECTION_PARTS, CHECKLIST_PARTS, PLANNER_PARTS, pathsOfSections } from '../base/edited-parts.js';
import { STEP_IDS, type StepId } from './step-ids.js';

export { STEP_IDS, isStepId, type StepId } from './step-ids.js';

export interface StepDef {
  id: StepId;
  /**
   * Document paths the step's editors own (as the editors themselves claim them in psw-navigate):
   * the builder's basics, duties and terms parts, the boundary checklist, the supervision planner.
   * Review owns none: it is where every finding is listed.
   */
  paths: readonly string[];
  /** The `sections` of `<psw-role-builder>` the step shows, when the step is a part of the builder. */
  builderSections?: string;
}

const TERMS = 'employment progression person-spec';

export const STEPS: readonly StepDef[] = [
  { id: 'role', paths: BUILDER_SECTION_PARTS.basics, builderSections: 'templates basics' },
  { id: 'duties', paths: BUILDER_SECTION_PARTS.duties, builderSections: 'duties' },
  { id: 'boundaries', paths: CHECKLIST_PARTS },
  { id: 'support', paths: PLANNER_PARTS },
  { id: 'terms', paths: pathsOfSections(TERMS), builderSections: TERMS },
  { id: 'review', paths: [] },
];

export function stepDef(id: StepId): StepDef {
  return STEPS.find((s) => s.id === id)!;
}

/** The step whose editor owns `path`, or undefined (no step edits it). */
export function stepOfPath(path: string): StepId | undefined {
  return STEPS.find((s) => s.paths.some((p) => pathUnder(path, p)))?.id;
}

export interface StepProgress {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The findings of a step: those whose path it owns. Review counts every finding of the role (it
 * lists them all), so its numbers are the role's totals.
 */
export function stepFindings(step: StepId, findings: readonly Finding[]): Finding[] {
  if (step === 'review') return [...findings];
  const def = stepDef(step);
  return findings.filter((f) => f.path !== undefined && def.paths.some((p) => pathUnder(f.path!, p)));
}

export function countBySeverity(findings: readonly Finding[]): StepProgress {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

export function stepProgress(step: StepId, findings: readonly Finding[]): StepProgress {
  return countBySeverity(stepFindings(step, findings));
}

/** The step before or after `step` (undefined past either end). */
export function neighbour(step: StepId, delta: -1 | 1): StepId | undefined {
  return STEP_IDS[STEP_IDS.indexOf(step) + delta];
}
