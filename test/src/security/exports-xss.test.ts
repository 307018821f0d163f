/**
 * XSS suite for the exports: each hostile string of test/fixtures/hostile-strings.ts is put
 * into EVERY free-text field of a complete document (every string field, every list item: the schema
 * walked through `completeDoc`, which fills every section and list), then each export is checked.
 * test/src/export has hand-made hostile fixtures (one mixed document); this crosses every string with
 * every field, so a new string or a new field is covered with no new test.
 *
 * - toMarkdown: rendered by markdown-it with raw HTML switched on, no HTML, link, image or any other
 *   structure comes from user text (same element sequence as the same document with plain text), and
 *   the title reads as typed.
 * - toJobPostingScript: no `</script`, `<!--`, `-->`, `<`, `>`, `&`, U+2028/U+2029; parses back to toJobPosting.
 * - exportJobDescription: its JSON text parses back (parseRoleDocument) to exactly the document.
 * - toDocx: every XML part is well-formed, and the text (mammoth) holds every line of
 *   every string, control characters aside (a few files with the strings rotated through the fields,
 *   see below, as Word files are slow to write and read).
 */
import { describe, it } from 'node:test';
import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import { DOMParser } from '@xmldom/xmldom';
import { rawText, xmlParts } from '../../util/docx-parts.js';
import { HOSTILE_STRINGS, type HostileString } from '../../fixtures/hostile-strings.js';
import { completeDoc } from '../../fixtures/export-docs.js';
import { parseRoleDocument, type RoleDocument, LIMITS } from '../../../src/model/index.js';
import { toMarkdown } from '../../../src/export/markdown.js';
import { toJobPosting, toJobPostingScript } from '../../../src/export/job-posting.js';
import { exportJobDescription } from '../../../src/export/export-job-description.js';
import { toDocx } from '../../../src/export/docx.js';
import { cleanText, oneLine } from '../../../src/export/format.js';

/** Keys whose values are ids, enums, dates or fixed formats: not free text. */
const STRUCTURED = new Set([
  'id', 'kind', 'status', 'createdAt', 'updatedAt', 'reviewDate', 'setting', 'employerType', 'level', 'topic', 'mode', 'type',
  'format', 'per', 'payScheme', 'payTableYear', 'currency', 'period', 'contractType', 'endDate', 'feePaidBy',
  'livedExperienceBasis', 'accessibleSteps', 'convictionsApproach',
]);
/** Text fields with a lower limit than 10,000 characters (the schema's): band 40, list items 200. */
const LIMIT: Record<string, number> = { band: 40, frameworkRefs: 200, agreedWith: 200, focus: 200 };

/** `base` with every free-text string (fields and list items) replaced by `text`, cut to each field's limit. */
export function fillEveryText(base: RoleDocument, text: string): { doc: RoleDocument; fields: number } {
  let fields = 0;
  const visit = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (key !== undefined && STRUCTURED.has(key)) return value;
      fields++;
      return text.slice(0, LIMIT[key ?? ''] ?? LIMITS.text);
    }
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return { doc: visit(base, undefined) as RoleDocument, fields };
}

const gfm = new MarkdownIt('default', { html: true, linkify: false });
const commonmark = new MarkdownIt('commonmark', { html: true });
const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[0].toLowerCase()).filter((t) => t !== '<br' && t !== '</br');
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The same document with plain words everywhere: the element sequence every hostile version must have. */
const plain = fillEveryText(completeDoc, 'Plain words').doc;
const plainShape = { gfm: tags(gfm.render(toMarkdown(plain, { audience: 'internal' }))), commonmark: tags(commonmark.render(toMarkdown(plain, { audience: 'internal' }))) };

/** Lines a reader must find in a text export (cleaned of control characters, spaces collapsed). */
const lines = (text: string) => cleanText(text).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');

