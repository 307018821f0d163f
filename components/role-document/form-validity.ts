/**
 * The validity a `required` `<psw-role-document>` gives its form: not valid while the role has an
 * error ("Must fix") finding, or while a field of an editor of this document holds input the
 * document refused (the field shows what the role does not hold; see
 * ../document-runtime/editor-registry.ts), or while the role is still being checked.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import type { Localizer } from '../base/localize.js';
import type { SharedDocument } from '../document-runtime/shared-document.js';
import type { DocumentStrings } from '../document-runtime/strings.js';

export interface RoleValidity {
  /** Why the role may not be submitted yet; undefined when it may. */
  message?: string;
  /** Whether the reason is the role's own (a finding or refused input), shown as the state `invalid`. */
  invalid: boolean;
}

export function roleValidity(shared: SharedDocument, doc: RoleDocument, l: Localizer<DocumentStrings>): RoleValidity {
  // Assessed for `doc` itself: the snapshot may not be published yet.
  const assessment = shared.assessmentOf(doc);
  const reason = assessment.findings.find((f) => f.severity === 'error')?.message ?? shared.editors.held?.()[0]?.message;
  if (reason !== undefined) return { message: l.t('invalidRequired', reason), invalid: true };
  // Not known yet (the assessment engine is loading): not submitted unchecked. The state `invalid` is
  // kept for the role's own reasons, so it does not flash on while the page loads.
  if (assessment.pending) return { message: l.t('invalidChecking'), invalid: false };
  return { invalid: false };
}
