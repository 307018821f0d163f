// Placed loose on a page (no <psw-role-document>), the checklist edits the page-level document and
// shares it with every other consumer on the page.
import { expect } from '@open-wc/testing';
import { getPageDocument } from '../../../components/document-runtime/page-document.js';
import type { PswBoundaryChecklist } from '../../../components/boundary-checklist/boundary-checklist.component.js';
import { mount, resetPage, type TestConsumer } from '../document-runtime/fixtures.js';
import { boundary, card, click, control, progressText, radio, type } from './helpers.js';

describe('psw-boundary-checklist on a page without a wrapper', () => {
  let container: HTMLElement | undefined;
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    resetPage();
  });

  it('shares the page-level document with another consumer and another checklist', async () => {
    container = await mount('<psw-boundary-checklist id="one"></psw-boundary-checklist><section><test-doc-consumer></test-doc-consumer><psw-boundary-checklist id="two"></psw-boundary-checklist></section>');
    const one = container.querySelector<PswBoundaryChecklist>('#one')!;
    const two = container.querySelector<PswBoundaryChecklist>('#two')!;
    const consumer = container.querySelector<TestConsumer>('test-doc-consumer')!;
    await one.updateComplete;
    await two.updateComplete;
    const changes: Event[] = [];
    container.addEventListener('psw-change', (e) => changes.push(e));

    await click(one, radio(card(one, 'endings'), 'Agreed'));
    await type(one, control(card(one, 'endings'), 'Position'), 'Planned from the start.');
    const page = getPageDocument()!;
    expect(boundary(page.value, 'endings')).to.include({ status: 'agreed', position: 'Planned from the start.' });
    expect(consumer.doc.document).to.equal(page.value);
    await two.updateComplete;
    expect(progressText(two)).to.include('1 of 14 agreed');
    expect(control(card(two, 'endings'), 'Position').value).to.equal('Planned from the start.');
    expect(changes.map((e) => e.target)).to.deep.equal([one, one]);

    consumer.setTitle('Peer support worker');
    await one.updateComplete;
    expect(page.value.role.title).to.equal('Peer support worker');
    expect(boundary(page.value, 'endings')!.position, 'one document, edited by both').to.equal('Planned from the start.');
  });
});
