// The base revision beside a library document's tab draft (components/role-document/draft-base.ts):
// read from the storage that holds the draft, and only when the tab that wrote the base also wrote
// the draft, so a draft another tab wrote since (the localStorage key the tabs share) is never taken
// as based on a revision it does not hold.
import { expect } from '@open-wc/testing';
import { draftIsItsBase, readDraftBase, writeDraftBase } from '../../../components/role-document/draft-base.js';
import { AUTOSAVE_FORMAT } from '../../../src/store/persistence.js';

const KEY = 'psw-role-kit:library:draft-base-test:role';
const envelope = (tabId: string, json: string) => JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-12-08T10:00:00.000Z', tabId, document: JSON.parse(json) });
const clean = () => {
  for (const s of [sessionStorage, localStorage]) for (const k of [KEY, `${KEY}:base`, `${KEY}:base-sum`, `${KEY}:base-tab`]) s.removeItem(k);
};

describe('the base beside a library document\'s tab draft', () => {
  beforeEach(clean);
  afterEach(clean);

  it('is read beside a draft the same tab wrote, with whether the draft holds anything more', () => {
    const saved = '{"a":1}';
    localStorage.setItem(KEY, envelope('tab-b', saved));
    writeDraftBase(KEY, 'r2', saved, 'tab-b');
    expect(readDraftBase(KEY)).to.equal('r2');
    expect(draftIsItsBase(KEY, saved)).to.equal(true);
    expect(draftIsItsBase(KEY, '{"a":2}')).to.equal(false);
  });

  it('is not known once another tab has written the draft, nor from a storage that does not hold it', () => {
    localStorage.setItem(KEY, envelope('tab-b', '{"a":1}'));
    writeDraftBase(KEY, 'r2', '{"a":1}', 'tab-b');
    // Tab A keeps its own, older version: its draft replaces B's under the shared key.
    localStorage.setItem(KEY, envelope('tab-a', '{"a":0}'));
    expect(readDraftBase(KEY), 'B\'s base does not describe A\'s draft').to.equal(undefined);
    expect(draftIsItsBase(KEY, '{"a":0}')).to.equal(false);
    // sessionStorage holds a base too (always written), but not the draft: it is not read for it.
    expect(sessionStorage.getItem(`${KEY}:base`)).to.equal('r2');
  });
});
