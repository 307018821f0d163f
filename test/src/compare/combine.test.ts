/**
 * combineBySection: the table of compare sections → document keys covers every part of a role once,
 * and a combined role takes each section from the side chosen for it.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { compareRoles } from '../../../src/compare/index.js';
import { SECTION_KEYS, combineBySection, mergeSections } from '../../../src/compare/combine.js';
import { RoleDocumentSchema } from '../../../src/model/schema.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { goodRole } from '../../fixtures/roles.js';

describe('combineBySection', () => {
  it('maps every top-level key of a role but kind, schemaVersion and id to exactly one section', () => {
    const mapped = Object.values(SECTION_KEYS).flat();
    expect(new Set(mapped).size).to.equal(mapped.length);
    const keys = Object.keys(RoleDocumentSchema.shape).filter((k) => !['kind', 'schemaVersion', 'id'].includes(k));
    expect([...mapped].sort()).to.deep.equal([...keys].sort());
  });

  it('knows every section that compareRoles yields', () => {
    const theirs = goodRole(), mine = goodRole();
    mine.role.title = 'Mine';
    mine.employment.band = '5';
    mine.duties.pop();
    mine.boundaries.pop();
    for (const s of compareRoles(theirs, mine).sections) expect(SECTION_KEYS, s.section).to.have.property(s.section);
  });

  it('a field taken from theirs brings its confirmation (meta.suggested) with it; the others keep mine', () => {
    const base = goodRole();
    base.meta.suggested = ['employment.hoursPerWeek', 'role.reportsTo'];
    const theirs = structuredClone(base), mine = structuredClone(base);
    theirs.employment.hoursPerWeek = 30;
    theirs.meta.suggested = ['role.reportsTo']; // they confirmed the hours by changing them
    mine.role.title = 'Mine';
    const combined = combineBySection(mine, theirs, { employment: 'theirs', role: 'mine' });
    expect(combined.employment.hoursPerWeek).to.equal(30);
    expect(combined.meta.suggested).to.deep.equal(['role.reportsTo']);
    mine.meta.suggested = ['employment.hoursPerWeek']; // I confirmed the reporting line
    expect(combineBySection(mine, theirs, { employment: 'theirs', role: 'mine' }).meta).to.not.have.property('suggested');
    expect(combineBySection(mine, theirs, { employment: 'mine' }).meta.suggested).to.deep.equal(['employment.hoursPerWeek']);
    expect(parseRoleDocument(combined).ok).to.equal(true);
    // Their status (meta) taken with my sections: the suggestions still follow the fields, not the status.
    const status = structuredClone(theirs);
    status.meta.status = 'review';
    status.meta.suggested = ['employment.hoursPerWeek', 'role.reportsTo'];
    const withTheirStatus = combineBySection(mine, status, { meta: 'theirs', employment: 'mine' });
    expect(withTheirStatus.meta.status).to.equal('review');
    expect(withTheirStatus.meta.suggested, 'my confirmation of the reporting line stays').to.deep.equal(['employment.hoursPerWeek']);
  });

  it('takes each section from the side chosen, mine by default, and the result is a valid role', () => {
    const theirs = goodRole(), mine = goodRole();
    theirs.role.title = 'Theirs';
    theirs.employment.band = '4';
    mine.role.title = 'Mine';
    mine.duties.pop();
    const combined = combineBySection(mine, theirs, { employment: 'theirs', role: 'mine' });
    expect(combined.role.title).to.equal('Mine');
    expect(combined.employment.band).to.equal('4');
    expect(combined.duties).to.have.length(mine.duties.length);
    expect(combined.id).to.equal(mine.id);
    expect(parseRoleDocument(combined).ok).to.equal(true);
    expect(mine.employment.band).to.not.equal('4');
    // Taking theirs everywhere gives theirs.
    const all = Object.fromEntries(Object.keys(SECTION_KEYS).map((k) => [k, 'theirs' as const]));
    expect(combineBySection(mine, theirs, all)).to.deep.equal(theirs);
    expect(combineBySection(mine, theirs, {})).to.deep.equal(mine);
  });

  it('mergeSections: each part changed on one side only is merged; a part changed on both, differently, is the person\'s choice', () => {
    const base = goodRole();
    const theirs = structuredClone(base), mine = structuredClone(base);
    theirs.role.title = 'Theirs';
    theirs.meta.updatedAt = '2026-12-02T10:00:00.000Z'; // every save moves it: not a change of a part
    mine.employment.hoursPerWeek = 31;
    mine.meta.updatedAt = '2026-12-03T10:00:00.000Z';
    const merged = mergeSections(base, mine, theirs)!;
    expect(merged.taken).to.deep.equal(['role']);
    expect([merged.combined.role.title, merged.combined.employment.hoursPerWeek]).to.deep.equal(['Theirs', 31]);
    expect(parseRoleDocument(merged.combined).ok).to.equal(true);
    // The same change on both sides is no conflict.
    mine.role.title = 'Theirs';
    expect(mergeSections(base, mine, theirs)!.taken).to.deep.equal([]);
    mine.role.title = 'Mine';
    expect(mergeSections(base, mine, theirs)).to.equal(undefined);
    // A Confirm is a change of the field's part.
    const suggestedBase = structuredClone(base);
    suggestedBase.meta.suggested = ['employment.band'];
    const confirmed = structuredClone(suggestedBase);
    delete confirmed.meta.suggested;
    const edited = structuredClone(suggestedBase);
    edited.employment.hoursPerWeek = 31;
    expect(mergeSections(suggestedBase, edited, confirmed), 'both touched employment').to.equal(undefined);
    const renamed = structuredClone(suggestedBase);
    renamed.role.title = 'Mine';
    const both = mergeSections(suggestedBase, renamed, confirmed)!;
    expect([both.taken, both.combined.meta.suggested, both.combined.role.title]).to.deep.equal([['employment'], undefined, 'Mine']);
  });
});

