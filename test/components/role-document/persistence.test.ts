// Autosave with storage-key, in the browser: reload restores exactly (simulated by removing and
// re-creating the element; a real reload is in test/e2e/persistence.test.mjs), unreadable data is
// kept aside and reported, a full or unusable storage is reported while work goes on, another tab's
// save is offered instead of being overwritten, and the page-level document autosaves by path.
import { expect } from '@open-wc/testing';
import { mount, resetPage, consumersIn, TestConsumer } from '../document-runtime/fixtures.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { ensurePageDocument, pageAutosaveKey } from '../../../components/document-runtime/page-document.js';
import { AUTOSAVE_FORMAT } from '../../../src/store/persistence.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { setIn } from '../../../src/store/ops.js';
import type { RoleDocument } from '../../../src/model/schema.js';

const KEY = 'test:role';
let container: HTMLElement | undefined;

async function open(key = KEY, extra = '') {
  container?.remove();
  container = await mount(`<psw-role-document storage-key="${key}" ${extra}><test-doc-consumer></test-doc-consumer></psw-role-document>`);
  const el = container.querySelector('psw-role-document') as PswRoleDocument;
  const consumer = consumersIn(container)[0]!;
  return { el, consumer };
}
/** Leaves the page the way a browser does before unloading: autosave flushes on pagehide. */
const pagehide = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));
const stored = (key = KEY) => JSON.parse(localStorage.getItem(key)!);
const envelope = (document: RoleDocument, tabId: string) =>
  JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: '2026-01-05T11:00:00.000Z', tabId, document });
const otherTabSaves = (document: RoleDocument, key = KEY) => {
  const newValue = envelope(document, 'tab-other');
  localStorage.setItem(key, newValue); // what the other tab wrote (this tab gets no event for its own writes)
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
};

function stubStorage(method: 'setItem' | 'getItem', error: DOMException) {
  const original = Storage.prototype[method];
  (Storage.prototype as unknown as Record<string, unknown>)[method] = function () {
    throw error;
  };
  return () => {
    Storage.prototype[method] = original as never;
  };
}

