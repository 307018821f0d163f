/**
 * Test helpers for the shared document: a tiny consumer element (the real editors do not exist
 * yet), and a way to start each test with no page-level document and clean storage.
 */
import { html } from 'lit';
import { PswElement } from '../../../components/base/psw-element.js';
import { DocumentController } from '../../../components/document-runtime/document-controller.js';
import { documentStatusStyles } from '../../../components/document-runtime/document-status.js';
import { getPageDocument, PAGE_DOCUMENT_KEY } from '../../../components/document-runtime/page-document.js';
import { setIn } from '../../../src/store/ops.js';
import '../../../components/role-document/role-document.js';

/** A consumer with one text field bound to role.title, the way the editors bind their fields. */
export class TestConsumer extends PswElement {
  static override styles = [PswElement.styles, documentStatusStyles];
  readonly doc = new DocumentController(this);
  renders = 0;
  get jobTitle(): string | undefined {
    return this.doc.document?.role.title;
  }
  setTitle(value: string) {
    return this.doc.edit((d) => setIn(d, ['role', 'title'], value), { coalesceKey: 'role.title', label: 'Job title' });
  }
  override render() {
    this.renders++;
    const d = this.doc.document;
    return html`${this.doc.renderStatus()}
      <label for="t">Job title</label>
      <input
        id="t"
        .value=${d?.role.title ?? ''}
        @input=${(e: Event) => this.setTitle((e.target as HTMLInputElement).value)}
      />`;
  }
}
TestConsumer.define('test-doc-consumer');

declare global {
  interface HTMLElementTagNameMap {
    'test-doc-consumer': TestConsumer;
  }
}

/** Removes the page-level document (its provider on body included) and clears our storage keys. */
export function resetPage(): void {
  getPageDocument()?.dispose();
  delete (globalThis as unknown as Record<symbol, unknown>)[PAGE_DOCUMENT_KEY];
  for (const key of Object.keys(localStorage)) if (key.startsWith('psw-role-kit') || key.startsWith('test:')) localStorage.removeItem(key);
}

export const consumersIn = (root: ParentNode) => [...root.querySelectorAll<TestConsumer>('test-doc-consumer')];

/** Appends test markup (never user data) in a container on the page and waits for the elements. */
export async function mount(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  for (const el of container.querySelectorAll<TestConsumer>('test-doc-consumer')) await el.updateComplete;
  return container;
}