describe('exports: every hostile string in every text field', () => {
  const { fields } = fillEveryText(completeDoc, 'x');
  it(`fills ${fields} text fields of a complete document (every section and list)`, () => {
    expect(fields).to.be.greaterThan(60);
  });

  for (const h of HOSTILE_STRINGS) {
    describe(`${h.group}: ${h.name}`, () => {
      const { doc } = fillEveryText(completeDoc, h.text);

      it('is a valid document (the schema holds it)', () => {
        const parsed = parseRoleDocument(doc);
        expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3))).to.equal(true);
      });

      it('toMarkdown: no HTML, link, image or structure from user text; the title reads as typed', () => {
        const md = toMarkdown(doc, { audience: 'internal' });
        const rendered = { gfm: gfm.render(md), commonmark: commonmark.render(md) };
        for (const name of ['gfm', 'commonmark'] as const) {
          const html = rendered[name];
          expect(tags(html).join(' '), `${name}: the element sequence of the plain document`).to.equal(plainShape[name].join(' '));
          // (Boolean checks: the rendered page is long, chai would print all of it.)
          expect(/<(a|img|script|svg|iframe|style|details|code|pre|blockquote|del|s)[\s>]/i.test(html), `${name}: a tag from user text`).to.equal(false);
          expect(/<[a-z][^<>]*\s(href|src|on[a-z]+)\s*=/i.test(html), `${name}: a link, source or handler attribute`).to.equal(false);
          expect(html.includes('<!--'), `${name}: a comment`).to.equal(false);
        }
        const h1 = /<h1>([\s\S]*?)<\/h1>/.exec(rendered.gfm)?.[1] ?? '';
        expect(decode(h1), 'the title').to.equal(oneLine(doc.role.title!) || 'Job description');
      });

      it('toJobPostingScript: safe inside <script>, parses back to toJobPosting', () => {
        for (const extensions of [false, true]) {
          const text = toJobPostingScript(doc, { extensions });
          expect(text).not.to.match(/<\/script|<!--|-->|[<>&\u2028\u2029]/i);
          expect(JSON.parse(text)).to.deep.equal(toJobPosting(doc, { extensions }));
        }
      });

      it('exportJobDescription: the JSON text parses back to exactly the document', () => {
        const text = JSON.stringify(exportJobDescription(doc), null, 2);
        const parsed = parseRoleDocument(text);
        expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3))).to.equal(true);
        if (parsed.ok) expect(parsed.document).to.deep.equal(doc);
      });

    });
  }

  // Word: a .docx takes ~150 ms to write and as long to read back, so instead of one file per string,
  // a few files where field i holds string (i + k) mod N: every string lands in several different
  // fields (table cells, list items, headings, the document properties), every field gets many strings.
  const rotations = [0, 13, 26, 39];
  it('places every string whole in a field the Word file shows, in some rotation', () => {
    const placed = new Set(rotations.flatMap((k) => fillRotated(completeDoc, k).placed));
    expect(HOSTILE_STRINGS.filter((h) => !placed.has(h)).map((h) => h.name)).to.deep.equal([]);
  });
  for (const k of rotations) {
    it(`toDocx (rotation ${k}): every XML part well-formed; the text holds every line of every string`, async () => {
      const { doc, placed } = fillRotated(completeDoc, k);
      expect(parseRoleDocument(doc).ok).to.equal(true);
      const bytes = await toDocx(doc, { audience: 'internal' });
      for (const [path, xml] of await xmlParts(bytes)) expect(wellFormed(xml), path).to.equal('');
      const text = (await rawText(bytes)).replace(/\s+/g, ' ');
      for (const h of placed) {
        for (const line of lines(h.text)) expect(text.includes(line), `${h.name}: Word text has “${line.slice(0, 60)}”`).to.equal(true);
      }
    });
  }
});

/**
 * The numbers of the free-text fields (in `fillEveryText` order) that the job description shows:
 * found by writing a marker into each and looking for it in the Markdown (Word and Markdown render the
 * same job-description model). Some fields are left out by design (framework references, the reason
 * a boundary does not apply).
 */
const shownInJobDescription: Set<number> = (() => {
  let i = 0;
  const visit = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') return key !== undefined && STRUCTURED.has(key) ? value : `Marker${i++}Q`;
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  const md = toMarkdown(visit(completeDoc, undefined) as RoleDocument);
  return new Set(Array.from({ length: i }, (_, n) => n).filter((n) => md.includes(`Marker${n}Q`)));
})();

/**
 * `base` with free-text field i holding hostile string (i + k) mod N (cut to the field's limit);
 * `placed` lists the strings placed whole (a cut string is not expected whole in the output).
 */
function fillRotated(base: RoleDocument, k: number): { doc: RoleDocument; placed: HostileString[] } {
  let i = 0;
  const placed = new Set<HostileString>();
  const visit = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (key !== undefined && STRUCTURED.has(key)) return value;
      const field = i++;
      const h = HOSTILE_STRINGS[(field + k) % HOSTILE_STRINGS.length]!;
      const limit = LIMIT[key ?? ''] ?? LIMITS.text;
      if (h.text.length <= limit && shownInJobDescription.has(field)) placed.add(h);
      return h.text.slice(0, limit);
    }
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k2, v]) => [k2, visit(v, k2)]));
    return value;
  };
  return { doc: visit(base, undefined) as RoleDocument, placed: [...placed] };
}

/** '' when `xml` is well-formed, else the parser's complaint. */
function wellFormed(xml: string): string {
  let problem = '';
  const parser = new DOMParser({ errorHandler: { warning: () => {}, error: (m) => { problem ||= m; }, fatalError: (m) => { problem ||= m; } } });
  try {
    parser.parseFromString(xml, 'application/xml');
  } catch (e) {
    problem ||= String(e);
  }
  return problem;
}
