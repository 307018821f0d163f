import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, escapeMarkdownParagraph, toMarkdown } from '../../../src/export/markdown.js';
import { oneLine } from '../../../src/export/format.js';
import { completeDoc, emptyDoc, hostileDoc, roleWithDuties } from '../../fixtures/export-docs.js';

// Raw HTML is switched ON in both renderers, so any markup that got through the escaping would show.
const gfm = new MarkdownIt('default', { html: true, linkify: false });
const commonmark = new MarkdownIt('commonmark', { html: true });

const tags = (html: string): string[] => [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[0].toLowerCase());
const decode = (html: string): string =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Characters that mean something to Markdown or HTML, plus spaces, line breaks and a few letters. */
const markdownChar = fc.constantFrom(
  ...'\\`*_{}[]()#+-.!|<>&~=:;"\'/@$%^?,'.split(''),
  'a', 'b', 'Z', '1', '9', ' ', ' ', '\n', '\t', '\r', '\u00A0', '\u2028', 'é', 'h', 't', 'p',
);
const markdownish = fc.string({ unit: markdownChar, maxLength: 40 });

describe('toMarkdown', () => {
  it('contains the title and every core duty', () => {
    const doc = roleWithDuties(30);
    const md = toMarkdown(doc, { audience: 'internal' });
    expect(md).to.match(/^# Peer Support Worker\n/);
    for (const d of doc.duties) expect(md).to.contain(escapeMarkdown(d.title));
    const html = gfm.render(md);
    for (const d of doc.duties) expect(html).to.contain(`<strong>${escapeHtml(d.title)}</strong>`);
  });

  it('follows the NHS layout: job details table, then sections in order, person specification last', () => {
    const md = toMarkdown(completeDoc, { audience: 'internal' });
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).to.deep.equal([
      'Job details', 'Job purpose', 'Key responsibilities', 'Flexible elements of the role', 'What this role does not include',
      'Decision-making and autonomy', 'Boundaries', 'Supervision and support', 'Training and development',
      'Team and leadership support', 'Wellbeing', 'Terms and funding', 'Progression', 'Person specification', 'Assessment summary',
    ]);
    const html = gfm.render(md);
    expect(html).to.contain('<td>Band</td>\n<td>Band 3 (NHS Agenda for Change)</td>');
    expect(html).to.contain('<td>Professional supervision</td>\n<td>Peer supervision (one-to-one) with Peer Support Lead; group peer supervision with Peer Worker Coordinator</td>');
    expect(html).to.contain('<h3>Essential</h3>');
    expect(html).to.contain('<td>Right to work in the UK</td>\n<td>Pre-employment checks</td>');
    expect(html).to.contain('<li>Up to 15% of contracted hours</li>');
  });

  it('marks missing required content as "To be agreed" in an empty draft', () => {
    const html = gfm.render(toMarkdown(emptyDoc(), { audience: 'internal' }));
    expect(html).to.contain('<h1>Job description</h1>');
    expect(html).to.contain('<td>Job title</td>\n<td><em>To be agreed</em></td>');
    expect(html).to.contain('<h2>Key responsibilities</h2>\n<p><em>To be agreed</em></p>');
  });

  it('lets no user text become HTML, a link, an image or any other Markdown structure (hostile fixture)', () => {
    const md = toMarkdown(hostileDoc, { audience: 'internal' });
    for (const renderer of [gfm, commonmark]) {
      const hostile = renderer.render(md);
      const safe = renderer.render(toMarkdown(completeDoc, { audience: 'internal' }));
      // Same document shape, so the same elements in the same order (line breaks aside): the hostile
      // text added none.
      const shape = (html: string) => tags(html).filter((t) => t !== '<br' && t !== '</br');
      expect(shape(hostile)).to.deep.equal(shape(safe));
      expect(hostile).not.to.match(/<(a|img|script|code|pre|blockquote|hr|ol|del|s|div|b)[\s>]/i);
      expect(hostile).not.to.contain('<!--');
      expect(hostile).not.to.contain('href=');
    }
  });

  it('shows hostile text as the same text after rendering', () => {
    const html = gfm.render(toMarkdown(hostileDoc, { audience: 'internal' }));
    const h1 = /<h1>(.*)<\/h1>/.exec(html)?.[1] ?? '';
    expect(decode(h1)).to.equal(oneLine(hostileDoc.role.title!));
    const purpose = /<h2>Job purpose<\/h2>\n<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(decode(purpose.replace(/<br>\n/g, '\n'))).to.equal(oneLine(hostileDoc.role.purpose!, '\n'));
  });

  it('escapeMarkdown: any text renders as exactly that text in one paragraph (property)', () => {
    fc.assert(fc.property(markdownish, (s) => {
      const expected = oneLine(s);
      for (const renderer of [gfm, commonmark]) {
        const html = renderer.render(escapeMarkdown(s));
        expect(html).to.equal(expected === '' ? '' : `<p>${escapeHtml(expected)}</p>\n`);
      }
    }), { numRuns: 2000 });
  });

  it('escapeMarkdown: inside a list item or a table cell the text stays text (property)', () => {
    fc.assert(fc.property(markdownish, (s) => {
      const expected = oneLine(s);
      fc.pre(expected !== '');
      const li = gfm.render(`- ${escapeMarkdown(s)}`);
      expect(li).to.equal(`<ul>\n<li>${escapeHtml(expected)}</li>\n</ul>\n`);
      const td = gfm.render(`| a |\n| --- |\n| ${escapeMarkdown(s)} |`);
      expect(td).to.contain(`<td>${escapeHtml(expected)}</td>`);
    }), { numRuns: 1000 });
  });

  it('escapeMarkdownParagraph keeps line breaks as hard breaks and blank lines as paragraphs, without HTML', () => {
    const md = escapeMarkdownParagraph('# one\n- two\n\n3. three\n---');
    expect(commonmark.render(md)).to.equal('<p># one<br />\n- two</p>\n<p>3. three<br />\n---</p>\n');
  });

  it('escapes markup characters and block markers', () => {
    expect(escapeMarkdown('<b>&amp;</b>')).to.equal('&lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(escapeMarkdown('[x](javascript:y) *a* _b_ `c` |d| ~e~ #f \\')).to.equal('\\[x\\](javascript:y) \\*a\\* \\_b\\_ \\`c\\` \\|d\\| \\~e\\~ \\#f \\\\');
    expect(escapeMarkdown('1. item')).to.equal('1\\. item');
    expect(escapeMarkdown('- item')).to.equal('\\- item');
    expect(escapeMarkdown('    code')).to.equal('code');
    // Ordinary punctuation is left readable.
    expect(escapeMarkdown('22.5 hours (part time), e.g. evenings!')).to.equal('22.5 hours (part time), e.g. evenings!');
  });
});
