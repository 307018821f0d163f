// A template's suggestions for the post (meta.suggested): which edits settle them, the Confirm edit,
// what the parser accepts, and what they do to readiness.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole } from '../../../src/assess/index.js';
import { createRoleDocument, parseRoleDocument } from '../../../src/model/index.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { setIn } from '../../../src/store/ops.js';
import { createDocumentStore } from '../../../src/store/store.js';
import { settleSuggested } from '../../../src/store/suggested.js';
import { confirmSuggested, isSuggested } from '../../../src/store/suggestion-marks.js';

const NOW = '2026-11-25T10:00:00.000Z';
const TODAY = '2026-11-25';
const fromTemplate = () => createRoleDocument({ template: 'adult-community', now: NOW, today: TODAY, id: 'doc-1' });

describe('meta.suggested: the template’s suggestions for the post', () => {
  it('a template lists the post facts it filled, and what it says the employer provides; an empty draft lists none', () => {
    expect(fromTemplate().meta.suggested).to.deep.equal([
      'role.reportsTo', 'employment.band', 'employment.hoursPerWeek', 'employment.contractType', 'employment.workPattern', 'employment.dbs.level',
      'training.induction', 'training.peerSpecific', 'training.mandatory', 'training.development', 'supervision.arrangements', 'progression.steps',
    ]);
    expect(createRoleDocument({ now: NOW }).meta).to.not.have.property('suggested');
  });

  it('any edit of a suggested field through the store removes its path (and only its)', () => {
    const store = createDocumentStore({ initial: fromTemplate() });
    store.edit((d) => setIn(d, ['employment', 'hoursPerWeek'], 30));
    expect(store.get().meta.suggested).to.not.include('employment.hoursPerWeek');
    expect(store.get().meta.suggested).to.include('employment.band');
    // An edit elsewhere leaves the suggestions alone.
    store.edit((d) => setIn(d, ['role', 'purpose'], 'A new purpose.'));
    expect(store.get().meta.suggested).to.have.length(11);
    // A list is suggested as a whole and settled only by Confirm: changing one arrangement, or
    // answering a question about its provider, says nothing about the rest of the pattern.
    store.edit((d) => setIn(d, ['supervision', 'arrangements', 0, 'durationMinutes'], 45));
    store.edit((d) => setIn(d, ['supervision', 'arrangements', 1, 'providerHasPeerBackground'], true));
    expect(isSuggested(store.get(), 'supervision.arrangements')).to.equal(true);
    store.edit((d) => confirmSuggested(d, 'supervision.arrangements'));
    expect(store.get().meta.suggested).to.have.length(10);
    // Replacing the parent object changes the field too.
    store.edit((d) => setIn(d, ['employment', 'dbs'], { level: 'standard' }));
    expect(isSuggested(store.get(), 'employment.dbs.level')).to.equal(false);
    // Undo brings the suggestion back with the value.
    store.undo();
    expect(isSuggested(store.get(), ['employment', 'dbs', 'level'])).to.equal(true);
  });

  it('Confirm keeps the value and removes the path, as one undo step; the last one removes the list', () => {
    const store = createDocumentStore({ initial: fromTemplate() });
    const before = store.get();
    for (const p of [...before.meta.suggested!]) store.edit((d) => confirmSuggested(d, p));
    expect(store.get().meta).to.not.have.property('suggested');
    expect(store.get().employment).to.deep.equal(before.employment);
    expect(store.undoDepth).to.equal(12);
    store.undo();
    expect(store.get().meta.suggested).to.deep.equal(['progression.steps']);
    // Confirming what is not suggested changes nothing.
    const doc = store.get();
    expect(confirmSuggested(doc, 'role.title')).to.equal(doc);
    expect(settleSuggested(doc, doc)).to.equal(doc);
  });

  it('keeps readiness below "ready" until every suggestion is confirmed or changed', () => {
    const doc = fromTemplate();
    const r66 = assessRole(doc, { today: TODAY }).findings.filter((f) => f.ruleId === 'R66');
    expect(r66.map((f) => f.path)).to.have.members(doc.meta.suggested!);
    expect(r66.find((f) => f.path === 'employment.hoursPerWeek')!.message).to.match(/^The hours per week \(37\.5\) is the template’s suggestion for this post: confirm it or change it\./);
    expect(r66[0]!.severity).to.equal('warning');
    const dbs = r66.find((f) => f.path === 'employment.dbs.level');
    expect(dbs!.message, 'the acronym as written').to.match(/^The DBS check level \([a-z]+ DBS check/);
  });

  it('the parser accepts only a short list of known field paths, each once', () => {
    const doc = fromTemplate();
    const withList = (suggested: unknown) => ({ ...doc, meta: { ...doc.meta, suggested } }) as unknown as RoleDocument;
    expect(parseRoleDocument(withList(['employment.location'])).ok).to.equal(true);
    for (const bad of [['employment.nope'], ['duties[0].title'], ['meta.status'], 'employment.band', [7], ['employment.band', 'employment.band'], Array(51).fill('role.title'), ['x'.repeat(201)]]) {
      const r = parseRoleDocument(withList(bad));
      expect(r.ok, JSON.stringify(bad).slice(0, 60)).to.equal(false);
      if (!r.ok) expect(r.issues[0]!.path).to.match(/^meta\.suggested/);
    }
  });
});
