import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { mount, resetPage, TestConsumer, consumersIn } from '../document-runtime/fixtures.js';
import { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { libraryChunk } from '../../../components/role-document/library-link.js';
import { PswChangeEvent, PswInvalidEvent } from '../../../components/base/events.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { setIn } from '../../../src/store/ops.js';
import { SETTING_IDS } from '../../../src/catalogue/ids.js';
import { goodRole } from '../../fixtures/assess-docs.js';

let container: HTMLElement | undefined;

/** Counts psw-change and psw-invalid events on an element. */
function recordEvents(el: EventTarget) {
  const events: string[] = [];
  el.addEventListener('psw-change', () => events.push('psw-change'));
  el.addEventListener('psw-invalid', () => events.push('psw-invalid'));
  return events;
}

describe('<psw-role-document>', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    container = undefined;
    resetPage();
  });

  it('is defined, with its class, and renders a slot for its contents', async () => {
    const el = await fixture<PswRoleDocument>(html`<psw-role-document><p>Inside</p></psw-role-document>`);
    expect(el).to.be.instanceOf(PswRoleDocument);
    expect(customElements.get('psw-role-document')).to.equal(PswRoleDocument);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.value.kind).to.equal('psw-role-document');
  });

  describe('value and load', () => {
    it('value set: parsed, no events; the starting point while nobody has changed the document, then one undo step', async () => {
      container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const el = container.querySelector('psw-role-document')!;
      const consumer = consumersIn(container)[0]!;
      const events = recordEvents(el);
      // A page that fetched its role and sets it: no Undo that would blank it.
      const given = setIn(createRoleDocument(), ['role', 'title'], 'Peer support worker');
      el.value = given;
      expect(el.value).to.deep.equal(given);
      expect(el.canUndo, 'no undo step back to the untouched draft').to.equal(false);
      expect(el.undo()).to.equal(false);
      // Set again before anyone changed it: still the starting point.
      el.value = setIn(given, ['role', 'title'], 'Senior peer support worker');
      expect(el.canUndo).to.equal(false);
      // Once the document has been changed, a value set is one undo step.
      expect(consumer.setTitle('Edited here').ok).to.equal(true);
      const edited = el.value;
      const next = setIn(createRoleDocument(), ['role', 'title'], 'From the page');
      el.value = next;
      expect(el.value).to.deep.equal(next);
      expect(el.undo()).to.equal(true);
      expect(el.value).to.equal(edited);
      expect(el.redo()).to.equal(true);
      expect(el.value.role.title).to.equal('From the page');
      expect(el.canRedo).to.equal(false);
      // Undone back to the start, the history is still there: a value set is one undo step again.
      while (el.undo());
      expect(el.value.role.title).to.equal('Senior peer support worker');
      el.value = next;
      expect(el.canUndo).to.equal(true);
      expect(events).to.deep.equal(['psw-change'], 'the edit made in the element only: programmatic sets, undo and redo emit nothing');
    });

    it('a value set over work brought back from storage stays one undo step', async () => {
      const key = 'test:value-over-restored';
      localStorage.removeItem(key);
      container = await mount(`<psw-role-document storage-key="${key}"><test-doc-consumer></test-doc-consumer></psw-role-document>`);
      consumersIn(container)[0]!.setTitle('My earlier work');
      window.dispatchEvent(new PageTransitionEvent('pagehide')); // autosave flushes, as before a reload
      container.remove();
      container = await mount(`<psw-role-document storage-key="${key}"></psw-role-document>`);
      const el = container.querySelector('psw-role-document')!;
      expect(el.value.role.title).to.equal('My earlier work');
      expect(el.canUndo).to.equal(false);
      el.value = setIn(createRoleDocument(), ['role', 'title'], 'The page’s role');
      expect(el.canUndo, 'the restored work is one Undo away').to.equal(true);
      expect(el.undo()).to.equal(true);
      expect(el.value.role.title).to.equal('My earlier work');
      localStorage.removeItem(key);
    });

    it('a form reset goes back to the value the page started the document with', async () => {
      container = await mount('<form><psw-role-document name="role"><test-doc-consumer></test-doc-consumer></psw-role-document></form>');
      const el = container.querySelector('psw-role-document')!;
      el.value = setIn(createRoleDocument(), ['role', 'title'], 'Given by the page');
      consumersIn(container)[0]!.setTitle('Typed');
      container.querySelector('form')!.reset();
      expect(el.value.role.title).to.equal('Given by the page');
    });

    it('an invalid value dispatches psw-invalid from the element and changes nothing', async () => {
      const el = await fixture<PswRoleDocument>(html`<psw-role-document></psw-role-document>`);
      const before = el.value;
      const invalid = oneEvent(el, 'psw-invalid') as Promise<PswInvalidEvent>;
      el.value = { ...before, duties: [{ id: 'd1', title: 'x', kind: 'sometimes' }] } as never;
      const e = await invalid;
      expect(e).to.be.instanceOf(PswInvalidEvent);
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.detail.issues[0]!.path).to.equal('duties[0].kind');
      expect(el.value).to.equal(before);
      expect(el.canUndo).to.equal(false);
    });

    it('load() takes JSON text or a value (or an export), returns the parse result, emits no psw-change', async () => {
      const el = await fixture<PswRoleDocument>(html`<psw-role-document></psw-role-document>`);
      const events = recordEvents(el);
      const doc = setIn(createRoleDocument(), ['role', 'title'], 'From JSON');
      const r = el.load(JSON.stringify(doc));
      expect(r.ok).to.equal(true);
      expect(el.value).to.deep.equal(doc);
      const r2 = el.load({ kind: 'psw-job-description', schemaVersion: 1, document: setIn(doc, ['role', 'title'], 'From export') });
      expect(r2.ok).to.equal(true);
      expect(el.value.role.title).to.equal('From export');
      const bad = el.load('{ "kind": "psw-role-document", ');
      expect(bad.ok).to.equal(false);
      if (!bad.ok) expect(bad.issues[0]!.message).to.match(/not valid JSON/);
      expect(el.value.role.title).to.equal('From export');
      expect(events).to.deep.equal(['psw-invalid']);
    });

    it('setting the same value again (as frameworks do on every render) is not a change', async () => {
      const el = await fixture<PswRoleDocument>(html`<psw-role-document></psw-role-document>`);
      const current = el.value;
      el.value = current;
      el.value = JSON.parse(JSON.stringify(current));
      expect(el.load(JSON.stringify(current))).to.deep.equal({ ok: true, document: current });
      expect(el.value).to.equal(current);
      expect(el.canUndo).to.equal(false);
    });

    it('a value set before connection is the first document (no undo step)', async () => {
      const el = document.createElement('psw-role-document');
      const doc = setIn(createRoleDocument(), ['role', 'title'], 'Given');
      el.value = doc;
      container = document.createElement('div');
      container.append(el);
      document.body.append(container);
      expect(el.value).to.deep.equal(doc);
      expect(el.canUndo).to.equal(false);
    });

    it('starts from the template when there is nothing else; an unknown template gives an empty draft', async () => {
      const template = SETTING_IDS[0]!;
      const el = await fixture<PswRoleDocument>(html`<psw-role-document template=${template}></psw-role-document>`);
      expect(el.value.context.setting).to.equal(template);
      expect(el.value.duties.length).to.be.greaterThan(0);
      const warn = console.warn;
      const warned: unknown[] = [];
      console.warn = (...a: unknown[]) => warned.push(a);
      try {
        const empty = await fixture<PswRoleDocument>(html`<psw-role-document template="no-such-setting"></psw-role-document>`);
        expect(empty.value.duties).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
      expect(warned).to.have.length(1);
      expect(String((warned[0] as unknown[])[0])).to.equal('<psw-role-document>: unknown template "no-such-setting"; starting from an empty draft.');
    });

    it('with library-id, when the library\'s code cannot be fetched: an empty draft, which the page and the console say is not the entry', async () => {
      const original = libraryChunk.attach;
      libraryChunk.attach = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://intranet.example/chunks/library-attach-x.js'));
      const { error } = console;
      const errors: string[] = [];
      console.error = (...a: unknown[]) => errors.push(String(a[0]));
      try {
        const el = await fixture<PswRoleDocument>(html`<psw-role-document library-id="lost-entry" template="crisis"></psw-role-document>`);
        expect(el.value.duties).to.deep.equal([]);
        expect(errors).to.include('<psw-role-document>: the library entry "lost-entry" could not be loaded; starting from an empty draft.');
        expect(errors.join('\n')).not.to.include('the template');
        // The page says so too: this draft is not the library's role.
        expect(el.libraryState).to.equal('error');
        const alert = el.shadowRoot!.querySelector('[part="library-status"][role="alert"]');
        expect(alert?.textContent).to.match(/The role library could not be reached.*empty draft.*Reload the page/);
        await expect(el).to.be.accessible();
      } finally {
        console.error = error;
        libraryChunk.attach = original;
      }
    });
  });

  describe('readonly', () => {
    it('refuses user edits and undo, says so, and still accepts programmatic values', async () => {
      container = await mount('<psw-role-document readonly><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const el = container.querySelector('psw-role-document')!;
      const [c] = consumersIn(container);
      expect(el.snapshot.readonly).to.equal(true);
      expect(el.status.kind).to.equal('readonly');
      expect(el.status.message).to.match(/Read only/);
      expect(c!.setTitle('x').ok).to.equal(false);
      expect(el.load(setIn(el.value, ['role', 'title'], 'Set by the page')).ok).to.equal(true);
      expect(c!.jobTitle).to.equal('Set by the page');
      expect(el.undo()).to.equal(false);
      el.readonly = false;
      await el.updateComplete;
      expect(c!.setTitle('Now editable').ok).to.equal(true);
      expect(el.status.kind).to.equal('memory-only');
    });
  });

  describe('form association', () => {
    it('submits the document JSON under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><psw-role-document name="role"><test-doc-consumer></test-doc-consumer></psw-role-document></form>`);
      const el = form.querySelector('psw-role-document')!;
      const c = form.querySelector<TestConsumer>('test-doc-consumer')!;
      await c.updateComplete;
      expect(el.form).to.equal(form);
      c.setTitle('Peer support worker');
      const data = new FormData(form);
      const submitted = JSON.parse(String(data.get('role')));
      expect(submitted).to.deep.equal(el.value);
      expect(submitted.role.title).to.equal('Peer support worker');
    });

    it('gives its value to a form it joins later', async () => {
      const el = await fixture<PswRoleDocument>(html`<psw-role-document name="later"></psw-role-document>`);
      el.load(setIn(el.value, ['role', 'title'], 'Before the form'));
      const form = document.createElement('form');
      document.body.append(form);
      form.append(el);
      expect(JSON.parse(String(new FormData(form).get('later'))).role.title).to.equal('Before the form');
      form.remove();
    });

    it('is valid without required, so a draft submits as it is', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><psw-role-document name="role"></psw-role-document></form>`);
      const el = form.querySelector('psw-role-document')!;
      expect(el.willValidate).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
      expect(form.reportValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
    });

    it('with required, is invalid while the role has error findings, naming the first one', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><psw-role-document name="role" required><test-doc-consumer></test-doc-consumer></psw-role-document></form>`);
      const el = form.querySelector('psw-role-document')!;
      const firstError = el.snapshot.assessment.findings.find((f) => f.severity === 'error')!;
      expect(firstError).to.not.equal(undefined);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.contain(firstError.message);
      expect(el.matches(':state(invalid)')).to.equal(true);
      let invalidEvents = 0;
      el.addEventListener('invalid', () => invalidEvents++);
      expect(form.reportValidity()).to.equal(false);
      expect(invalidEvents).to.equal(1);

      // Fixing the first problem moves the message on to the next one.
      const c = form.querySelector<TestConsumer>('test-doc-consumer')!;
      c.setTitle('Peer support worker');
      const next = el.snapshot.assessment.findings.find((f) => f.severity === 'error')!;
      expect(next.message).to.not.equal(firstError.message);
      expect(el.validationMessage).to.contain(next.message);

      el.load(goodRole());
      expect(el.snapshot.assessment.findings.filter((f) => f.severity === 'error')).to.deep.equal([]);
      expect(el.checkValidity()).to.equal(true);
      expect(form.reportValidity()).to.equal(true);
      expect(el.matches(':state(invalid)')).to.equal(false);

      el.load(createRoleDocument());
      el.required = false;
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true, 'without required a draft with errors submits as it is');
    });

    it('form reset restores the initial document as a user change (psw-change)', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><psw-role-document name="role"><test-doc-consumer></test-doc-consumer></psw-role-document></form>`);
      const el = form.querySelector('psw-role-document')!;
      const c = form.querySelector<TestConsumer>('test-doc-consumer')!;
      await c.updateComplete;
      const initial = el.value;
      c.setTitle('Changed');
      const change = oneEvent(el, 'psw-change') as Promise<PswChangeEvent>;
      form.reset();
      const e = await change;
      expect(e.target).to.equal(el);
      expect(el.value).to.deep.equal(initial);
      expect(c.jobTitle).to.equal(undefined);
      expect(JSON.parse(String(new FormData(form).get('role'))).role.title).to.equal(undefined);
      expect(el.undo()).to.equal(true, 'a reset can be undone');
      expect(el.value.role.title).to.equal('Changed');
    });

    it('restores the form state the browser gives back', async () => {
      const el = await fixture<PswRoleDocument>(html`<psw-role-document name="role"></psw-role-document>`);
      const doc = setIn(createRoleDocument(), ['role', 'title'], 'Restored by the browser');
      el.formStateRestoreCallback(JSON.stringify(doc));
      expect(el.value.role.title).to.equal('Restored by the browser');
      el.formStateRestoreCallback('not json');
      el.formStateRestoreCallback(null);
      expect(el.value.role.title).to.equal('Restored by the browser');
    });

    it('a disabled fieldset makes the document read only', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><psw-role-document name="role"></psw-role-document></fieldset></form>`);
      const el = form.querySelector('psw-role-document')!;
      form.querySelector('fieldset')!.disabled = true;
      expect(el.snapshot.readonly).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      expect(el.snapshot.readonly).to.equal(false);
    });
  });
});
