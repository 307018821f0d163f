/**
 * Plain words everywhere: no catalogue id, enum value or document path reaches a person. Every
 * template is rendered through the job-description model the element shows, Markdown and the
 * human-readable fields of the JSON-LD, in both audiences, with and without an organisation profile,
 * and the text is searched for ids as words. Word (the text of document.xml, headers and footers)
 * writes the model's strings and labels of its own; a .docx is slow to write and read, so each
 * template is written once per audience, with the profile for one audience and without it for the
 * other, in turn: every template in both audiences, every pair of audience and profile in half the
 * templates.
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { SETTING_IDS } from '../../../src/catalogue/ids.js';
import { leaks } from '../../util/plain-words.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { jobDescriptionModel, modelText, type Audience } from '../../../src/export/jd-model.js';
import { toMarkdown } from '../../../src/export/markdown.js';
import { toDocx } from '../../../src/export/docx.js';
import { toJobPosting } from '../../../src/export/job-posting.js';
import { assessRole } from '../../../src/assess/index.js';
import { xmlParts } from '../../util/docx-parts.js';
import { trustProfile } from '../../fixtures/profiles.js';

const wordText = (xml: string): string =>
  [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');

/** The JSON-LD values a person reads (not @type, enums such as employmentType, currencies or ids). */
function humanFields(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return /^(@|employmentType|unitText|currency|salaryCurrency|addressCountry|propertyID|value|datePosted|validThrough|sameAs|logo|url)$/.test(key) ? [] : [node];
  if (Array.isArray(node)) return node.flatMap((n) => humanFields(n, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => (k.startsWith('@') ? [] : humanFields(v, k)));
  return [];
}

describe('plain words: no catalogue id or path in any output of any template', () => {
  SETTING_IDS.forEach((template, n) => {
    it(`${template}: element text, Markdown and JSON-LD, both audiences, with and without a profile; Word, both audiences`, async () => {
      const found: string[] = [];
      for (const organisation of [undefined, trustProfile]) {
        const doc = createRoleDocument({ template, organisation, today: '2026-12-05', now: '2026-12-05T09:00:00.000Z' });
        for (const audience of ['candidate', 'internal'] as Audience[]) {
          const assessment = audience === 'internal' ? assessRole(doc, organisation ? { organisation } : undefined) : undefined;
          const opts = { audience, assessment, ...(organisation && { organisation }) };
          const tag = `${audience}${organisation ? ' + profile' : ''}`;
          found.push(...leaks(`model (${tag})`, modelText(jobDescriptionModel(doc, opts)).join('\n')));
          found.push(...leaks(`Markdown (${tag})`, toMarkdown(doc, opts)));
          // Word: with the profile for one audience, without it for the other, swapped every other template.
          const wordWithProfile = (audience === 'internal') === (n % 2 === 0);
          if (Boolean(organisation) !== wordWithProfile) continue;
          const parts = await xmlParts(await toDocx(doc, opts));
          const word = [...parts].filter(([p]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p)).map(([, x]) => wordText(x)).join('\n');
          found.push(...leaks(`Word (${tag})`, word));
        }
        found.push(...leaks(`JSON-LD${organisation ? ' + profile' : ''}`, humanFields(toJobPosting(doc, organisation ? { organisation } : {})).join('\n')));
      }
      expect([...new Set(found)]).to.deep.equal([]);
    });
  });

  it('finds what it looks for (the check itself can fail)', () => {
    expect(leaks('x', 'Covers development and team-barriers')).to.have.length(1);
    expect(leaks('x', 'See employment.hoursPerWeek')).to.have.length(1);
    expect(leaks('x', 'Peer supervision (one-to-one), e.g. a fixed-term contract, see https://example.org/a.b')).to.deep.equal([]);
  });
});
