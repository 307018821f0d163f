/**
 * Robustness: an edit storm through a DocumentController, the way every element edits.
 * A consumer element inside <psw-role-document> (with every registered element rendering alongside)
 * applies 1,000 scripted edits (test/fixtures/edit-storm.ts) through `controller.edit`, interleaved
 * with undo and redo (the controller's methods and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y on the element).
 * A model applies the same stream. After every operation the document equals the model's; each
 * change dispatches exactly one psw-change from the element, carrying the document of that moment
 * (none lost, none out of order); the history stays within the store's limit; the final document is
 * valid; every element renders the intermediate documents without an error.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { PswElement } from '../../../components/base/psw-element.js';
import { DocumentController } from '../../../components/document-runtime/document-controller.js';
import type { PswChangeEvent } from '../../../components/base/events.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { setIn } from '../../../src/store/ops.js';
import { addItem, moveItem, removeItem, updateItem } from '../../../src/store/list-ops.js';
import { DEFAULT_HISTORY_LIMIT } from '../../../src/store/store.js';
import { parseRoleDocument, type RoleDocument } from '../../../src/model/index.js';
import { canonical, rng, StormModel, type StormOp } from '../../fixtures/edit-storm.js';
import { goodRole } from '../../fixtures/roles.js';
import { mountAllInWrapper, settle, resetPage } from '../util/every-element.js';

/** A minimal editor: what every element does with its controller. */
class StormEditor extends PswElement {
  readonly ctl = new DocumentController(this);
  override render() {
    return html`<p>${this.ctl.document?.role.title ?? ''}</p><p>${this.ctl.document?.duties.length ?? 0} duties</p>`;
  }
}
StormEditor.define('test-storm-editor');

const withoutStamp = (doc: RoleDocument) => canonical({ ...doc, meta: { ...doc.meta, updatedAt: '' } });

describe('robustness: an edit storm through a DocumentController', function () {
  // A test here takes a few seconds on a quiet machine; a loaded CI machine can be several times slower.
  this.timeout(60_000);
  let container: HTMLElement;
  let wrapper: PswRoleDocument;
  let editor: StormEditor;
  let model: StormModel;
  const events: RoleDocument[] = [];
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const random = rng(7);
  const keys = [{ key: 'z' }, { key: 'z', shiftKey: true }, { key: 'y' }] as const;
  let undoRedo = 0;
  let done = 0;

  before(async () => {
    resetPage();
    window.addEventListener('error', onError);
    ({ container, wrapper } = await mountAllInWrapper({ value: goodRole() }));
    editor = document.createElement('test-storm-editor') as StormEditor;
    wrapper.append(editor);
    await editor.updateComplete;
    model = new StormModel(wrapper.value, DEFAULT_HISTORY_LIMIT, 0);
    editor.addEventListener('psw-change', (e) => events.push((e as PswChangeEvent).detail.document));
  });
  after(() => {
    window.removeEventListener('error', onError);
    container?.remove();
    resetPage();
  });

  function apply(op: StormOp): void {
    const ctl = editor.ctl;
    switch (op.op) {
      case 'undo':
      case 'redo': {
        undoRedo++;
        if (random() < 0.5) {
          if (op.op === 'undo') ctl.undo();
          else ctl.redo();
        } else {
          const k = op.op === 'undo' ? keys[0] : keys[1 + Math.floor(random() * 2)]!;
          editor.dispatchEvent(new KeyboardEvent('keydown', { ...k, ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
        }
        return;
      }
      case 'text': ctl.edit((d) => setIn(d, ['role', op.field], op.value)); return;
      case 'duty-title': ctl.edit((d) => updateItem(d, ['duties'], op.id, { title: op.value })); return;
      case 'add': ctl.edit((d) => addItem(d, ['duties'], op.duty, op.index)); return;
      case 'remove': ctl.edit((d) => removeItem(d, ['duties'], op.id)); return;
      case 'move': ctl.edit((d) => moveItem(d, ['duties'], op.id, op.to)); return;
      case 'share': ctl.edit((d) => updateItem(d, ['duties'], op.id, { timeShare: op.value })); return;
    }
  }

  for (let chunk = 0; chunk < 10; chunk++) {
    it(`operations ${chunk * 100 + 1}–${chunk * 100 + 100}: the model’s document after each, one psw-change per change`, async () => {
      expect(done, 'the previous chunk finished').to.equal(chunk * 100);
      for (let i = 0; i < 100; i++, done++) {
        const op = model.nextOp(random);
        if ('key' in op) delete op.key; // no coalescing here: it depends on the real clock (the store suite covers it)
        const expected = model.apply(op, Date.now());
        const before = events.length;
        apply(op);
        const at = `op ${done} ${JSON.stringify(op).slice(0, 100)}`;
        expect(withoutStamp(wrapper.value), at).to.equal(withoutStamp(model.present));
        expect(events.length - before, `${at}: psw-change count`).to.equal(expected === 'changed' ? 1 : 0);
        if (expected === 'changed') expect(events.at(-1) === wrapper.value, `${at}: the event carries this change`).to.equal(true);
        expect(wrapper.canRedo, `${at}: redo`).to.equal(model.future.length > 0);
      }
      await settle(container); // every element renders the document of the moment
      expect(editor.shadowRoot!.querySelector('p')!.textContent).to.equal(wrapper.value.role.title ?? '');
      expect(errors).to.deep.equal([]);
    });
  }

  it('after 1,000: no psw-change lost, history bounded, document valid, every step back the model’s', async () => {
    expect(done).to.equal(1000);
    expect(events.length, 'one psw-change per change, none lost').to.equal(model.changes);
    expect(undoRedo, 'undo and redo were exercised').to.be.greaterThan(50);
    expect(model.past.length).to.be.at.most(DEFAULT_HISTORY_LIMIT);
    const parsed = parseRoleDocument(JSON.stringify(wrapper.value));
    expect(parsed.ok, 'the final document is valid').to.equal(true);
    let back = 0;
    while (wrapper.canUndo) {
      editor.ctl.undo();
      model.apply({ op: 'undo' }, Date.now());
      expect(withoutStamp(wrapper.value), `undo ${back}`).to.equal(withoutStamp(model.present));
      back++;
    }
    expect(model.past.length, 'the history holds what the model says').to.equal(0);
    await settle(container);
    expect(errors).to.deep.equal([]);
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-storm-editor': StormEditor;
  }
}
