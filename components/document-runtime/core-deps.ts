/**
 * The one place the context layer binds to the model and the assessment.
 *
 * Eager (in the drop-in bundle's entry): `readRoleDocument` (the core's `parseRoleDocument` without
 * the JSON syntax-error scanner: a page's JSON text that is not JSON is described in the browser's
 * words; the import of `<psw-role-export>` uses `parseRoleDocument`, line and column),
 * `createBlankDocument`, `newId`.
 * Lazy (each is a chunk of the drop-in
 * bundle, fetched once per page):
 * - the assessment engine (`src/assess`, mostly rule texts and the drift vocabulary): its load starts
 *   when the first document provider is created; until it arrives, snapshots carry
 *   `PENDING_ASSESSMENT` (`pending: true`) and providers publish a new snapshot when it does;
 * - the setting templates, through `loadTemplateDocument(settingId)`;
 * - the organisation profile's reader (./organisation-reader.ts: `parseOrganisationProfile`, its
 *   schema and the fetch of `organisation-src`), when a page supplies a profile.
 *
 * The core API (`psw-role-kit/core`) stays synchronous: only the elements load lazily.
 */
import type { RoleDocument } from '../../src/model/schema.js';
import type { Assessment } from '../../src/assess/types.js';
import type { SettingId } from '../../src/catalogue/ids.js';
import type { OrganisationProfile } from '../../src/organisation/schema.js';

export { readRoleDocument, type ParseResult } from '../../src/model/read-role-document.js';
export { createBlankDocument } from '../../src/model/blank.js';
export { newId } from '../../src/model/ids.js';
export { PENDING_ASSESSMENT } from '../../src/assess/pending.js';

type Engine = typeof import('../../src/assess/index.js');

/**
 * The lazy imports (each becomes a chunk of the drop-in bundle). Replaceable so tests can hold a
 * load back or make it fail; not part of the public API.
 * @internal
 */
export const lazyImports = {
  assessment: (): Promise<Engine> => import('../../src/assess/index.js'),
  templates: () => import('../../src/model/create.js'),
  organisation: () => import('./organisation-reader.js'),
};

let engine: Engine | undefined;
let engineLoad: Promise<Engine | undefined> | undefined;
let engineFailed = false;

/**
 * Starts loading the assessment engine (once per page) and resolves when it has loaded, or with
 * undefined when its chunk could not be fetched (never rejects; a later call tries again).
 */
export function loadAssessmentEngine(): Promise<Engine | undefined> {
  engineLoad ??= lazyImports.assessment().then(
    (m) => {
      engine = m;
      engineFailed = false;
      return m;
    },
    (error: unknown) => {
      engineFailed = true;
      engineLoad = undefined;
      console.error('psw-role-kit: the assessment could not be loaded, so no findings are shown. Check the connection and reload the page.', error);
      return undefined;
    },
  );
  return engineLoad;
}

/**
 * Forgets the loaded engine, as on a fresh page (tests only: documents already assessed keep their
 * memoised assessment).
 * @internal
 */
export function resetAssessmentEngine(): void {
  engine = undefined;
  engineLoad = undefined;
  engineFailed = false;
}

/** Whether the engine is here (`loaded`), on its way (`loading`), failed to arrive, or not asked for yet. */
export function assessmentEngineState(): 'idle' | 'loading' | 'loaded' | 'failed' {
  if (engine) return 'loaded';
  if (engineLoad) return 'loading';
  return engineFailed ? 'failed' : 'idle';
}

/** The assessment of `doc` (with the organisation's profile, if any) when the engine has loaded, else undefined. */
export function assessIfLoaded(doc: RoleDocument, organisation?: OrganisationProfile): Assessment | undefined {
  return engine?.assessRole(doc, organisation ? { organisation } : undefined);
}

/**
 * A new document from a built-in or organisation template (`createRoleDocument({ template, organisation })` of the
 * core), with the templates loaded on first use. Rejects with a TypeError for an unknown setting id,
 * and when the templates' chunk cannot be fetched. For elements (e.g. a template picker); a page
 * starts a wrapper from a template with `<psw-role-document template="…">`.
 */
export async function loadTemplateDocument(template: SettingId | string, organisation?: OrganisationProfile): Promise<RoleDocument> {
  const { createRoleDocument } = await lazyImports.templates();
  // The profile, when there is one, lets the core leave to it what it answers; `template` may be
  // one of the profile's own templates.
  return createRoleDocument(organisation ? { template, organisation } : { template });
}