describe('autosave (storage-key)', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    container = undefined;
    resetPage();
  });

  it('starts new, saves after changes, and restores exactly after a reload', async () => {
    const { el, consumer } = await open();
    expect(el.status.kind).to.equal('new');
    consumer.setTitle('Peer support worker');
    expect(el.status.kind).to.equal('saving');
    pagehide();
    expect(el.status.kind).to.equal('saved');
    const saved = stored();
    expect(saved).to.include({ format: AUTOSAVE_FORMAT, version: 1 });
    expect(saved.tabId).to.be.a('string');
    expect(saved.document).to.deep.equal(el.value);
    const before = el.value;

    const reopened = await open();
    expect(reopened.el.value).to.deep.equal(before);
    expect(reopened.consumer.jobTitle).to.equal('Peer support worker');
    expect(reopened.el.status.kind).to.equal('restored');
    expect(reopened.el.status.message).to.match(/brought back/);
    await reopened.consumer.updateComplete;
    expect(reopened.consumer.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/brought back/);
  });

  it('saves when the element leaves the page, and when the page is hidden', async () => {
    const { el, consumer } = await open();
    consumer.setTitle('A');
    el.remove();
    expect(stored().document.role.title).to.equal('A');
    const again = await open();
    again.consumer.setTitle('B');
    const state = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', state);
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    expect(stored().document.role.title).to.equal('B');
  });

  it('restored work wins over the template; a value set later replaces it as one undo step', async () => {
    const doc = setIn(createRoleDocument(), ['role', 'title'], 'Mine');
    localStorage.setItem(KEY, envelope(doc, 'tab-old'));
    const { el } = await open(KEY, 'template="crisis"');
    expect(el.value).to.deep.equal(doc);
    el.value = setIn(createRoleDocument(), ['role', 'title'], 'From the server');
    expect(el.value.role.title).to.equal('From the server');
    el.undo();
    expect(el.value.role.title).to.equal('Mine');
  });

  it('keeps unreadable saved data aside, tells the user in plain words, and saves new work', async () => {
    localStorage.setItem(KEY, '{"format":"psw-role-kit/autosave","version":1,"document":{"kind":"psw-role-doc');
    const { el, consumer } = await open();
    expect(el.status.kind).to.equal('kept-aside');
    expect(el.status.message).to.match(/could not be read/);
    expect(el.status.message).to.match(/not deleted/);
    const backupKey = el.status.backupKey!;
    expect(backupKey.startsWith(`${KEY}:backup:`)).to.equal(true);
    expect(localStorage.getItem(backupKey)).to.contain('psw-role-doc');
    await consumer.updateComplete;
    const line = consumer.shadowRoot!.querySelector('.psw-document-status')!;
    expect(line.getAttribute('data-attention')).to.equal('true');
    expect(line.textContent).to.match(/set aside/);
    await expect(consumer).to.be.accessible();
    consumer.setTitle('Fresh');
    pagehide();
    expect(stored().document.role.title).to.equal('Fresh');
    expect(el.status.kind).to.equal('kept-aside', 'the notice stays for the session');
    expect(localStorage.getItem(backupKey)).to.contain('psw-role-doc');
  });

  it('saves and restores on a page whose script gave every array a toJSON (as Prototype.js 1.6 does)', async () => {
    const arrays = Array.prototype as unknown as { toJSON?: () => string };
    arrays.toJSON = function (this: unknown[]) { return `[${this.map((x) => JSON.stringify(x)).join(', ')}]`; };
    try {
      const { el, consumer } = await open();
      consumer.setTitle('Peer support worker');
      pagehide();
      const before = el.value;
      const reopened = await open();
      expect(reopened.el.status.kind).to.equal('restored');
      expect(reopened.el.value).to.deep.equal(before);
    } finally {
      delete arrays.toJSON;
    }
  });

  it('keeps a document from a newer version aside instead of overwriting it', async () => {
    const newer = JSON.stringify({ format: AUTOSAVE_FORMAT, version: 1, savedAt: 'x', tabId: 't', document: { ...createRoleDocument(), schemaVersion: 99 } });
    localStorage.setItem(KEY, newer);
    const { el } = await open();
    expect(el.status.kind).to.equal('kept-aside');
    expect(localStorage.getItem(el.status.backupKey!)).to.equal(newer);
  });

  it('reports a full storage and carries on in memory', async () => {
    const { el, consumer } = await open();
    const restore = stubStorage('setItem', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      expect(consumer.setTitle('Still works').ok).to.equal(true);
      pagehide();
    } finally {
      restore();
    }
    expect(el.status.kind).to.equal('storage-error');
    expect(el.status.reason).to.equal('quota');
    expect(el.status.message).to.match(/no room left/);
    expect(consumer.jobTitle).to.equal('Still works');
    await consumer.updateComplete;
    await expect(consumer).to.be.accessible();
    consumer.setTitle('Saved again');
    pagehide();
    expect(el.status.kind).to.equal('saved');
    expect(stored().document.role.title).to.equal('Saved again');
  });

  it('reports storage that cannot be used at all (disabled, private mode)', async () => {
    const restoreGet = stubStorage('getItem', new DOMException('The operation is insecure.', 'SecurityError'));
    const restoreSet = stubStorage('setItem', new DOMException('The operation is insecure.', 'SecurityError'));
    try {
      const { el, consumer } = await open();
      expect(el.status.kind).to.equal('storage-error');
      expect(el.status.reason).to.equal('unavailable');
      expect(el.status.message).to.match(/not letting the page save/);
      expect(consumer.setTitle('In memory').ok).to.equal(true);
      pagehide();
      expect(el.value.role.title).to.equal('In memory');
    } finally {
      restoreGet();
      restoreSet();
    }
  });

  describe('another tab', () => {
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };

    it('takes the other tab’s version at once when this tab has nothing of its own unsaved', async () => {
      const { el, consumer } = await open();
      consumer.setTitle('Mine');
      pagehide();
      const theirs = setIn(el.value, ['role', 'title'], 'Theirs');
      otherTabSaves(theirs);
      expect(el.value.role.title).to.equal('Theirs');
      expect(el.status.kind).to.equal('saved');
      expect(leaving(), 'nothing to lose: the page leaves without a question').to.equal(false);
      consumer.setTitle('Theirs, then mine');
      pagehide();
      expect(stored().document.role.title).to.equal('Theirs, then mine');
    });

    it('says the role changed elsewhere while this tab has unsaved work, stops saving, and loads theirs when asked', async () => {
      const { el, consumer } = await open();
      consumer.setTitle('Mine');
      const theirs = setIn(el.value, ['role', 'title'], 'Theirs');
      otherTabSaves(theirs);
      expect(el.status.kind).to.equal('other-tab');
      expect(el.status.message).to.match(/another tab/);
      expect(el.snapshot.resolveOtherTab).to.be.a('function');
      expect(leaving(), 'the browser asks before the page goes with the question open').to.equal(true);

      consumer.setTitle('Mine, edited meanwhile');
      pagehide();
      expect(stored().document.role.title).to.equal('Theirs', 'this tab does not overwrite the other tab');

      await consumer.updateComplete;
      const buttons = [...consumer.shadowRoot!.querySelectorAll('button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(["Load the other tab's version", 'Keep mine']);
      await expect(consumer).to.be.accessible();
      let changes = 0;
      consumer.addEventListener('psw-change', () => changes++);
      buttons[0]!.click();
      expect(el.value).to.deep.equal(theirs);
      expect(el.status.kind).to.equal('saved');
      expect(changes).to.equal(1, 'loading their version is a user change');
      el.undo();
      expect(el.value.role.title).to.equal('Mine, edited meanwhile', 'my version is one undo step away');
    });

    it('keeps mine when asked, writing it over theirs', async () => {
      const { el, consumer } = await open();
      consumer.setTitle('Mine');
      otherTabSaves(setIn(el.value, ['role', 'title'], 'Theirs'));
      await consumer.updateComplete;
      consumer.shadowRoot!.querySelectorAll('button')[1]!.click();
      expect(el.value.role.title).to.equal('Mine');
      expect(stored().document.role.title).to.equal('Mine');
      expect(stored().tabId).to.not.equal('tab-other');
      expect(el.status.kind).to.equal('saved');
    });

    it('ignores other keys, sessionStorage, and a version equal to its own', async () => {
      const { el, consumer } = await open();
      consumer.setTitle('Same');
      pagehide();
      window.dispatchEvent(new StorageEvent('storage', { key: 'test:other', newValue: envelope(el.value, 'tab-other'), storageArea: localStorage }));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: envelope(setIn(el.value, ['role', 'title'], 'x'), 'tab-other'), storageArea: sessionStorage }));
      otherTabSaves(el.value);
      expect(el.status.kind).to.equal('saved');
    });
  });

  it('warns when two documents on one page autosave under the same key', async () => {
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (m: string) => warned.push(m);
    try {
      container = await mount(`<psw-role-document storage-key="${KEY}"></psw-role-document><psw-role-document storage-key="${KEY}"></psw-role-document><psw-role-document storage-key="test:own"></psw-role-document>`);
    } finally {
      console.warn = warn;
    }
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain(`"${KEY}"`);
  });

  it('moves autosave when storage-key changes, and stops it when removed', async () => {
    const { el, consumer } = await open();
    consumer.setTitle('Keyed');
    el.storageKey = 'test:second';
    await el.updateComplete;
    expect(stored('test:second').document.role.title).to.equal('Keyed');
    localStorage.setItem('test:third', envelope(setIn(el.value, ['role', 'title'], 'Third'), 't3'));
    el.storageKey = 'test:third';
    await el.updateComplete;
    expect(el.value.role.title).to.equal('Third');
    el.undo();
    expect(el.value.role.title).to.equal('Keyed');
    el.removeAttribute('storage-key');
    await el.updateComplete;
    expect(el.status.kind).to.equal('memory-only');
  });
});

