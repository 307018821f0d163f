/**
 * What a setting's template says that differs from the shared building blocks (blocks.ts). Templates
 * are proposals for a manager to adapt: they ship in the browser bundle, so they stay terse and
 * reuse shared text wherever the settings agree.
 */
import type { BoundaryTopicId, EmployerTypeId } from '../ids.js';
import type { ExclusionId } from '../exclusions.js';
import type { Employment, SupervisionArrangement } from '../../model/schema.js';

/** [title, share of time in %, description?] */
export type CoreSpec = readonly [string, number, string?];
/** [title, usual share in %, maximum share in %, description?] */
export type FlexSpec = readonly [string, number, number, string?];
/** [title, reason] for an exclusion the catalogue does not hold. */
export type CustomExclusion = readonly [string, string];
/** [title, competence domain numbers] */
export type TrainingSpec = readonly [string, readonly number[]];

export interface TemplateSpec {
  title: string;
  purpose: string;
  service: string;
  /** What lived experience the role asks for; also the first essential criterion. */
  focus: string;
  ageGroup?: string;
  employer?: EmployerTypeId;
  /** Agenda for Change band; absent for voluntary-sector own grades. Default "3". */
  band?: string | null;
  hoursPerWeek?: number;
  reportsTo?: string;
  workPattern?: string;
  core: readonly CoreSpec[];
  flexible: readonly FlexSpec[];
  excluded: readonly (ExclusionId | CustomExclusion)[];
  /** Boundary positions that differ from, or add to, the shared set. */
  boundaries?: Partial<Record<BoundaryTopicId, string>>;
  /** Extra supervision arrangements. */
  supervision?: readonly Omit<SupervisionArrangement, 'id'>[];
  training?: readonly TrainingSpec[];
  /** The mandatory training line, where the setting's differs from the team's usual one. */
  mandatoryTraining?: string;
  essential?: readonly string[];
  desirable?: readonly string[];
  funding?: Employment['funding'];
}
