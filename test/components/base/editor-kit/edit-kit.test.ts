// The editor kit the three editors share: numbers read one way with one message, refused input
// kept per field (and dropped with its list item), drafts, and the field templates bound to it.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import type { Finding } from '../../../../src/assess/types.js';
import type { RoleDocument } from '../../../../src/model/schema.js';
import type { EditResult, Recipe } from '../../../../components/document-runtime/document-context.js';
import { EditKit, parseNumber } from '../../../../components/base/editor-kit/edit-kit.js';
import { listTextField, numberField, placeFindings, refusedNote } from '../../../../components/base/editor-kit/edit-fields.js';
import { registerStrings } from '../../../../components/base/localize.js';
import type { HeldInput } from '../../../../components/document-runtime/editor-registry.js';

class KitHost extends LitElement {
  updates = 0;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates++;
    super.requestUpdate(...args);
  }
}
customElements.define('test-kit-host', KitHost);

/** A document that accepts what `accept` allows, recording the edits' options. */
function fakeDoc(accept: (doc: Record<string, unknown>) => string | undefined) {
  let doc: Record<string, unknown> = {};
  const options: unknown[] = [];
  const held: HeldInput[][] = [];
  return {
    get value() { return doc; },
    options,
    /** What the kit told the document its fields hold, each time. */
    held,
    hold(h: readonly HeldInput[]) { held.push([...h]); },
    edit(recipe: Recipe, o?: unknown): EditResult {
      options.push(o);
      const next = recipe(doc as unknown as RoleDocument) as unknown as Record<string, unknown>;
      const issue = accept(next);
      if (issue) return { ok: false, issues: [{ path: '', message: issue }] };
      doc = next;
      return { ok: true, document: next as unknown as RoleDocument, changed: true };
    },
  };
}

const set = (key: string, v: unknown): Recipe => (d) => ({ ...d, [key]: v }) as RoleDocument;
const tooBig = (d: Record<string, unknown>) => ((d.n as number) > 100 ? 'Must be 100 or less' : undefined);

async function setup() {
  const host = await fixture<KitHost>(html`<test-kit-host></test-kit-host>`);
  const doc = fakeDoc(tooBig);
  return { host, doc, kit: new EditKit(host, doc) };
}

