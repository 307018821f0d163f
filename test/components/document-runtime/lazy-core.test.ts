// The parts of the core the elements load lazily (docs/bundle-size.md): the assessment engine (snapshots
// carry a pending assessment until it arrives, then a new snapshot follows) and the setting
// templates (<psw-role-document template> provides no snapshot until the template decides the first
// document). Loads are held back or failed through core-deps' replaceable imports.
import { expect } from '@open-wc/testing';
import { consumersIn, resetPage, type TestConsumer } from './fixtures.js';
import { lazyImports, loadAssessmentEngine, loadTemplateDocument, resetAssessmentEngine } from '../../../components/document-runtime/core-deps.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import type { PswChangeEvent } from '../../../components/base/events.js';
import { getPageDocument, ensurePageDocument } from '../../../components/document-runtime/page-document.js';
import { AUTOSAVE_FORMAT } from '../../../src/store/persistence.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { setIn } from '../../../src/store/ops.js';

const original = { ...lazyImports };

/** A gate that holds a promise back until opened (or failed). */
function gate() {
  let open!: () => void;
  let fail!: (e: unknown) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

let container: HTMLElement | undefined;
/** Test markup (never user data), connected without waiting for anything. */
function place(markup: string): HTMLElement {
  container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  return container;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('lazily loaded assessment engine', () => {
  beforeEach(() => {
    resetPage();
    resetAssessmentEngine();
  });
  afterEach(() => {
    container?.remove();
    container = undefined;
    Object.assign(lazyImports, original);
    resetAssessmentEngine();
    resetPage();
  });

  it('provides a pending assessment until the engine arrives, then a new snapshot with the real one', async () => {
    const held = gate();
    lazyImports.assessment = () => held.promise.then(original.assessment);
    const page = place('<form><psw-role-document name="role" required><test-doc-consumer></test-doc-consumer></psw-role-document></form>');
    const el = page.querySelector('psw-role-document') as PswRoleDocument;
    const consumer = consumersIn(page)[0]!;
    await settle();
    const pendingSnapshot = el.snapshot;
    expect(pendingSnapshot.assessment.pending).to.equal(true);
    expect(pendingSnapshot.assessment.findings).to.deep.equal([]);
    expect(pendingSnapshot.assessment.readiness).to.equal('incomplete');
    expect(pendingSnapshot.assessment.balance.verdict).to.equal('unknown');
    expect(consumer.doc.assessment?.pending).to.equal(true);
    expect(consumer.doc.findingsFor('role')).to.deep.equal([]);

    // A form is not given an unchecked role when `required`; the state is kept for real errors.
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.match(/still being checked/);
    expect(el.matches(':state(invalid)')).to.equal(false);

    // A change made now: psw-change carries what the snapshot's assessment is when it is read.
    const changes: PswChangeEvent[] = [];
    page.addEventListener('psw-change', (e) => changes.push(e as PswChangeEvent));
    consumer.doc.edit((d) => setIn(d, ['role', 'purpose'], 'Peer support.'), { label: 'Purpose' });
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.assessment.pending).to.equal(true);

    // updateComplete waits for the engine: the consumer has rendered with the real assessment.
    let consumerDone = false;
    const done = consumer.updateComplete.then(() => (consumerDone = true));
    await settle();
    expect(consumerDone, 'updateComplete waits while the assessment is pending').to.equal(false);
    const rendersBefore = consumer.renders;
    held.open();
    await done;
    expect(consumer.renders).to.be.greaterThan(rendersBefore);
    const real = consumer.doc.snapshot!;
    expect(real).to.not.equal(pendingSnapshot, 'a new snapshot, so consumers re-render');
    expect(real.document).to.equal(el.value);
    expect(real.assessment.pending).to.equal(undefined);
    expect(real.assessment.findings.length).to.be.greaterThan(0);
    expect(consumer.doc.findingsFor('role.title').length).to.be.greaterThan(0);

    // Validity follows the real findings once they are there.
    await el.updateComplete;
    const firstError = real.assessment.findings.find((f) => f.severity === 'error')!;
    expect(el.validationMessage).to.contain(firstError.message);
    expect(el.matches(':state(invalid)')).to.equal(true);
  });

  it('gives the page-level document a pending assessment first, and says when the real one is there', async () => {
    const held = gate();
    lazyImports.assessment = () => held.promise.then(original.assessment);
    const page = ensurePageDocument()!;
    expect(page.snapshot.assessment.pending).to.equal(true);
    held.open();
    await page.assessmentReady;
    expect(getPageDocument()!.snapshot.assessment.pending).to.equal(undefined);
    expect(page.snapshot.assessment.findings.length).to.be.greaterThan(0);
  });

  it('when the engine cannot be loaded: snapshots stay pending, updateComplete still resolves, the console says why', async () => {
    lazyImports.assessment = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      const page = place('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
      const consumer = page.querySelector<TestConsumer>('test-doc-consumer')!;
      await consumer.updateComplete;
      expect(consumer.doc.assessment?.pending).to.equal(true);
      expect(await consumer.doc.ready).to.equal(undefined);
    } finally {
      console.error = error;
    }
    expect(logged).to.have.length(1);
    expect(String(logged[0]![0])).to.match(/assessment could not be loaded/);
  });
});

describe('<psw-role-document template> with lazily loaded templates', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    container = undefined;
    Object.assign(lazyImports, original);
    resetPage();
  });

  it('provides no document until the template has loaded, then the template (no undo step)', async () => {
    const held = gate();
    lazyImports.templates = () => held.promise.then(original.templates);
    const page = place('<psw-role-document template="crisis"><test-doc-consumer></test-doc-consumer></psw-role-document>');
    const el = page.querySelector('psw-role-document') as PswRoleDocument;
    const consumer = consumersIn(page)[0]!;
    await settle();
    expect(el.value, 'no blank draft that the template would replace').to.equal(undefined);
    expect(el.snapshot).to.equal(undefined);
    expect(consumer.doc.document).to.equal(undefined);
    expect(consumer.setTitle('Too early').ok, 'nothing to edit yet').to.equal(false);
    expect(el.canUndo).to.equal(false);
    expect(el.status.kind).to.equal('memory-only');
    let ready = false;
    const done = el.updateComplete.then(() => (ready = true));
    await settle();
    expect(ready, 'updateComplete waits for the template').to.equal(false);
    held.open();
    await done;
    expect(el.value.context.setting).to.equal('crisis');
    expect(el.value.duties.length).to.be.greaterThan(0);
    expect(consumer.doc.document).to.equal(el.value);
    expect(el.canUndo).to.equal(false);
  });

  it('a value set while the template loads is the first document; the template is not used', async () => {
    const held = gate();
    lazyImports.templates = () => held.promise.then(original.templates);
    const page = place('<psw-role-document template="crisis"><test-doc-consumer></test-doc-consumer></psw-role-document>');
    const el = page.querySelector('psw-role-document') as PswRoleDocument;
    await settle();
    const given = setIn(createRoleDocument(), ['role', 'title'], 'Given by the page');
    el.value = given;
    expect(el.value).to.deep.equal(given);
    expect(el.canUndo).to.equal(false);
    held.open();
    await el.updateComplete;
    await settle();
    expect(el.value.role.title).to.equal('Given by the page');
    expect(el.value.context.setting).to.equal(undefined);
    expect(consumersIn(page)[0]!.jobTitle).to.equal('Given by the page');
  });

  it('restored work wins at once, without loading the templates', async () => {
    let asked = 0;
    lazyImports.templates = () => {
      asked++;
      return original.templates();
    };
    const saved = setIn(createRoleDocument(), ['role', 'title'], 'Saved earlier');
    localStorage.setItem('test:lazy', JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T11:00:00.000Z', tabId: 'tab-x', document: saved }));
    const page = place('<psw-role-document storage-key="test:lazy" template="crisis"></psw-role-document>');
    const el = page.querySelector('psw-role-document') as PswRoleDocument;
    expect(el.value).to.deep.equal(saved);
    expect(el.status.kind).to.equal('restored');
    await el.updateComplete;
    expect(asked).to.equal(0);
  });

  it('a template whose chunk cannot be loaded gives an empty draft, and the console says so', async () => {
    lazyImports.templates = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      const page = place('<psw-role-document template="crisis"></psw-role-document>');
      const el = page.querySelector('psw-role-document') as PswRoleDocument;
      await el.updateComplete;
      expect(el.value.duties).to.deep.equal([]);
      expect(el.value.context.setting).to.equal(undefined);
    } finally {
      console.error = error;
    }
    expect(String(logged[0]?.[0])).to.match(/template "crisis" could not be loaded/);
  });

  it('loadTemplateDocument gives a new document from a setting template, and refuses an unknown id', async () => {
    const doc = await loadTemplateDocument('perinatal');
    expect(doc.context.setting).to.equal('perinatal');
    expect(doc.duties.length).to.be.greaterThan(0);
    expect((await loadTemplateDocument('perinatal')).id).to.not.equal(doc.id);
    let refused: unknown;
    await loadTemplateDocument('no-such-setting' as never).catch((e: unknown) => (refused = e));
    expect(refused).to.be.instanceOf(TypeError);
  });
});

describe('providers once the assessment engine is loaded', () => {
  afterEach(() => {
    container?.remove();
    container = undefined;
    resetPage();
  });

  it('provide the real assessment in their first snapshot, and no extra snapshot for it', async () => {
    await loadAssessmentEngine();
    const page = place('<psw-role-document><test-doc-consumer></test-doc-consumer></psw-role-document>');
    const el = page.querySelector('psw-role-document') as PswRoleDocument;
    const first = el.snapshot;
    expect(first.assessment.pending).to.equal(undefined);
    await el.updateComplete;
    await settle();
    expect(el.snapshot).to.equal(first, 'nothing new to provide');
  });
});
