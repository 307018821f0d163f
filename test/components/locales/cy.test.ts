// The Welsh locale (psw-role-kit/locales/cy) proves the localisation mechanism: a page or part of a
// page in Welsh shows the translated strings, English for the rest (string by string, shown with a
// partial locale registered late, below), and elements re-render when `<html lang>` changes.
import { expect, fixture, html } from '@open-wc/testing';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswBoundaryChecklist } from '../../../components/boundary-checklist/boundary-checklist.component.js';
import { dateTimeFormat, registeredStrings, registerStrings } from '../../../components/base/localize.js';
import { commonStrings } from '../../../components/base/strings.js';
import { documentStrings } from '../../../components/document-runtime/strings.js';
import { boundaryStrings } from '../../../components/boundary-checklist/strings.js';
import { editStrings } from '../../../components/base/editor-kit/strings.js';
import { formatStatusTime } from '../../../components/document-runtime/document-status.js';
import { cyBoundaries, cyCommon, cyDocument, cyEdit } from '../../../components/locales/cy.js';
import '../../../components/role-document/role-document.js';
import '../../../components/boundary-checklist/boundary-checklist.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: Element) => el.shadowRoot!;
const heading = (el: PswBoundaryChecklist) => text(shadow(el).querySelector('h2'));
const choiceLabels = (el: PswBoundaryChecklist) => [...shadow(el).querySelectorAll('label.choice')].map(text);
const fieldLabels = (el: PswBoundaryChecklist) => [...shadow(el).querySelectorAll('label:not(.choice)')].map(text);
const statusLine = (el: Element) => text(shadow(el).querySelector('[part~="document-status"]'));

async function checklistIn(lang: string | undefined) {
  const wrap = lang
    ? await fixture<HTMLElement>(html`<section lang=${lang}><psw-role-document template="adult-community"><psw-boundary-checklist></psw-boundary-checklist></psw-role-document></section>`)
    : await fixture<HTMLElement>(html`<section><psw-role-document template="adult-community"><psw-boundary-checklist></psw-boundary-checklist></psw-role-document></section>`);
  const el = wrap.querySelector('psw-boundary-checklist')!;
  await el.updateComplete;
  return { wrap, el, doc: wrap.querySelector<PswRoleDocument>('psw-role-document')! };
}

