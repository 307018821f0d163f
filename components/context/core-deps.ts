/**
 * The one place the context layer binds to the model and the assessment (DESIGN.md §3):
 * `parseRoleDocument`, `createRoleDocument`, `assessRole`, `newId`.
 *
 * TEMPORARY: the `model` and `assess` branches are still being written. Until they are merged this
 * file holds minimal stand-ins with the same signatures (parse = JSON + schema check, create = an
 * empty draft, assess = no findings). On merge, this file becomes four re-exports and nothing else
 * changes.
 */
import { DOCUMENT_KIND, SCHEMA_VERSION, type RoleDocument } from '../../src/model/schema.js';
import type { Assessment } from '../../src/assess/types.js';
import { validateDocument, type DocumentIssue } from '../../src/store/validate.js';

export type ParseResult =
  | { ok: true; document: RoleDocument; migratedFrom?: number }
  | { ok: false; issues: DocumentIssue[] };

export function parseRoleDocument(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, issues: [{ path: '', message: 'The text is not valid JSON.' }] };
    }
  }
  const v = value as { kind?: string; document?: unknown } | null;
  if (v && typeof v === 'object' && v.kind === 'psw-job-description') value = v.document;
  return validateDocument(value);
}

export function newId(prefix?: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const id = 'x' + Array.from(bytes, (b) => (b & 31).toString(32)).join('');
  return prefix ? `${prefix}-${id}` : id;
}

export function createRoleDocument(options: { template?: string; now?: Date; id?: string } = {}): RoleDocument {
  const at = (options.now ?? new Date()).toISOString();
  return {
    kind: DOCUMENT_KIND,
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? newId(),
    meta: { status: 'draft', createdAt: at, updatedAt: at },
    context: {},
    role: {},
    duties: [],
    boundaries: [],
    supervision: { arrangements: [] },
    training: { peerSpecific: [] },
    team: {},
    leadership: {},
    employment: {},
    progression: { steps: [] },
    wellbeing: {},
    recruitment: { personSpec: { essential: [], desirable: [] } },
  };
}

const emptyAssessments = new WeakMap<RoleDocument, Assessment>();
export function assessRole(doc: RoleDocument): Assessment {
  let a = emptyAssessments.get(doc);
  if (!a) {
    const theme = () => ({ score: 0, addressedBy: [] });
    a = {
      findings: [],
      balance: { core: 0, flexible: 0, excluded: 0, unallocated: 100, overAllocated: false, flexibleWithoutBounds: 0, flexibleWithoutReview: 0, verdict: 'unknown' },
      themes: { T1: theme(), T2: theme(), T3: theme(), T4: theme(), T5: theme() },
      readiness: 'incomplete',
      banding: { ready: false, missing: [] },
    } as unknown as Assessment;
    emptyAssessments.set(doc, a);
  }
  return a;
}
