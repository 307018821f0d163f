/**
 * The internal record ends with the role's assessment: Markdown and Word assess the role themselves
 * when the caller asks for the internal record without passing an assessment.
 */
import { assessRole } from '../assess/assess.js';
import type { RoleDocument } from '../model/schema.js';
import type { JobDescriptionOptions } from './jd-model.js';

export function withAssessment(doc: RoleDocument, options: JobDescriptionOptions): JobDescriptionOptions {
  if (options.audience !== 'internal' || options.assessment) return options;
  return { ...options, assessment: assessRole(doc, options.organisation ? { organisation: options.organisation } : undefined) };
}