describe('Welsh locale (cy)', () => {
  it('registers strings only for keys the English catalogues have, none empty', () => {
    const areas: [string, object, object][] = [['common', commonStrings, cyCommon], ['document', documentStrings, cyDocument], ['boundaries', boundaryStrings, cyBoundaries], ['edit', editStrings, cyEdit]];
    for (const [area, english, welsh] of areas) {
      expect(registeredStrings().get(area)?.get('cy'), `${area} registered`).to.deep.equal(welsh);
      for (const [key, value] of Object.entries(welsh)) {
        expect(english, `${area}.${key} exists in English`).to.have.property(key);
        expect(typeof value, `${area}.${key}`).to.equal(typeof (english as Record<string, unknown>)[key]);
        const sample = typeof value === 'function' ? value(3, 14) : value;
        expect(String(sample).trim(), `${area}.${key} not empty`).to.not.equal('');
      }
    }
  });

  it('shows Welsh for the translated strings of a Welsh part of the page, English for the rest', async () => {
    const { el } = await checklistIn('cy');
    expect(heading(el)).to.equal('Ffiniau');
    const choices = choiceLabels(el);
    expect(choices).to.include.members(['Heb ddechrau', 'Cytunwyd', 'Ddim yn berthnasol', 'Sefydlog']);
    expect(choices).to.not.include('Agreed');
    expect(fieldLabels(el)).to.include.members(['Safbwynt', 'Rhesymeg']);
    expect(text(shadow(el).querySelector('[part~="progress"]'))).to.match(/\d+ o 14 wedi’u cytuno/);
    // The status line comes from the shared document area, also translated.
    const welshStatuses = Object.values(cyDocument).filter((v): v is string => typeof v === 'string');
    expect(welshStatuses).to.include(statusLine(el));
    expect(choices).to.include('Cynigiwyd');
    // Every checklist string is translated; the core's content (topic names, guidance) stays English.
    expect(text(shadow(el))).to.include(cyBoundaries.customIntro as string);
    expect(text(shadow(el))).to.not.include(boundaryStrings.customIntro);
    // Shared strings (severity of findings) from the common area.
    const badges = [...shadow(el).querySelectorAll('.findings .badge, .finding .badge, [class*="severity"]')].map(text).join(' ');
    expect(badges).to.match(/Rhaid cywiro|Gwirio|Ystyried/);
    expect(badges).to.not.match(/Must fix|Check\b|Consider/);
    // The core's English (topic names, why they matter, findings) is marked as English, so a Welsh
    // screen-reader voice does not read it with Welsh pronunciation; the Welsh around it is not.
    const topicHeadings = [...shadow(el).querySelectorAll('[part="topic-heading"]')].filter((h) => h.localName === 'h3');
    expect(topicHeadings.length).to.be.greaterThan(0);
    expect(topicHeadings.every((h) => h.getAttribute('lang') === 'en-GB')).to.equal(true);
    const messages = [...shadow(el).querySelectorAll('.finding')];
    expect(messages.length).to.be.greaterThan(0);
    for (const m of messages) {
      expect(m.querySelector('.severity')!.closest('[lang]')?.getAttribute('lang') ?? 'cy', 'the severity is Welsh').to.not.equal('en-GB');
      expect(m.querySelectorAll('[lang="en-GB"]').length, 'its message and its fix').to.equal(2);
    }
  });

  it('accepts a regional tag (cy-GB) and stays English elsewhere on the page', async () => {
    const { el } = await checklistIn('cy-GB');
    expect(heading(el)).to.equal('Ffiniau');
    const english = await checklistIn('en-GB');
    expect(heading(english.el)).to.equal('Boundaries');
    expect(choiceLabels(english.el)).to.include.members(['Not started', 'Agreed', 'Not applicable']);
  });

  it('re-renders when <html lang> changes', async () => {
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'en-GB');
      const { el } = await checklistIn(undefined);
      expect(heading(el)).to.equal('Boundaries');
      document.documentElement.setAttribute('lang', 'cy');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(heading(el)).to.equal('Ffiniau');
      expect(choiceLabels(el)).to.include('Cytunwyd');
      document.documentElement.setAttribute('lang', 'en-GB');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(heading(el)).to.equal('Boundaries');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('applies strings registered after the elements rendered (a locale file that loads late)', async () => {
    const { el } = await checklistIn('qpx');
    expect(choiceLabels(el)).to.include('Agreed');
    registerStrings('boundaries', 'qpx', { statusAgreed: 'Agreed (qpx)', heading: 'Boundaries (qpx)' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Boundaries (qpx)');
    expect(choiceLabels(el), 'topic cards are cached per language and strings revision').to.include('Agreed (qpx)');
    expect(choiceLabels(el)).to.not.include('Agreed');
  });

  it('formats dates through Intl in the reader’s language', () => {
    const other = new Date('2025-03-06T12:00:00Z');
    const at = '2025-03-05T10:00:00Z';
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
    // Welsh where the browser holds its formats, else the toolkit's own en-GB (not the browser's default).
    const welsh = new Intl.DateTimeFormat(['cy', 'en-GB'], options);
    expect(formatStatusTime(at, 'cy', other)).to.equal(welsh.format(new Date(at)));
    expect(formatStatusTime(at, 'en-GB', other)).to.match(/5 Mar 2025/);
    // Browsers with Welsh locale data (this Chromium may lack it) print Welsh month names.
    if (Intl.DateTimeFormat.supportedLocalesOf(['cy']).length) expect(formatStatusTime(at, 'cy', other)).to.match(/Maw/);
    // Asked again, in another language, or for a language that is not one: each answer as before.
    expect(formatStatusTime(at, 'cy', other)).to.equal(welsh.format(new Date(at)));
    expect(formatStatusTime(at, 'not a language!', other)).to.equal(formatStatusTime(at, 'en-GB', other));
    // A language no browser holds formats for (Klingon) is formatted as en-GB: a 24-hour clock, not 12:10 AM.
    const time = dateTimeFormat('tlh', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
    expect(time.resolvedOptions().locale).to.equal('en-GB');
    expect(time.format(new Date('2025-03-05T00:10:00Z'))).to.equal('00:10');
  });

  it('makes each Intl date format once per language and options (making one costs far more than using it)', () => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
    expect(dateTimeFormat('cy', options)).to.equal(dateTimeFormat('cy', { dateStyle: 'medium' }));
    expect(dateTimeFormat('en-GB', options)).to.not.equal(dateTimeFormat('cy', options));
    expect(dateTimeFormat('en-GB', options)).to.not.equal(dateTimeFormat('en-GB', { dateStyle: 'long' }));
    expect(dateTimeFormat('en-GB', options).resolvedOptions().locale).to.equal('en-GB');
  });
});
