import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../util/wait.js';
import '../../../components/role-library/role-library.js';
import type { PswRoleLibrary } from '../../../components/role-library/role-library.component.js';
import { IdbRoleStore } from '../../../src/store/idb-role-store.js';
import { createBlankDocument } from '../../../src/model/blank.js';
import type { RoleStore } from '../../../src/store/role-store.js';
import { resetPage } from '../document-runtime/fixtures.js';

/**
 * An IndexedDB store whose next list() answers only when `release` is called, with what it read
 * then; `read` resolves once that list has read the store.
 */
function holdingStore(name: string) {
  const inner = new IdbRoleStore({ name });
  let hold: Promise<void> | undefined;
  let release = () => {};
  let hasRead = () => {};
  let read = Promise.resolve();
  const store = new Proxy(inner, {
    get(target, key, receiver) {
      if (key !== 'list') {
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return async (...args: Parameters<RoleStore['list']>) => {
        const waitFor = hold;
        hold = undefined;
        const answer = await target.list(...args);
        if (waitFor) {
          hasRead();
          await waitFor;
        }
        return answer;
      };
    },
  });
  return {
    inner,
    store: store as RoleStore,
    holdNextList: () => {
      hold = new Promise<void>((r) => { release = r; });
      read = new Promise<void>((r) => { hasRead = r; });
    },
    read: () => read,
    release: () => release(),
  };
}

describe('<psw-role-library> reads that overlap', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('an older read that finishes last does not bring back a role deleted since', async () => {
    const s = holdingStore(`wtr-library-overlap-${Date.now()}`);
    const doc = createBlankDocument();
    const put = await s.inner.put({ ...doc, role: { ...doc.role, title: 'Ward Peer Worker' } }, { baseRevision: null });
    if (!put.ok) throw new Error('seeding failed');
    const wrap = await fixture<HTMLElement>(html`<div><psw-role-library .store=${s.store}></psw-role-library></div>`);
    const el = wrap.querySelector<PswRoleLibrary>('psw-role-library')!;
    await waitUntil(() => el.items?.length === 1, 'the list is read');

    s.holdNextList();
    const older = el.refresh(); // reads one role, answers late
    await s.read();
    await s.inner.remove(doc.id, { baseRevision: put.value.revision });
    await el.refresh(); // reads no role, answers first
    expect(el.items).to.deep.equal([]);
    s.release();
    await older;
    await el.updateComplete;
    expect(el.items, 'the late answer is dropped').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(0);
    s.inner.close();
  });
});
