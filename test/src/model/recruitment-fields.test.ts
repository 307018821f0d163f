import { describe, it } from 'node:test';
import { expect } from 'chai';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { emptyDoc } from '../../fixtures/export-docs.js';

describe('schema: advert fields, contract length and criterion categories', () => {
  it('accepts a job reference, closing date, contact, contract length and categories', () => {
    const d = emptyDoc();
    d.recruitment.reference = 'RDT-123-PSW';
    d.recruitment.closingDate = '2027-01-31';
    d.recruitment.contact = 'Sam Lee, team manager, 01234 567890';
    d.employment.contractType = 'fixed-term';
    d.employment.fixedTermMonths = 18;
    d.recruitment.personSpec.essential.push({ id: 'c1', text: 'Lived experience', category: 'experience' });
    const r = parseRoleDocument(d);
    expect(r.ok).to.equal(true);
  });

  it('names the field in words when a value is out of range', () => {
    const d = emptyDoc() as unknown as Record<string, Record<string, unknown>>;
    d.employment!.fixedTermMonths = 0;
    d.recruitment!.closingDate = '31/01/2027';
    const r = parseRoleDocument(d);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    const text = r.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    expect(text).to.match(/employment\.fixedTermMonths.*Contract length/);
    expect(text).to.match(/recruitment\.closingDate.*Closing date/);
  });

  it('refuses a category the person specification does not have', () => {
    const d = emptyDoc();
    d.recruitment.personSpec.desirable.push({ id: 'c1', text: 'x', category: 'other' as never });
    expect(parseRoleDocument(d).ok).to.equal(false);
  });
});
