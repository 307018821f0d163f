/**
 * The designer's steps by id, in order: all the element class needs (./steps.ts, with what each
 * step edits, arrives with the view).
 */
export const STEP_IDS = ['role', 'duties', 'boundaries', 'support', 'terms', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (value: unknown): value is StepId => STEP_IDS.includes(value as StepId);
