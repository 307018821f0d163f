// Context behaviour, modelled on lit/lit packages/context src/test/provider-consumer_test.ts and
// late-provider_test.ts: initial value, sibling propagation, nested providers, late upgrade, loose
// placement sharing the page document, two independent wrappers, a consumer in a third-party shadow root.
import { expect } from '@open-wc/testing';
import { nextFrame, resetPage, TestConsumer } from './fixtures.js';
import { getPageDocument } from '../../../components/context/page-document.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';

let container: HTMLElement;

const mount = async (markup: string) => {
  container = document.createElement('div');
  // Test markup only; never user data.
  container.innerHTML = markup;
  document.body.append(container);
  await settle();
  return container;
};
const settle = async () => {
  for (const el of container.querySelectorAll<TestConsumer>('test-doc-consumer')) await el.updateComplete;
  await nextFrame();
};
const consumers = () => [...container.querySelectorAll<TestConsumer>('test-doc-consumer')];

describe('shared document context', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    resetPage();
  });

  it('gives a consumer inside a wrapper the wrapper\'s document', async () => {
    await mount('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
    const wrapper = container.querySelector('psw-role-document') as PswRoleDocument;
    const [c] = consumers();
    expect(c!.doc.document).to.equal(wrapper.value);
    expect(c!.doc.snapshot).to.equal(wrapper.snapshot);
    expect(getPageDocument()).to.equal(undefined);
  });

  it('propagates an edit in one consumer to its siblings', async () => {
    await mount('<psw-role-document><test-doc-consumer></test-doc-consumer><div><test-doc-consumer></test-doc-consumer></div></psw-role-document>');
    const [a, b] = consumers();
    const result = a!.setTitle('Peer support worker');
    expect(result.ok).to.equal(true);
    expect(b!.jobTitle).to.equal('Peer support worker');
    await b!.updateComplete;
    expect(b!.shadowRoot!.querySelector('input')!.value).to.equal('Peer support worker');
  });

  it('lets loose consumers share the page-level document', async () => {
    await mount('<test-doc-consumer></test-doc-consumer><section><test-doc-consumer></test-doc-consumer></section>');
    const [a, b] = consumers();
    expect(getPageDocument()).to.not.equal(undefined);
    a!.setTitle('Senior peer support worker');
    expect(b!.jobTitle).to.equal('Senior peer support worker');
    expect(getPageDocument()!.value.role.title).to.equal('Senior peer support worker');
  });
});
