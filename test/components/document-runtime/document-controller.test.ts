import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeBurst } from '../util/type-burst.js';
import { ContextProvider } from '@lit/context';
import { mount, resetPage, TestConsumer, consumersIn } from './fixtures.js';
import { pathUnder } from '../../../components/document-runtime/document-controller.js';
import { documentContext, type DocumentSnapshot } from '../../../components/document-runtime/document-context.js';
import { PswChangeEvent, PswNavigateEvent } from '../../../components/base/events.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { setIn } from '../../../src/store/ops.js';
import { addItem } from '../../../src/store/list-ops.js';
import type { Finding } from '../../../src/assess/types.js';

let container: HTMLElement;
const consumers = () => consumersIn(container);
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
const inputOf = (c: TestConsumer) => c.shadowRoot!.querySelector('input')!;

describe('DocumentController', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    resetPage();
  });

  describe('psw-change', () => {
    it('is dispatched from the element where the user acted, with the document and its assessment', async () => {
      container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const [c] = consumers();
      const wrapper = container.querySelector('psw-role-document')!;
      const seen: { on: string; target: EventTarget | null }[] = [];
      const onDoc = (e: Event) => seen.push({ on: 'document', target: e.target });
      document.addEventListener('psw-change', onDoc);
      wrapper.addEventListener('psw-change', (e) => seen.push({ on: 'wrapper', target: e.target }));
      const event = oneEvent(c!, 'psw-change') as Promise<PswChangeEvent>;
      c!.setTitle('Peer support worker');
      const e = await event;
      document.removeEventListener('psw-change', onDoc);
      expect(e).to.be.instanceOf(PswChangeEvent);
      expect(e.detail.document).to.equal(wrapper.value);
      expect(e.detail.document.role.title).to.equal('Peer support worker');
      expect(e.detail.assessment).to.equal(wrapper.snapshot.assessment);
      expect(seen).to.deep.equal([
        { on: 'wrapper', target: c },
        { on: 'document', target: c },
      ]);
    });

    it('is not dispatched for a no-op, a refused edit, or with no document', async () => {
      container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const [c] = consumers();
      let count = 0;
      c!.addEventListener('psw-change', () => count++);
      expect(c!.doc.edit((d) => d)).to.deep.include({ ok: true, changed: false });
      const refused = c!.doc.edit((d) => setIn(d, ['role', 'involvementRequestCap'], 250));
      expect(refused.ok).to.equal(false);
      if (!refused.ok) {
        expect(refused.issues[0]!.path).to.equal('role.involvementRequestCap');
        expect(refused.issues[0]!.message).to.match(/100 or less/);
      }
      expect(c!.doc.undo()).to.equal(false);
      expect(c!.doc.redo()).to.equal(false);
      expect(count).to.equal(0);

      const detached = document.createElement('test-doc-consumer');
      const r = detached.doc.edit((d) => setIn(d, ['role', 'title'], 'x'));
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.issues[0]!.message).to.match(/not connected/);
      expect(detached.doc.replace(createRoleDocument()).ok).to.equal(false);
      expect(detached.doc.undo()).to.equal(false);
      expect(detached.doc.readonly).to.equal(false);
      expect(detached.doc.canUndo).to.equal(false);
      expect(detached.doc.findingsFor('role')).to.deep.equal([]);
    });

    it('follows undo, redo and replace made through the controller', async () => {
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      const [c] = consumers();
      const events: PswChangeEvent[] = [];
      c!.addEventListener('psw-change', (e) => events.push(e));
      c!.setTitle('a');
      expect(c!.doc.canUndo).to.equal(true);
      expect(c!.doc.undo()).to.equal(true);
      expect(c!.doc.canRedo).to.equal(true);
      expect(c!.doc.redo()).to.equal(true);
      const other = setIn(createRoleDocument(), ['role', 'title'], 'Imported');
      expect(c!.doc.replace(other, { label: 'Import' }).ok).to.equal(true);
      expect(events.map((e) => e.detail.document.role.title)).to.deep.equal(['a', undefined, 'a', 'Imported']);
      expect(c!.doc.replace(other).ok).to.equal(true); // same document: no event
      expect(events).to.have.length(4);
    });
  });

  describe('keyboard undo', () => {
    it('Ctrl+Z / Shift+Ctrl+Z / Ctrl+Y / Cmd+Z inside the host are the store\'s undo and redo', async () => {
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      const [c] = consumers();
      c!.setTitle('first');
      c!.doc.edit((d) => setIn(d, ['role', 'purpose'], 'second'));
      let changes = 0;
      c!.addEventListener('psw-change', () => changes++);
      const input = inputOf(c!);

      const undo = key({ key: 'z', ctrlKey: true });
      input.dispatchEvent(undo);
      expect(undo.defaultPrevented).to.equal(true);
      expect(c!.doc.document!.role.purpose).to.equal(undefined);
      input.dispatchEvent(key({ key: 'Z', ctrlKey: true, shiftKey: true }));
      expect(c!.doc.document!.role.purpose).to.equal('second');
      input.dispatchEvent(key({ key: 'z', metaKey: true }));
      expect(c!.doc.document!.role.purpose).to.equal(undefined);
      input.dispatchEvent(key({ key: 'y', ctrlKey: true }));
      expect(c!.doc.document!.role.purpose).to.equal('second');
      expect(changes).to.equal(4);

      const alt = key({ key: 'z', ctrlKey: true, altKey: true });
      input.dispatchEvent(alt);
      const plain = key({ key: 'z' });
      input.dispatchEvent(plain);
      const other = key({ key: 's', ctrlKey: true });
      input.dispatchEvent(other);
      expect([alt.defaultPrevented, plain.defaultPrevented, other.defaultPrevented]).to.deep.equal([false, false, false]);
      expect(changes).to.equal(4);
    });

    it('undoes once when editors are nested', async () => {
      container = await mount('<test-doc-consumer id="outer"><test-doc-consumer id="inner"></test-doc-consumer></test-doc-consumer>');
      const inner = container.querySelector<TestConsumer>('#inner')!;
      inner.setTitle('a');
      inner.doc.edit((d) => setIn(d, ['role', 'purpose'], 'b'));
      inputOf(inner).dispatchEvent(key({ key: 'z', ctrlKey: true }));
      expect(inner.doc.document!.role.title).to.equal('a');
      expect(inner.doc.document!.role.purpose).to.equal(undefined);
    });

    it('turns a burst of real typing into one step that Ctrl+Z takes back', async () => {
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      const [c] = consumers();
      c!.setTitle('Peer');
      c!.doc.edit((d) => setIn(d, ['role', 'purpose'], 'x')); // another field ends the first burst
      await c!.updateComplete;
      const input = inputOf(c!);
      input.focus();
      input.setSelectionRange(4, 4);
      const depth = () => {
        let n = 0;
        while (c!.doc.undo()) n++;
        for (let i = 0; i < n; i++) c!.doc.redo();
        return n;
      };
      const before = depth();
      await typeBurst(' worker');
      expect(c!.jobTitle).to.equal('Peer worker');
      expect(depth()).to.equal(before + 1, 'seven keystrokes, one undo step');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'z' });
      await sendKeys({ up: 'Control' });
      expect(c!.jobTitle).to.equal('Peer');
      await c!.updateComplete;
      expect(input.value).to.equal('Peer', 'the field shows the store\'s undo, not the input\'s own');
      await sendKeys({ down: 'Control' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Z' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ up: 'Control' });
      expect(c!.jobTitle).to.equal('Peer worker');
    });
  });

  describe('findingsFor and onNavigate', () => {
    it('selects findings by path prefix or item id, an id only in its own list', async () => {
      const findings = [
        { ruleId: 'R1', path: 'duties[2].flexibility.maxShare', itemId: 'd2' },
        { ruleId: 'R2', path: 'duties[20].title', itemId: 'd20' },
        { ruleId: 'R3', path: 'duties' },
        { ruleId: 'R4', itemId: 'd2' },
        { ruleId: 'R5', path: 'role.title' },
        { ruleId: 'R6' },
        { ruleId: 'R7', path: 'boundaries[0].status', itemId: 'd2' }, // ids are unique only within their list
        { ruleId: 'R8', path: 'duties[5].title', itemId: 'd2' }, // the duty moved: its id wins over the index
      ] as unknown as Finding[];
      // Any provider of the context works: here a plain one with a hand-made snapshot.
      const host = document.createElement('div');
      const doc = createRoleDocument();
      const snapshot = {
        document: doc,
        assessment: { findings },
        readonly: false,
        canUndo: false,
        canRedo: false,
        status: { kind: 'memory-only', message: '' },
        edit: () => ({ ok: true, document: doc, changed: false }),
        replace: () => ({ ok: true, document: doc, changed: false }),
        undo: () => false,
        redo: () => false,
      } as unknown as DocumentSnapshot;
      new ContextProvider(host, { context: documentContext, initialValue: snapshot });
      const c = document.createElement('test-doc-consumer');
      host.append(c);
      container = host;
      document.body.append(host);
      await c.updateComplete;
      const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);
      expect(ids(c.doc.findingsFor('duties[2]'))).to.deep.equal(['R1']);
      expect(ids(c.doc.findingsFor('duties[2]', 'd2'))).to.deep.equal(['R1', 'R4', 'R8']);
      expect(ids(c.doc.findingsFor('duties'))).to.deep.equal(['R1', 'R2', 'R3', 'R8']);
      expect(ids(c.doc.findingsFor('', undefined))).to.deep.equal(['R1', 'R2', 'R3', 'R5', 'R7', 'R8']);
      expect(pathUnder('duties[2]', 'duties[2]')).to.equal(true);
      expect(pathUnder('dutiesX', 'duties')).to.equal(false);
    });

    it('finds the real assessment\'s findings for a field, and follows edits', async () => {
      container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const [c] = consumersIn(container);
      const titleFindings = c!.doc.findingsFor('role.title');
      expect(titleFindings.length).to.be.greaterThan(0);
      expect(titleFindings.every((f) => f.path === 'role.title')).to.equal(true);
      // A change that is not typing: its findings in the same render.
      c!.doc.edit((d) => setIn(d, ['role', 'title'], 'Peer support worker'), { label: 'Job title' });
      expect(c!.doc.findingsFor('role.title').filter((f) => f.severity === 'error')).to.deep.equal([]);
      expect(c!.doc.assessment).to.equal(c!.doc.snapshot!.assessment);
    });

    it('shows the findings of what was typed just after the next paint; the snapshot\'s assessment is current at once', async () => {
      container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const [c] = consumersIn(container);
      const shown = c!.doc.assessment!;
      expect(c!.doc.findingsFor('role.title').some((f) => f.severity === 'error'), 'no job title yet').to.equal(true);
      const titleErrors = (a: { findings: Finding[] }) => a.findings.filter((f) => f.path === 'role.title' && f.severity === 'error');

      // Three keystrokes before a frame: the document shows them at once, the findings stay as they were.
      for (const title of ['P', 'Pe', 'Peer support worker']) {
        inputOf(c!).value = title;
        inputOf(c!).dispatchEvent(new Event('input'));
      }
      await c!.updateComplete;
      expect(c!.jobTitle).to.equal('Peer support worker');
      expect(inputOf(c!).value).to.equal('Peer support worker');
      expect(c!.doc.snapshot!.typing).to.equal(true);
      expect(titleErrors(c!.doc.snapshot!.assessment), 'the snapshot is assessed as it is').to.deep.equal([]);
      expect(c!.doc.assessment, 'the view still shows the assessment from before the typing').to.equal(shown);
      const renders = c!.renders;

      await c!.doc.ready; // just after the next paint
      await c!.updateComplete;
      expect(c!.renders, 'rendered again, once').to.equal(renders + 1);
      expect(c!.doc.assessment).to.equal(c!.doc.snapshot!.assessment);
      expect(titleErrors(c!.doc.assessment!)).to.deep.equal([]);
      expect(c!.doc.findingsFor('role.title').filter((f) => f.severity === 'error')).to.deep.equal([]);

      // Typing that changes no finding: the view is given the new assessment without rendering again.
      inputOf(c!).value = 'Peer support worker lead';
      inputOf(c!).dispatchEvent(new Event('input'));
      await c!.updateComplete;
      const shownBefore = c!.doc.assessment;
      const rendersBefore = c!.renders;
      await c!.doc.ready;
      await c!.updateComplete;
      expect(c!.doc.assessment, 'the current assessment').to.equal(c!.doc.snapshot!.assessment);
      expect(c!.doc.assessment).not.to.equal(shownBefore);
      expect(c!.doc.assessment).to.deep.equal(shownBefore);
      expect(c!.renders, 'no render for the same findings').to.equal(rendersBefore);

      // Undo is not typing: the findings come back in the same render.
      c!.doc.undo();
      await c!.updateComplete;
      expect(c!.doc.assessment).to.equal(c!.doc.snapshot!.assessment);
      expect(titleErrors(c!.doc.assessment!).length).to.equal(1);

      // Typing that adds a list item moves what the earlier findings' paths name: shown at once.
      c!.doc.edit((d) => addItem(d, ['duties'], { id: 'typed', title: 'G', kind: 'core' }), { coalesceKey: 'new-duty', label: 'Duty' });
      expect(c!.doc.snapshot!.typing, 'not marked as typing').to.equal(false);
      expect(c!.doc.assessment).to.equal(c!.doc.snapshot!.assessment);
    });

    it('calls navigate handlers for psw-navigate on the document while connected', async () => {
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      const [c] = consumers();
      const seen: string[] = [];
      const stop = c!.doc.onNavigate((detail) => seen.push(detail.path));
      document.dispatchEvent(new PswNavigateEvent({ path: 'role.title' }));
      c!.remove();
      document.dispatchEvent(new PswNavigateEvent({ path: 'while-disconnected' }));
      container.append(c!);
      const fromInside = document.createElement('span');
      container.append(fromInside);
      fromInside.dispatchEvent(new PswNavigateEvent({ path: 'duties[0].title', itemId: 'd0' }));
      stop();
      document.dispatchEvent(new PswNavigateEvent({ path: 'after-stop' }));
      expect(seen).to.deep.equal(['role.title', 'duties[0].title']);
    });
  });

  describe('status line', () => {
    it('renders the status in words as a polite live region', async () => {
      container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const [c] = consumers();
      const line = c!.shadowRoot!.querySelector('.psw-document-status')!;
      expect(line.getAttribute('data-kind')).to.equal('memory-only');
      const live = line.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent).to.contain('kept while this page is open');
      await expect(c!).to.be.accessible();
    });

    it('says read only, and refuses edits, when the wrapper is readonly', async () => {
      container = await mount('<psw-role-document readonly><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const [c] = consumers();
      expect(c!.doc.readonly).to.equal(true);
      expect(c!.doc.status!.kind).to.equal('readonly');
      const r = c!.setTitle('x');
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.issues[0]!.message).to.match(/read only/);
      await c!.updateComplete;
      expect(c!.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Read only');
    });
  });
});

