/**
 * Helpers for the builder's browser tests: mount it in a wrapper (or loose), find controls the way a
 * person does (by their visible label or button text), type and click like a user, and a provider
 * with a chosen assessment (findings and balance) for the "findings in place" tests.
 */
import { html, LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { fixture, oneEvent } from '@open-wc/testing';
import type { Assessment, Finding } from '../../../src/assess/types.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { createDocumentStore } from '../../../src/store/store.js';
import { documentContext, type DocumentSnapshot } from '../../../components/document-runtime/document-context.js';
import { PswRoleBuilder } from '../../../components/role-builder/role-builder.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import '../../../components/role-document/role-document.js';
import '../../../components/role-builder/role-builder.js';

export { resetPage } from '../document-runtime/fixtures.js';

export async function mountInWrapper(value?: RoleDocument, attrs = ''): Promise<{ wrapper: PswRoleDocument; builder: PswRoleBuilder }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // Test markup only (no user data).
  container.innerHTML = `<psw-role-document ${attrs}><psw-role-builder></psw-role-builder></psw-role-document>`;
  const wrapper = container.querySelector('psw-role-document')!;
  if (value) wrapper.value = value;
  const builder = container.querySelector('psw-role-builder')!;
  await builder.updateComplete;
  return { wrapper, builder };
}

export const root = (el: Element) => (el as LitElement).shadowRoot!;

/** Waits for the builder (and whatever it queued) to render. */
export async function settle(el: PswRoleBuilder): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** The control whose <label> (or legend) text is `label`, optionally inside `scope`. */
export function field<T extends HTMLElement = HTMLInputElement>(el: Element, label: string, scope?: ParentNode): T {
  const labels = [...(scope ?? root(el)).querySelectorAll('label')].filter((l) => l.textContent!.trim() === label);
  if (!labels.length) throw new Error(`no field labelled "${label}"`);
  const control = (labels[0] as HTMLLabelElement).control;
  if (!control) throw new Error(`label "${label}" has no control`);
  return control as unknown as T;
}

/** The button whose accessible name (aria-label or text) is `name`. */
export function button(el: Element, name: string, scope?: ParentNode): HTMLButtonElement {
  const found = [...(scope ?? root(el)).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim().replace(/\s+/g, ' ')) === name,
  );
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

/** Opens a builder section by its heading button (left open when it already is). */
export async function openSection(builder: PswRoleBuilder, section: string): Promise<void> {
  const toggle = button(builder, section);
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await settle(builder);
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Types `text` key by key: an input event for each figure or letter, as a person's typing gives. */
export function typeKeys(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  for (let i = 1; i <= text.length; i++) {
    input.value = text.slice(0, i);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function check(input: HTMLInputElement, on = true): void {
  if (input.checked === on) return;
  input.click();
}

/** The card or row of the duty with this title. */
export function dutyCard(el: Element, title: string): HTMLElement {
  const card = [...root(el).querySelectorAll<HTMLElement>('[part="duty"]')].find((li) =>
    li.querySelector('.duty-heading, .line-title')?.textContent?.replace(/^\d+\.\s*/, '').trim() === title,
  );
  if (!card) throw new Error(`no duty titled "${title}"`);
  return card;
}

/** Opens the limits of a flexible duty's card the way a person does: a click on their summary. */
export async function openLimits(el: PswRoleBuilder, card: HTMLElement): Promise<void> {
  const details = card.querySelector<HTMLDetailsElement>('details.limits')!;
  if (!details.open) {
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
  }
  await settle(el);
}

export function collect(target: EventTarget, type: string): Event[] {
  const events: Event[] = [];
  target.addEventListener(type, (e) => events.push(e));
  return events;
}

/** The element focused inside the builder's shadow root. */
export const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

/**
 * A document provider whose assessment is chosen by the test (the findings and balance the builder
 * should place), backed by the real store so edits and undo work.
 */
export class TestAssessedDocument extends LitElement {
  assess: (doc: RoleDocument) => Partial<Assessment> = () => ({});
  readonly provider = new ContextProvider(this, { context: documentContext });
  private store?: ReturnType<typeof createDocumentStore>;

  start(doc: RoleDocument, assess: (doc: RoleDocument) => Partial<Assessment>, readonly = false): void {
    this.assess = assess;
    this.store = createDocumentStore({ initial: doc });
    this.store.subscribe(() => this.publish(readonly));
    this.publish(readonly);
  }

  get value(): RoleDocument {
    return this.store!.get();
  }

  private publish(readonly: boolean): void {
    const store = this.store!;
    const doc = store.get();
    const assessment = {
      findings: [], readiness: 'incomplete', banding: { ready: false, missing: [] },
      balance: { core: 0, flexible: 0, excluded: 0, unallocated: 100, overAllocated: false, flexibleWithoutBounds: 0, flexibleWithoutReview: 0, verdict: 'unknown' },
      themes: {}, ...this.assess(doc),
    } as Assessment;
    const snapshot: DocumentSnapshot = {
      document: doc, assessment, readonly, canUndo: store.canUndo, canRedo: store.canRedo,
      status: { kind: readonly ? 'readonly' : 'memory-only', message: '' },
      edit: (r, o) => store.edit(r, o), replace: (d, o) => store.replace(d, o), undo: () => store.undo(), redo: () => store.redo(),
    };
    this.provider.setValue(snapshot);
  }

  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('test-assessed-document', TestAssessedDocument);

export async function mountAssessed(
  doc: RoleDocument,
  assess: (doc: RoleDocument) => Partial<Assessment>,
  readonly = false,
): Promise<{ provider: TestAssessedDocument; builder: PswRoleBuilder }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const provider = document.createElement('test-assessed-document') as TestAssessedDocument;
  provider.start(doc, assess, readonly);
  container.append(provider);
  const builder = document.createElement('psw-role-builder');
  provider.append(builder);
  await builder.updateComplete;
  return { provider, builder };
}

export const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'T00', severity: 'warning', themes: ['T1'], basis: 'heuristic', sources: [], message: 'A check', fix: 'Fix it', ...over,
});

declare global {
  interface HTMLElementTagNameMap {
    'test-assessed-document': TestAssessedDocument;
  }
}
