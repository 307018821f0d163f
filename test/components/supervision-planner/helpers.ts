/**
 * Helpers for driving <psw-supervision-planner> through its real UI: find controls by their visible
 * label (the accessible name), type, pick, tick, click buttons by their text.
 */
import { ContextProvider } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import type { Assessment, Finding } from '../../../src/assess/types.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { documentContext, type DocumentSnapshot } from '../../../components/document-runtime/document-context.js';
import type { PswSupervisionPlanner } from '../../../components/supervision-planner/supervision-planner.component.js';
import '../../../components/role-document/role-document.js';
import '../../../components/supervision-planner/supervision-planner.js';

export { resetPage } from '../document-runtime/fixtures.js';

export type Root = ParentNode & { querySelectorAll: Element['querySelectorAll'] };

export const shadow = (el: PswSupervisionPlanner) => el.shadowRoot!;

/** The control whose visible label reads exactly `text`, inside `scope`. */
export function control<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, text: string): T {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!label?.control) throw new Error(`no control labelled “${text}”`);
  return label.control as unknown as T;
}

/** A button's name as assistive technology reads it: its text without aria-hidden parts. */
export function buttonName(b: HTMLButtonElement): string {
  const copy = b.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** The button whose accessible name reads `text` (visually hidden parts included), inside `scope`. */
export function button(scope: ParentNode, text: string | RegExp): HTMLButtonElement {
  const b = [...scope.querySelectorAll('button')].find((x) => {
    const s = buttonName(x);
    return typeof text === 'string' ? s === text : text.test(s);
  });
  if (!b) throw new Error(`no button “${String(text)}”`);
  return b;
}

export async function type(el: PswSupervisionPlanner, input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function pick(el: PswSupervisionPlanner, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function click(el: PswSupervisionPlanner, target: HTMLElement) {
  target.click();
  await el.updateComplete;
  // Focus moves after the next render (add, remove, move).
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
}

/** The card of the arrangement or training item with `id`. */
export function item(el: PswSupervisionPlanner, id: string): HTMLElement {
  const li = shadow(el).querySelector<HTMLElement>(`[data-item-id="${id}"]`);
  if (!li) throw new Error(`no item ${id}`);
  return li;
}

export function section(el: PswSupervisionPlanner, part: string): HTMLElement {
  return shadow(el).querySelector<HTMLElement>(`[part="${part}"]`)!;
}

/** The year table as rows of cell texts: [row header, Jan … Dec, Year]. */
export function tableRows(el: PswSupervisionPlanner, where: 'tbody' | 'tfoot' = 'tbody'): string[][] {
  const table = shadow(el).querySelector('table.year-table');
  if (!table) throw new Error('the year table is not shown');
  return [...table.querySelectorAll(`${where} tr`)].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
}

export const activeIn = (el: PswSupervisionPlanner) => shadow(el).activeElement as HTMLElement | null;

/** A document with what the tests need, built as a user of the API would (not through the UI). */
export function docWith(patch: (d: RoleDocument) => RoleDocument): RoleDocument {
  return patch(createRoleDocument());
}

/**
 * A provider with a fixed snapshot and the findings we give it, so the planner can be checked
 * with findings in place whatever the assessment rules say today.
 */
export class FakeProvider extends LitElement {
  private provider = new ContextProvider(this, { context: documentContext });
  set snapshot(value: DocumentSnapshot) {
    this.provider.setValue(value);
  }
  override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('test-fake-provider', FakeProvider);

export function fakeSnapshot(document: RoleDocument, findings: Finding[], readonly = false): DocumentSnapshot {
  const assessment = { findings } as unknown as Assessment;
  const refused = { ok: false as const, issues: [{ path: '', message: 'fixed test document' }] };
  return {
    document, assessment, readonly, canUndo: false, canRedo: false,
    status: { kind: 'memory-only', message: '' },
    edit: () => refused, replace: () => refused, undo: () => false, redo: () => false,
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'test-fake-provider': FakeProvider;
  }
}

/** An element in words, for assertion messages (chai hangs formatting DOM nodes). */
export function describeEl(e: Element | null | undefined): string {
  if (!e) return 'nothing';
  const h = e as HTMLElement;
  return `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${h.dataset?.itemId ? ` item=${h.dataset.itemId}` : ''}${h.dataset?.action ? ` action=${h.dataset.action}` : ''}> “${(e.textContent ?? '').trim().slice(0, 40)}”`;
}

/** Asserts that `target` has focus inside the planner. */
export function expectFocus(el: PswSupervisionPlanner, target: Element | null, message = ''): void {
  const active = activeIn(el);
  if (active !== target) throw new Error(`${message ? `${message}: ` : ''}focus is on ${describeEl(active)}, expected ${describeEl(target)}`);
}

/** Asserts two nodes are the same, without chai formatting DOM nodes. */
export function expectSame(actual: unknown, expected: unknown, message = 'not the same node'): void {
  if (actual !== expected) throw new Error(`${message}: ${describeEl(actual as Element)} vs ${describeEl(expected as Element)}`);
}
