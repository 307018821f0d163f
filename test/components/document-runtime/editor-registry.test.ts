// The editor registry: each document's provider knows which parts of the role the editors bound
// to it edit. An editor claims its parts through its DocumentController while connected; the
// claims follow the editor from one provider to another and leave with it; a consumer that reads
// `hasEditorFor` is re-rendered when they change.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { PswElement } from '../../../components/base/psw-element.js';
import { DocumentController } from '../../../components/document-runtime/document-controller.js';
import { createEditorRegistry, pathUnder } from '../../../components/document-runtime/editor-registry.js';
import { getPageDocument } from '../../../components/document-runtime/page-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { mount, resetPage } from './fixtures.js';

/** An editor of `parts` (space-separated path prefixes, an attribute so a test can change it). */
class TestEditor extends PswElement {
  @property() parts = 'boundaries';
  readonly doc = new DocumentController(this);
  constructor() {
    super();
    this.doc.claim(() => this.parts.split(/\s+/).filter(Boolean));
  }
  override render() {
    return html`<p>${this.parts}</p>`;
  }
}
TestEditor.define('test-doc-editor');

/** A reader, as the insights are: says whether the page edits `path`, re-rendered as editors change. */
class TestReader extends PswElement {
  readonly doc = new DocumentController(this);
  renders = 0;
  answer: boolean | undefined;
  override render() {
    this.renders++;
    this.answer = this.doc.hasEditorFor('boundaries[2].position');
    return html`<p>${String(this.answer)}</p>`;
  }
}
TestReader.define('test-doc-reader');

declare global {
  interface HTMLElementTagNameMap {
    'test-doc-editor': TestEditor;
    'test-doc-reader': TestReader;
  }
}

let container: HTMLElement;
const settle = async () => {
  for (const el of container.querySelectorAll<PswElement>('test-doc-editor, test-doc-reader')) await el.updateComplete;
};

describe('editor registry', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    resetPage();
  });

  it('knows which paths the claimed prefixes cover, and tells its listeners only of real changes', () => {
    const registry = createEditorRegistry();
    const a = {};
    const b = {};
    let calls = 0;
    const stop = registry.subscribe(() => calls++);
    expect(registry.edits('boundaries')).to.equal(false);
    registry.claim(a, ['boundaries']);
    registry.claim(a, ['boundaries']); // the same claim again: no change
    expect(calls).to.equal(1);
    expect(registry.edits('boundaries[3].rationale')).to.equal(true);
    expect(registry.edits('boundariesX')).to.equal(false);
    registry.claim(b, ['role', 'duties']);
    expect(registry.edits('duties[0].title')).to.equal(true);
    registry.claim(b, []); // an empty claim: none
    expect(registry.edits('duties')).to.equal(false);
    registry.release(a);
    registry.release(a);
    expect(registry.edits('boundaries')).to.equal(false);
    expect(calls).to.equal(4);
    stop();
    registry.claim(a, ['']);
    expect(calls).to.equal(4);
    expect(registry.edits('anything.at.all')).to.equal(true, "'' covers every path");
    expect(pathUnder('duties[20]', 'duties[2]')).to.equal(false);
  });

  it('keeps the refused input each editor holds, tells which kind of change it was, and lets it go with the editor', () => {
    const registry = createEditorRegistry();
    const [a, b] = [{}, {}];
    const heard: string[] = [];
    registry.subscribe((what) => heard.push(what));
    registry.claim(a, ['role']);
    registry.hold!(a, [{ message: 'Role › Job title must be at most 10,000 characters.', path: 'role.title' }]);
    registry.hold!(a, [{ message: 'Role › Job title must be at most 10,000 characters.', path: 'role.title' }]); // the same: no change
    registry.hold!(b, [{ message: 'Hours per week: Enter a number, for example 20.' }]);
    expect(registry.held!().map((h) => h.message)).to.deep.equal(['Role › Job title must be at most 10,000 characters.', 'Hours per week: Enter a number, for example 20.']);
    registry.claim(a, []); // no longer claims: what it holds stays
    expect(registry.held!().length).to.equal(2);
    registry.hold!(b, []);
    registry.release(a);
    expect(registry.held!()).to.deep.equal([]);
    expect(heard).to.deep.equal(['claims', 'held', 'held', 'claims', 'held', 'held']);
  });

  it('holds the editors bound to its document only: each wrapper its own, loose tags the page-level one', async () => {
    container = await mount(`
      <psw-role-document id="a"><test-doc-editor></test-doc-editor><test-doc-reader></test-doc-reader></psw-role-document>
      <psw-role-document id="b"><test-doc-reader></test-doc-reader></psw-role-document>
      <test-doc-reader></test-doc-reader>`);
    await settle();
    const [inA, inB, loose] = [...container.querySelectorAll('test-doc-reader')];
    expect(inA!.answer).to.equal(true);
    expect(inB!.answer).to.equal(false, "the other wrapper's editor is not this document's");
    expect(loose!.answer).to.equal(false);
    const a = container.querySelector<PswRoleDocument>('#a')!;
    expect(a.snapshot.editors!.edits('boundaries')).to.equal(true);
    expect(getPageDocument()!.snapshot.editors!.edits('boundaries')).to.equal(false);
    // The same registry on every snapshot of a provider.
    const before = a.snapshot;
    a.load({ ...a.value, role: { ...a.value.role, title: 'Changed' } });
    expect(a.snapshot).to.not.equal(before);
    expect(a.snapshot.editors).to.equal(before.editors);
    // A page's own editor claims through the document's registry, and the readers follow.
    const own = {};
    getPageDocument()!.editors.claim(own, ['boundaries']);
    await settle();
    expect(loose!.answer).to.equal(true);
    getPageDocument()!.editors.release(own);
    await settle();
    expect(loose!.answer).to.equal(false);
  });

  it('follows an editor that moves to another document, leaves when it is removed, and re-renders the readers', async () => {
    container = await mount(`
      <psw-role-document id="a"><test-doc-reader></test-doc-reader></psw-role-document>
      <test-doc-reader></test-doc-reader>
      <test-doc-editor></test-doc-editor>`);
    await settle();
    const [inA, loose] = [...container.querySelectorAll('test-doc-reader')];
    const editor = container.querySelector('test-doc-editor')!;
    expect([inA!.answer, loose!.answer]).to.deep.equal([false, true]);
    const rendersBefore = inA!.renders;
    container.querySelector('#a')!.append(editor); // disconnected from the page document, connected in the wrapper
    await settle();
    expect([inA!.answer, loose!.answer]).to.deep.equal([true, false]);
    expect(inA!.renders).to.be.greaterThan(rendersBefore);
    // What an editor edits may change (the builder's `sections`): claimed again after its update.
    editor.parts = 'duties';
    await settle();
    expect(inA!.answer).to.equal(false);
    editor.parts = 'role boundaries';
    await settle();
    expect(inA!.answer).to.equal(true);
    editor.remove();
    await settle();
    expect(inA!.answer).to.equal(false);
  });
});
