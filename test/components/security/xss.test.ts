/**
 * XSS suite: every hostile string of test/fixtures/hostile-strings.ts is typed into every
 * free-text field of every registered psw-* element (all of them inside one `<psw-role-document>`,
 * template-filled, everything opened; nested elements' shadow roots included). After each string:
 *
 * - no script ran: the canary the payloads set stays undefined (also after a pause for image errors);
 * - no markup from user text exists in any shadow root or the light DOM (element counts of injectable
 *   tags unchanged, no `on*` attribute, no `src=x`, no `javascript:` URL, no `srcdoc`);
 * - the document holds exactly what was typed (each field's edit changes one string, equal to the
 *   input), or the field refused it and says so in place (`aria-invalid`); fields that split a list
 *   (one item a line) hold pieces of the input, nothing else;
 * - the text shows as typed wherever it is rendered (views, job description, read-only views):
 *   `textContent`, never entity-escaped twice;
 * - the same holds with the document read only.
 *
 * An element that holds a document of its own (OWN_VALUE_TAGS: the organisation profile editor) is
 * checked against its own `value`, and keeps its fields when the role document is read only.
 *
 * Generic: elements merged later are covered automatically (see ../util/every-element.ts).
 */
import { expect } from '@open-wc/testing';
import { registeredTags, mountAllInWrapper, expandAll, textFields, fieldName, settle, settleAfterTyping, composedScopes, resetPage, ownerElement, valueOwner, OWN_VALUE_TAGS } from '../util/every-element.js';
import { CANARY, HOSTILE_STRINGS, INJECTED_TAGS, type HostileString } from '../../fixtures/hostile-strings.js';
import { cleanText } from '../../../src/export/format.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { parsePath } from '../../../src/model/paths.js';
import { getIn } from '../../../src/store/ops.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';

type Field = HTMLInputElement | HTMLTextAreaElement;
type Leaf = { path: string; before: unknown; after: unknown };

/** The leaves that differ between two versions (structural sharing makes this cheap). */
function changedLeaves(a: unknown, b: unknown, path = '', out: Leaf[] = []): Leaf[] {
  if (a === b) return out;
  const objA = typeof a === 'object' && a !== null;
  const objB = typeof b === 'object' && b !== null;
  if (!objA || !objB || Array.isArray(a) !== Array.isArray(b)) {
    out.push({ path, before: a, after: b });
    return out;
  }
  const entries = (v: object) => Array.isArray(v) && v.every((x) => typeof x?.id === 'string')
    ? new Map(v.map((x: { id: string }) => [`[${x.id}]`, x]))  // list items by id: an insertion is not a change of every later item
    : new Map(Object.entries(v).map(([k, x]) => [Array.isArray(v) ? `[${k}]` : `.${k}`, x]));
  const ea = entries(a as object);
  const eb = entries(b as object);
  for (const k of new Set([...ea.keys(), ...eb.keys()])) changedLeaves(ea.get(k), eb.get(k), path + k, out);
  return out;
}

/** The strings a new list item holds besides its id and enum-like fields. */
const itemTexts = (item: object) => Object.entries(item).filter(([k, v]) => typeof v === 'string' && k !== 'id' && k !== 'topic' && k !== 'kind' && k !== 'status' && k !== 'type' && k !== 'mode').map(([, v]) => v);

/** Whether `doc` holds `text` where `field` edits (its data-path), or anywhere when that is not known. */
function holds(doc: RoleDocument, field: Element, text: string): boolean {
  const segments = parsePath(field.getAttribute('data-path') ?? '');
  if (segments?.length) return getIn(doc, segments) === text;
  const strings: unknown[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc);
  return strings.includes(text);
}

const canary = () => (window as unknown as Record<string, unknown>)[CANARY];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Scan {
  /** How many of each injectable tag exist, everywhere (light DOM of the page and shadow roots). */
  counts: Record<string, number>;
  /** Markup that only user text could have made. */
  injected: string[];
  /** The text a reader sees (whitespace collapsed). */
  text: string;
}

const COUNTED = [...INJECTED_TAGS, 'details', 'a'];

/** One pass over the page and every shadow root. */
function scan(container: ParentNode): Scan {
  const counts = Object.fromEntries(COUNTED.map((t) => [t, 0]));
  const injected: string[] = [];
  const texts: string[] = [];
  const outside = [...document.body.querySelectorAll('*')].filter((el) => !container.contains(el));
  for (const { scope, elements } of [{ scope: container, elements: outside }, ...composedScopes(container)]) {
    if (scope !== container || elements !== outside) texts.push(scope.textContent ?? '');
    for (const el of elements) {
      if (el.localName in counts) counts[el.localName]!++;
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (/^on/i.test(attr) || attr === 'srcdoc' || attr === 'xlink:href') injected.push(`<${el.localName} ${attr}>`);
        if ((attr === 'href' || attr === 'src' || attr === 'action' || attr === 'data') && /^\s*(javascript|data|vbscript):/i.test(value)) injected.push(`<${el.localName} ${attr}=${value}>`);
        if (attr === 'src' && value === 'x') injected.push(`<${el.localName} src=x>`);
      }
    }
  }
  return { counts, injected, text: squash(texts.join('\n')) };
}

