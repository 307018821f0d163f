import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { anyString } from '../../util/any-string.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { slugify, suggestFilename } from '../../../src/export/filename.js';
import { completeDoc, emptyDoc, hostileDoc } from '../../fixtures/export-docs.js';

const titled = (title: string | undefined): RoleDocument => ({ ...emptyDoc(), role: title === undefined ? {} : { title } });

describe('suggestFilename', () => {
  it('is the slug of the job title, the date and the extension', () => {
    expect(suggestFilename(completeDoc, 'docx', '2026-11-25')).to.equal('peer-support-worker-2026-11-25.docx');
    expect(suggestFilename(completeDoc, '.md', '2026-11-25')).to.equal('peer-support-worker-2026-11-25.md');
    expect(suggestFilename(titled('Senior Peer Support Worker (Crisis) – Band 4'), 'json', '2026-01-02'))
      .to.equal('senior-peer-support-worker-crisis-band-4-2026-01-02.json');
  });

  it('falls back to "psw-role" when there is no usable title', () => {
    expect(suggestFilename(titled(undefined), 'jsonld', '2026-11-25')).to.equal('psw-role-2026-11-25.jsonld');
    expect(suggestFilename(titled('<<< !!! >>>'), 'md', '2026-11-25')).to.equal('psw-role-2026-11-25.md');
  });

  it('strips accents and cuts long titles at a word, at most 60 characters', () => {
    expect(slugify('Café Coordinatrice Éducation')).to.equal('cafe-coordinatrice-education');
    const long = slugify('Peer support worker for the community mental health transformation programme in the north');
    expect(long.length).to.be.at.most(60);
    expect(long).to.equal('peer-support-worker-for-the-community-mental-health');
  });

  it('uses the local date of a Date, and today by default', () => {
    expect(suggestFilename(completeDoc, 'docx', new Date(2027, 0, 5, 23, 59))).to.equal('peer-support-worker-2027-01-05.docx');
    expect(suggestFilename(completeDoc, 'docx')).to.match(/^peer-support-worker-\d{4}-\d{2}-\d{2}\.docx$/);
  });

  it('only ever holds safe characters, whatever the title and extension (property)', () => {
    expect(suggestFilename(hostileDoc, '../evil/.exe', '2026-11-25')).to.match(/^[a-z0-9-]+-2026-11-25\.evilexe$/);
    fc.assert(fc.property(anyString(), fc.string(), (title, ext) => {
      const name = suggestFilename(titled(title), ext, '2026-11-25');
      expect(name).to.match(/^[a-z0-9]+(-[a-z0-9]+)*-2026-11-25\.[a-z0-9]+$/);
      expect(name.length).to.be.at.most(60 + 12 + ext.length);
    }));
  });
});