describe('page-level document autosave', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    container = undefined;
    document.head.querySelector('meta[name="psw-role-kit-autosave"]')?.remove();
    resetPage();
  });

  it('autosaves loose elements under a key derived from the page path, and restores it', async () => {
    const key = pageAutosaveKey();
    expect(key).to.equal(`psw-role-kit:page:${location.pathname}`);
    container = await mount('<test-doc-consumer></test-doc-consumer>');
    const page = ensurePageDocument()!;
    expect(page.storageKey).to.equal(key);
    consumersIn(container)[0]!.setTitle('On the page');
    pagehide();
    expect(stored(key).document.role.title).to.equal('On the page');

    // A "reload": a fresh page document reads it back.
    container.remove();
    page.dispose();
    container = await mount('<test-doc-consumer></test-doc-consumer>');
    const c = consumersIn(container)[0] as TestConsumer;
    expect(c.jobTitle).to.equal('On the page');
    expect(c.doc.status!.kind).to.equal('restored');
    expect(ensurePageDocument()!.undo()).to.equal(false);
  });

  it('can be switched off with <meta name="psw-role-kit-autosave" content="off">', async () => {
    const meta = document.createElement('meta');
    meta.name = 'psw-role-kit-autosave';
    meta.content = 'off';
    document.head.append(meta);
    expect(pageAutosaveKey()).to.equal(undefined);
    container = await mount('<test-doc-consumer></test-doc-consumer>');
    const c = consumersIn(container)[0]!;
    expect(c.doc.status!.kind).to.equal('memory-only');
    c.setTitle('Not saved');
    pagehide();
    expect(localStorage.getItem(`psw-role-kit:page:${location.pathname}`)).to.equal(null);
    const page = ensurePageDocument()!;
    expect(page.load('nonsense').ok).to.equal(false);
    expect(page.load(setIn(page.value, ['role', 'title'], 'Loaded')).ok).to.equal(true);
    expect(c.jobTitle).to.equal('Loaded');
    expect(page.undo()).to.equal(true);
    expect(page.redo()).to.equal(true);
    expect(page.version).to.match(/^\d+\.\d+\.\d+/);
  });
});