describe('editor kit', () => {
  it('reads numbers one way: digits, empty (clear) and anything else (refuse)', () => {
    expect(parseNumber(' 12.5 ')).to.equal(12.5);
    expect(parseNumber('0')).to.equal(0);
    expect(parseNumber('')).to.equal(undefined);
    expect(parseNumber('   ')).to.equal(undefined);
    expect(parseNumber('twelve')).to.equal(null);
    expect(parseNumber('Infinity')).to.equal(null);
    // A number input that holds "1e" reads as '' with badInput: refuse, do not clear.
    const event = { target: { validity: { badInput: true } } } as unknown as Event;
    expect(parseNumber('', event)).to.equal(null);
  });

  it('applies accepted edits and keeps the store’s issue under the field’s key when refused', async () => {
    const { host, doc, kit } = await setup();
    expect(kit.apply('n', set('n', 40), { typing: true, label: 'N' })).to.equal(true);
    expect(doc.options[0]).to.deep.equal({ coalesceKey: 'n', label: 'N' });
    expect(kit.apply('n', set('n', 150))).to.equal(false);
    expect(doc.value.n).to.equal(40, 'the document keeps its value');
    expect(kit.error('n')).to.equal('Must be 100 or less');
    expect(kit.hasRefused).to.equal(true);
    const before = host.updates;
    kit.apply('n', set('n', 150));
    expect(host.updates).to.equal(before, 'the same issue again asks for no render');
    expect(kit.apply('n', set('n', 60))).to.equal(true);
    expect(kit.error('n')).to.equal(undefined);
    expect(kit.hasRefused).to.equal(false);
  });

  it('refuses what is not a number with one message, in every editor’s language', async () => {
    const { kit, doc } = await setup();
    expect(kit.applyNumber('n', 'abc', undefined, (n) => set('n', n))).to.equal(false);
    expect(doc.options).to.have.length(0, 'the document is not asked');
    expect(kit.error('n')).to.equal('Enter a number, for example 20.');
    expect(kit.applyNumber('n', '7', undefined, (n) => set('n', n))).to.equal(true);
    expect(doc.value.n).to.equal(7);
    expect(kit.error('n')).to.equal(undefined);
    const host = await fixture<KitHost>(html`<test-kit-host lang="qps-kit"></test-kit-host>`);
    registerStrings('edit', 'qps-kit', { enterNumber: 'Rhif, os gwelwch yn dda.' });
    const other = new EditKit(host, fakeDoc(() => undefined));
    other.typedNumber('m', 'x', undefined);
    expect(other.error('m')).to.equal('Rhif, os gwelwch yn dda.');
  });

  it('drops the issues of list items that are gone, and clears under a prefix', async () => {
    const { kit } = await setup();
    kit.refuse('duty-a-title', 'A', 'a');
    kit.refuse('duty-b-title', 'B', 'b');
    kit.refuse('role-title', 'R');
    kit.dropStale(new Set(['b']));
    expect([kit.error('duty-a-title'), kit.error('duty-b-title'), kit.error('role-title')]).to.deep.equal([undefined, 'B', 'R']);
    expect(kit.stateUnder('duty-b-')).to.contain('duty-b-title=B');
    expect(kit.stateUnder('duty-a-')).to.equal('');
    kit.setDraft('duty-b-other', 'x, ');
    expect(kit.stateUnder('duty-b-')).to.contain('duty-b-other:x, ');
    kit.clearUnder('duty-b-');
    expect([kit.error('duty-b-title'), kit.draft('duty-b-other')]).to.deep.equal([undefined, undefined]);
    kit.clearAll();
    expect(kit.hasRefused).to.equal(false);
  });

  it('renders a number field with its issue in place, keeping what was typed', async () => {
    const { host, kit, doc } = await setup();
    const draw = () => render(numberField(kit, { id: 'n', label: 'Share', value: doc.value.n as number | undefined, recipe: (n) => set('n', n) }), host.renderRoot as HTMLElement);
    draw();
    const input = host.renderRoot.querySelector('input')!;
    expect(input.type).to.equal('number');
    expect(host.renderRoot.querySelector('label')!.htmlFor).to.equal('n');
    input.value = '150';
    input.dispatchEvent(new Event('input'));
    draw();
    expect(input.value).to.equal('150');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(host.renderRoot.querySelector('#n-error')!.textContent).to.equal('Must be 100 or less');
    input.value = '30';
    input.dispatchEvent(new Event('input'));
    draw();
    expect(doc.value.n).to.equal(30);
    expect(host.renderRoot.querySelector('#n-error')).to.equal(null);
  });

  it('keeps a list typed as text as typed while it has focus, and shows a refused action’s issue', async () => {
    const { host, kit } = await setup();
    const typed: string[] = [];
    const draw = () => render(html`${listTextField(kit, { id: 'l', label: 'Others', value: 'a, b', onInput: (v) => typed.push(v) })}${refusedNote(kit, 'add', 'add-error')}`, host.renderRoot as HTMLElement);
    draw();
    const input = host.renderRoot.querySelector('input')!;
    expect(input.value).to.equal('a, b');
    input.value = 'a, b, ';
    input.dispatchEvent(new Event('input'));
    draw();
    expect(typed).to.deep.equal(['a, b, ']);
    expect(input.value).to.equal('a, b, ');
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(kit.draft('l')).to.equal(undefined);
    expect(host.renderRoot.querySelector('#add-error')).to.equal(null);
    kit.refuse('add', 'The list is full');
    draw();
    const note = host.renderRoot.querySelector('#add-error')!;
    expect(note.textContent).to.equal('The list is full');
    expect(note.getAttribute('role')).to.equal('alert');
  });

  it('tells the document which fields hold refused input, named, and not the refused buttons', async () => {
    const { kit, doc } = await setup();
    kit.apply('add', set('n', 500), { action: true });
    expect(kit.error('add')).to.equal('Must be 100 or less');
    expect(doc.held.at(-1)).to.deep.equal([]);
    kit.apply('n', set('n', 200), { itemId: 'i1' });
    expect(doc.held.at(-1)).to.deep.equal([{ message: 'Must be 100 or less', path: '', itemId: 'i1' }]);
    kit.typedNumber('m', '1e', undefined, { label: 'Hours per week' });
    expect(doc.held.at(-1)!.map((h) => h.message)).to.deep.equal(['Must be 100 or less', 'Hours per week: Enter a number, for example 20.']);
    kit.apply('n', set('n', 20));
    kit.clear('m');
    expect(doc.held.at(-1)).to.deep.equal([]);
    kit.apply('n', set('n', 200), { itemId: 'i1' });
    kit.dropStale(new Set());
    expect(doc.held.at(-1), 'gone with its list item').to.deep.equal([]);
  });

  it('places findings next to the fields shown, the rest on the item', () => {
    const f = (path: string) => ({ path }) as Finding;
    const findings = [f('x.a'), f('x.b'), f('x'), f('x.c')];
    const { at, rest } = placeFindings(findings, (x) => x.path!.split('.')[1], new Set(['a', 'b']));
    expect(at('a')).to.deep.equal([findings[0]]);
    expect(at('b')).to.deep.equal([findings[1]]);
    expect(at('c')).to.deep.equal([], 'a field not shown has none placed');
    expect(rest).to.deep.equal([findings[2], findings[3]]);
  });
});