/** The lines a reader should see for `text` (views may clean control characters and collapse spaces). */
const visibleLines = (text: string) => cleanText(text).split('\n').map(squash).filter((l) => l !== '');

/** Entity-escaped text shown to the reader (double escaping), unless the input itself had it. */
function doubleEscaped(shown: string, typed: string): string[] {
  return ['&lt;', '&gt;', '&amp;', '&quot;', '&#39;', '&#x27;'].filter((e) => shown.includes(e) && !typed.includes(e));
}

describe('XSS: hostile text in every text field of every element', function () {
  // A test here takes a few seconds on a quiet machine; a loaded CI machine can be several times slower.
  this.timeout(60_000);

  let container: HTMLElement;
  let wrapper: PswRoleDocument;
  let base: RoleDocument;
  let baseline: Record<string, number>;
  const covered = { tags: [] as string[], fields: new Set<string>(), typed: 0, refused: 0, split: 0 };

  before(async () => {
    resetPage();
    covered.tags = await registeredTags();
    ({ container, wrapper } = await mountAllInWrapper({ template: 'adult-community' }));
    // The internal record shows nearly every field (the candidate's leaves boundaries and funding out).
    for (const jd of container.querySelectorAll('psw-job-description')) jd.setAttribute('audience', 'internal');
    base = wrapper.value;
    await expandAll(container);
    baseline = scan(container).counts;
  });

  after(() => {
    // What this suite covered, for the report (WTR shows browser logs).
    console.log(`xss: ${covered.tags.length} elements (${covered.tags.join(', ')}), ${covered.fields.size} distinct text fields, ` +
      `${HOSTILE_STRINGS.length} strings, ${covered.typed} field inputs (${covered.refused} refused in place, ${covered.split} split into list items)`);
    container?.remove();
    resetPage();
  });

  async function checkRendered(h: HostileString, mode: string): Promise<void> {
    expect(canary(), `${mode}: a payload ran`).to.equal(undefined);
    const { counts, injected, text: shown } = scan(container);
    expect(injected, `${mode}: markup from user text`).to.deep.equal([]);
    expect(counts, `${mode}: injectable elements`).to.deep.equal(baseline);
    for (const line of visibleLines(h.text)) expect(shown.includes(line), `${mode}: shows “${line.slice(0, 60)}”`).to.equal(true);
    expect(doubleEscaped(shown, h.text), `${mode}: text shown entity-escaped`).to.deep.equal([]);
    // The job description shows nearly every field: the text must be there as typed, not only in the editors.
    for (const jd of container.querySelectorAll('psw-job-description')) {
      const jdText = squash(composedScopes(jd).map(({ scope }) => scope.textContent ?? '').join('\n'));
      for (const line of visibleLines(h.text)) expect(jdText.includes(line), `${mode}: the job description shows “${line.slice(0, 60)}”`).to.equal(true);
    }
  }

  beforeEach(() => {
    delete (window as unknown as Record<string, unknown>)[CANARY];
  });

  /** The document after each string was typed everywhere, for the read-only pass. */
  const typedDocs = new Map<HostileString, RoleDocument>();

  interface Round { fields: Field[]; refused: { field: Field; typed: string }[]; accepted: { field: Field; stored: unknown }[]; split: number }

  /** Types `text` into every field (each starting from the template) and checks what each edit stored. */
  function typeEverywhere(text: string, fields: Field[]): Round {
    const round: Round = { fields, refused: [], accepted: [], split: 0 };
    for (const field of fields) {
      if (!field.isConnected) continue;
      const name = fieldName(field);
      // Most fields edit the role document; an element with a document of its own (the
      // organisation profile) is checked against its own value.
      const owner = valueOwner(field, wrapper);
      const before = owner.value;
      field.value = text;
      // What the control holds is what the person typed: single-line inputs drop line breaks and
      // textareas turn CR LF into LF (the HTML value sanitisation), before any of our code runs.
      const typed = field.value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      const after = owner.value as RoleDocument;
      // Editing a field the template suggested also confirms it (its path leaves meta.suggested); an
      // organisation profile's answer records the day it was set (answeredOn).
      const leaves = changedLeaves(before, after).filter((l) => l.path !== '.meta.updatedAt' && !l.path.startsWith('.meta.suggested') && !l.path.startsWith('.answeredOn'));
      if (leaves.length === 0) {
        // Nothing changed: the document held this already (another view of the same field was typed
        // into first, e.g. a builder inside the designer and one beside it), or the edit was refused.
        if (holds(after, field, typed)) round.accepted.push({ field, stored: typed });
        else round.refused.push({ field, typed });
        continue;
      }
      // One string changed to the input, or one list item added (a boundary topic's first words) holding it.
      const only = leaves.length === 1 ? leaves[0]!.after : undefined;
      const exact = only === typed ||
        (leaves.length === 1 && leaves[0]!.before === undefined && typeof only === 'object' && only !== null && itemTexts(only).length === 1 && itemTexts(only)[0] === typed);
      if (exact) {
        round.accepted.push({ field, stored: typed });
        continue;
      }
      // A field that keeps a list (one item per line or comma): every new item is a piece of the input.
      const pieces = leaves.map((l) => l.after).filter((v) => v !== undefined);
      const split = leaves.every((l) => /\[\d+\]$/.test(l.path)) && pieces.every((p) => typeof p === 'string' && typed.includes(p));
      expect(split, `${name}: stored ${JSON.stringify(leaves).slice(0, 300)} for ${JSON.stringify(typed.slice(0, 80))}`).to.equal(true);
      round.split++;
    }
    return round;
  }

  /**
   * The last round, while rendering the template again before the next would change no field: the
   * round's render left the very fields the template's render had, and every field it refused had
   * been refused the round before too (so each field's last rendered value, what Lit compares
   * with, is what the template's render would leave: the stored string where the field keeps it,
   * the template's where it refuses). The next round then types straight after setting the
   * template, without rendering it in between: the document is the template's either way, and so
   * is what the round's render does to every field and view.
   */
  let reusable: Round | undefined;

  for (const h of HOSTILE_STRINGS) {
    it(`editing — ${h.group}: ${h.name}`, async () => {
      let round: Round;
      for (let attempt = 0; ; attempt++) {
        const last = attempt === 0 ? reusable : undefined;
        // Back to the template, rendered (a field's last rendered value is what Lit compares with)
        // unless the last round showed that this render would change nothing (see `reusable`).
        wrapper.value = base;
        if (!last) await settle(container);
        const fields = last?.fields ?? textFields(container);
        expect(fields.length, 'text fields found').to.be.greaterThan(0);
        round = typeEverywhere(h.text, fields);
        // A field refused now but not the last round would have had the template's value rendered
        // in between: type again after rendering it.
        const refusedBefore = new Set(last?.refused.map((r) => r.field));
        if (!last || round.refused.every((r) => refusedBefore.has(r.field))) break;
      }
      const { fields, refused, accepted } = round!;
      for (const field of fields) {
        if (!field.isConnected) continue;
        covered.fields.add(fieldName(field));
        covered.typed++;
      }
      covered.split += round!.split;
      typedDocs.set(h, wrapper.value);
      await settleAfterTyping(container);
      const now = textFields(container);
      reusable = now.length === fields.length && now.every((f, i) => f === fields[i]) ? round! : undefined;
      await pause(0); // a task, so an injected image's error handler would have had its chance (the last test waits longer)
      await checkRendered(h, 'editing');

      for (const { field, typed } of refused) {
        if (!field.isConnected) continue;
        covered.refused++;
        expect(field.getAttribute('aria-invalid'), `${fieldName(field)} refused the input but shows no error`).to.equal('true');
        expect(field.value, `${fieldName(field)} keeps what was typed`).to.equal(typed);
      }
      for (const { field, stored } of accepted) {
        if (field.isConnected) expect(field.value, `${fieldName(field)} shows what is stored`).to.equal(stored);
      }
    });
  }

  it('read only: no text fields left to type in', async () => {
    wrapper.readonly = true;
    await settle(container);
    baseline = scan(container).counts; // the read-only views' own links and details
    // Read only is the role document's: an element with data of its own (the profile editor's
    // document, the library's store and its search) keeps its fields.
    const ownData = new Set([...OWN_VALUE_TAGS, 'psw-role-library']);
    const own = (f: Element) => ownData.has(ownerElement(f)?.localName ?? '');
    expect(textFields(container).filter((f) => !own(f)).map(fieldName)).to.deep.equal([]);
  });

  for (const h of HOSTILE_STRINGS) {
    it(`read only — ${h.group}: ${h.name}`, async () => {
      const doc = typedDocs.get(h);
      if (!doc) expect.fail('the editing test of this string did not finish');
      expect(wrapper.load(doc).ok, 'what the editors made can be set again').to.equal(true);
      await settle(container);
      await checkRendered(h, 'read only');
    });
  }

  it('no payload ran after all strings, including late image errors', async () => {
    await pause(300);
    expect(canary()).to.equal(undefined);
    expect(covered.fields.size).to.be.greaterThan(0);
  });
});
