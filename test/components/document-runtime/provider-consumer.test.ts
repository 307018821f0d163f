// Context behaviour, modelled on lit/lit packages/context src/test/provider-consumer_test.ts and
// late-provider_test.ts: initial value, sibling propagation, nested providers, late upgrade, loose
// placement sharing the page document, two independent wrappers, a consumer inside a third-party
// shadow root, and the page-level document installed once.
import { expect } from '@open-wc/testing';
import { mount, resetPage, TestConsumer, consumersIn } from './fixtures.js';
import { ensurePageDocument, getPageDocument } from '../../../components/document-runtime/page-document.js';
import { PswRoleDocument } from '../../../components/role-document/role-document.component.js';

let container: HTMLElement;
const consumers = () => consumersIn(container);

describe('shared document context', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    resetPage();
  });

  it("gives a consumer inside a wrapper the wrapper's document", async () => {
    container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
    const wrapper = container.querySelector('psw-role-document')!;
    const [c] = consumers();
    expect(c!.doc.document).to.equal(wrapper.value);
    expect(c!.doc.snapshot).to.equal(wrapper.snapshot);
    expect(c!.doc.document!.kind).to.equal('psw-role-document');
    expect(getPageDocument()).to.equal(undefined, 'no page-level document is needed');
  });

  it('propagates an edit in one consumer to its siblings, with a new snapshot', async () => {
    container = await mount(
      '<psw-role-document><test-doc-consumer></test-doc-consumer><div><test-doc-consumer></test-doc-consumer></div></psw-role-document>',
    );
    const [a, b] = consumers();
    const before = b!.doc.snapshot;
    const result = a!.setTitle('Peer support worker');
    expect(result.ok).to.equal(true);
    expect(b!.jobTitle).to.equal('Peer support worker');
    expect(b!.doc.snapshot).to.not.equal(before);
    await b!.updateComplete;
    expect(b!.shadowRoot!.querySelector('input')!.value).to.equal('Peer support worker');
  });

  it('lets loose consumers share the page-level document on body', async () => {
    container = await mount('<test-doc-consumer></test-doc-consumer><section><test-doc-consumer></test-doc-consumer></section>');
    const [a, b] = consumers();
    const page = getPageDocument();
    expect(page).to.not.equal(undefined);
    expect(page!.host).to.equal(document.body);
    a!.setTitle('Senior peer support worker');
    expect(b!.jobTitle).to.equal('Senior peer support worker');
    expect(page!.value.role.title).to.equal('Senior peer support worker');
    expect(page!.snapshot).to.equal(a!.doc.snapshot);
  });

  it('keeps two wrappers on one page independent (and apart from the page document)', async () => {
    container = await mount(`
      <psw-role-document id="one"><test-doc-consumer></test-doc-consumer></psw-role-document>
      <psw-role-document id="two"><test-doc-consumer></test-doc-consumer></psw-role-document>
      <test-doc-consumer></test-doc-consumer>`);
    const [a, b, loose] = consumers();
    a!.setTitle('Role one');
    b!.setTitle('Role two');
    loose!.setTitle('Page role');
    const one = container.querySelector<PswRoleDocument>('#one')!;
    const two = container.querySelector<PswRoleDocument>('#two')!;
    expect(one.value.role.title).to.equal('Role one');
    expect(two.value.role.title).to.equal('Role two');
    expect(getPageDocument()!.value.role.title).to.equal('Page role');
    expect(one.value.id).to.not.equal(two.value.id);
  });

  it('gives a nested wrapper its own subtree', async () => {
    container = await mount(`
      <psw-role-document id="outer">
        <test-doc-consumer id="o"></test-doc-consumer>
        <psw-role-document id="inner"><test-doc-consumer id="i"></test-doc-consumer></psw-role-document>
      </psw-role-document>`);
    const outer = container.querySelector<PswRoleDocument>('#outer')!;
    const inner = container.querySelector<PswRoleDocument>('#inner')!;
    const o = container.querySelector<TestConsumer>('#o')!;
    const i = container.querySelector<TestConsumer>('#i')!;
    expect(o.doc.document).to.equal(outer.value);
    expect(i.doc.document).to.equal(inner.value);
    i.setTitle('Inner');
    expect(outer.value.role.title).to.equal(undefined);
    expect(o.jobTitle).to.equal(undefined);
  });

  it('reaches a consumer inside a third-party shadow root (loose and in a wrapper)', async () => {
    container = await mount('<div id="loose-host"></div><psw-role-document><div id="wrapped-host"></div></psw-role-document>');
    const put = (host: Element) => {
      const root = host.attachShadow({ mode: 'closed' });
      const c = document.createElement('test-doc-consumer');
      root.append(c);
      return c;
    };
    const loose = put(container.querySelector('#loose-host')!);
    const wrapped = put(container.querySelector('#wrapped-host')!);
    await loose.updateComplete;
    await wrapped.updateComplete;
    const wrapper = container.querySelector('psw-role-document')!;
    expect(loose.doc.snapshot).to.equal(getPageDocument()!.snapshot);
    expect(wrapped.doc.snapshot).to.equal(wrapper.snapshot);
    wrapped.setTitle('In a shadow root');
    expect(wrapper.value.role.title).to.equal('In a shadow root');
  });

  it('hands children over to a wrapper that upgrades after them (context-provider re-parenting)', async () => {
    container = await mount(`
      <test-late-role-document storage-key="test:late">
        <test-doc-consumer></test-doc-consumer><div><test-doc-consumer></test-doc-consumer></div>
      </test-late-role-document>
      <test-doc-consumer id="outside"></test-doc-consumer>`);
    const [a, b] = consumers();
    const outside = container.querySelector<TestConsumer>('#outside')!;
    const page = getPageDocument()!;
    expect(a!.doc.snapshot).to.equal(page.snapshot, 'before the upgrade the page document answers');

    class LateRoleDocument extends PswRoleDocument {}
    LateRoleDocument.define('test-late-role-document');
    const late = container.querySelector('test-late-role-document') as PswRoleDocument;
    expect(late).to.be.instanceOf(LateRoleDocument);
    expect(a!.doc.snapshot).to.equal(late.snapshot);
    expect(b!.doc.snapshot).to.equal(late.snapshot);
    expect(outside.doc.snapshot).to.equal(page.snapshot, 'elements outside the wrapper stay on the page document');

    a!.setTitle('Late');
    expect(b!.jobTitle).to.equal('Late');
    expect(page.value.role.title).to.equal(undefined);
    outside.setTitle('Page');
    expect(a!.jobTitle).to.equal('Late');
    // The old subscription was dropped: page changes no longer reach the handed-over consumers.
    await a!.updateComplete;
    expect(a!.shadowRoot!.querySelector('input')!.value).to.equal('Late');
  });

  it('serves a consumer defined after its wrapper is in place', async () => {
    container = await mount('<psw-role-document><test-late-consumer></test-late-consumer></psw-role-document>');
    class LateConsumer extends TestConsumer {}
    LateConsumer.define('test-late-consumer');
    const c = container.querySelector('test-late-consumer') as TestConsumer;
    await c.updateComplete;
    expect(c.doc.document).to.equal(container.querySelector('psw-role-document')!.value);
  });

  it('follows a consumer moved from one wrapper to another', async () => {
    container = await mount('<psw-role-document id="one"><test-doc-consumer></test-doc-consumer></psw-role-document><psw-role-document id="two"></psw-role-document>');
    const [c] = consumers();
    const one = container.querySelector<PswRoleDocument>('#one')!;
    const two = container.querySelector<PswRoleDocument>('#two')!;
    two.append(c!);
    expect(c!.doc.document).to.equal(two.value);
    c!.setTitle('Moved');
    expect(two.value.role.title).to.equal('Moved');
    expect(one.value.role.title).to.equal(undefined);
    c!.remove();
    two.load({ ...two.value, role: { title: 'Not seen' } });
    expect(two.value.role.title).to.equal('Not seen');
    expect(c!.jobTitle).to.equal('Moved', 'a disconnected consumer is unsubscribed');
  });

  it('installs the page-level document once, however often it is asked for', async () => {
    const first = ensurePageDocument();
    const again = ensurePageDocument();
    expect(again).to.equal(first);
    // A second copy of the bundle finds the same instance through the global registry.
    const registry = globalThis as unknown as Record<symbol, unknown>;
    expect(registry[Symbol.for('psw-role-kit/page-document/v1')]).to.equal(first);
    container = await mount('<test-doc-consumer></test-doc-consumer>');
    expect(consumers()[0]!.doc.snapshot).to.equal(first!.snapshot);
  });

  it('keeps the assessment memoised per document across status-only snapshots', async () => {
    container = await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
    const wrapper = container.querySelector('psw-role-document')!;
    const [c] = consumers();
    const first = c!.doc.snapshot!;
    const assessment = first.assessment;
    wrapper.readonly = true;
    await wrapper.updateComplete;
    const second = c!.doc.snapshot!;
    expect(second).to.not.equal(first);
    expect(second.readonly).to.equal(true);
    expect(second.document).to.equal(first.document);
    expect(second.assessment).to.equal(assessment);
  });
});
