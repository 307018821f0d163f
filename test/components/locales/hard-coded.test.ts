// No user-facing English hard-coded in an element's templates: every registered element (what
// components/define.ts registers, so elements merged later are covered too) is rendered in a pseudo-language
// whose strings are the English ones wrapped in ⟦…⟧. Every text node and every user-facing
// attribute (aria-label, title, placeholder, alt) must then be wrapped text, text from the document,
// or text the DOM-free core produces (catalogues, assessment, job-description model: English by
// design, see docs/the-study.md), or carry no words at all. Anything else is English written
// straight into a template: move it to the element's strings.ts.
import { expect, fixture, html } from '@open-wc/testing';
import * as core from '../../../src/index.js';
import { registeredStrings, registerStrings, type Strings } from '../../../components/base/localize.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { consumerTags } from '../util/every-element.js';

const PSEUDO = 'qps';
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription'];

function pseudoLocale() {
  for (const [area, byLang] of registeredStrings()) {
    const english = byLang.get('en-gb') ?? {};
    const pseudo: Partial<Strings> = {};
    for (const [key, message] of Object.entries(english)) {
      pseudo[key] = typeof message === 'function'
        ? (...args: never[]) => `⟦${(message as (...a: never[]) => string)(...args)}⟧`
        : `⟦${message}⟧`;
    }
    registerStrings(area, PSEUDO, pseudo);
  }
}

/** Every string inside a value (objects, arrays), for text the core and the document supply. */
function collectStrings(value: unknown, into: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (typeof value === 'string') {
    if (value.trim().length >= 2) into.add(value.trim());
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) collectStrings(v, into, seen);
  }
  return into;
}

function intlWords(): string[] {
  const words: string[] = [];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2025, m, 15, 10));
    for (const month of ['short', 'long'] as const) words.push(new Intl.DateTimeFormat(PSEUDO, { month }).format(d));
    words.push(new Intl.DateTimeFormat(PSEUDO, { weekday: 'long' }).format(d), new Intl.DateTimeFormat(PSEUDO, { weekday: 'short' }).format(d));
  }
  return [...words, 'AM', 'PM', 'am', 'pm'];
}

/** What is left of a text once wrapped strings and known data are taken out; words left = hard-coded. */
function leftover(text: string, known: readonly string[]): string {
  // Innermost first: a wrapped message may include another wrapped one (⟦Download ⟦Word⟧⟧).
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const k of known) if (rest.includes(k)) rest = rest.split(k).join(' ');
  return /[A-Za-z]{2,}/.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

function visibleTexts(root: ShadowRoot): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script' && node.textContent!.trim()) out.push(node.textContent!.trim());
      return;
    }
    if (node instanceof Element) {
      for (const a of ATTRIBUTES) if (node.getAttribute(a)?.trim()) out.push(node.getAttribute(a)!.trim());
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return out;
}

async function settle(el: Element) {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  }
}

/** Every registered element except the provider (which renders only a slot); no build needed. */
const tags = await consumerTags();

describe('no hard-coded user-facing English', () => {
  it('finds the registered elements', () => {
    expect(tags.length).to.be.greaterThan(4);
  });

  for (const tag of tags) {
    for (const state of ['filled', 'empty', 'readonly'] as const) {
      it(`<${tag}> ${state}: only catalogue strings, document text and core text`, async () => {
        const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document lang=${PSEUDO}></psw-role-document>`);
        wrapper.value = state === 'empty' ? core.createRoleDocument() : core.createRoleDocument({ template: 'adult-community' });
        wrapper.readonly = state === 'readonly';
        const el = document.createElement(tag);
        wrapper.append(el);
        await settle(el);
        pseudoLocale();
        await settle(el);

        const known = collectStrings([wrapper.value, wrapper.snapshot.assessment, core.jobDescriptionModel(wrapper.value), core], new Set());
        for (const w of intlWords()) known.add(w);
        const sorted = [...known].sort((a, b) => b.length - a.length);
        const problems = visibleTexts(el.shadowRoot!)
          .map((t) => [t, leftover(t, sorted)] as const)
          .filter(([, rest]) => rest)
          .map(([t, rest]) => `"${t.slice(0, 120)}" (left: "${rest.slice(0, 60)}")`);
        expect([...new Set(problems)], 'hard-coded English: move it to the element\'s strings.ts').to.deep.equal([]);
      });
    }
  }
});
