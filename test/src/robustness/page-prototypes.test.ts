/**
 * Robustness: a host page's old scripts may add enumerable properties to the built-in prototypes
 * (`Object.prototype.extend`, `Array.prototype.remove`, as some intranet libraries still do) before
 * the toolkit runs. Reading, checking, creating and editing a role, and reading an organisation
 * profile and a library file, must not see them as fields.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createRoleDocument, parseRoleDocument } from '../../../src/model/index.js';
import { createDocumentStore } from '../../../src/store/store.js';
import { setIn } from '../../../src/store/ops.js';
import { parseOrganisationProfile } from '../../../src/organisation/index.js';
import { assessRole } from '../../../src/assess/index.js';
import { goodRole } from '../../fixtures/roles.js';
import { goodProfile } from '../../fixtures/profiles.js';
import { LIBRARY_KIND, parseLibraryFile } from '../../../src/store/library-file.js';

/** Runs `fn` with enumerable additions on Object.prototype and Array.prototype, removed afterwards. */
function withPollutedPrototypes(fn: () => void): void {
  const objectProto = Object.prototype as Record<string, unknown>;
  const arrayProto = Array.prototype as unknown as Record<string, unknown>;
  objectProto.extend = function extend() { return this; };
  objectProto.title = 'Inherited title';
  arrayProto.remove = function remove() { return this; };
  try {
    fn();
  } finally {
    delete objectProto.extend;
    delete objectProto.title;
    delete arrayProto.remove;
  }
}

describe('robustness: a page that added enumerable properties to the built-in prototypes', () => {
  it('creates, reads, checks, edits and assesses a role as on any other page', () => {
    withPollutedPrototypes(() => {
      const created = createRoleDocument({ template: 'adult-community' });
      expect(Object.keys(created.meta)).to.not.include('extend');
      const parsed = parseRoleDocument(JSON.stringify(goodRole()));
      expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.issues)).to.equal(true);
      expect(parseRoleDocument(goodRole()).ok).to.equal(true);
      // An inherited "title" is not the role's title: a role without one still has none.
      const untitled = goodRole();
      delete untitled.role.title;
      const read = parseRoleDocument(untitled);
      expect(read.ok && Object.hasOwn(read.document.role, 'title')).to.equal(false);
      const store = createDocumentStore({ initial: created });
      expect(store.edit((d) => setIn(d, ['role', 'title'], 'Ward Peer Support Worker')).ok).to.equal(true);
      expect(assessRole(store.get()).findings.length).to.be.greaterThan(0);
      const profile = parseOrganisationProfile(goodProfile());
      expect(profile.ok, profile.ok ? '' : JSON.stringify(profile.issues)).to.equal(true);
      const library = parseLibraryFile(JSON.stringify({ kind: LIBRARY_KIND, schemaVersion: 1, roles: [{ document: goodRole(), versions: [] }] }));
      expect(library.ok, library.ok ? '' : JSON.stringify(library.issues)).to.equal(true);
    });
  });
});
