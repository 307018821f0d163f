/**
 * Helpers for the designer's browser tests: mount it loose (page-level document) or in a wrapper,
 * reach the composed elements of a step, find controls the way a person does (visible labels,
 * button text) through the shadow roots, and wait for everything to render.
 */
import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { getPageDocument } from '../../../components/document-runtime/page-document.js';
import '../../../components/role-document/role-document.js';
import '../../../components/role-designer/role-designer.js';

export { resetPage } from '../document-runtime/fixtures.js';

export const root = (el: Element) => (el as LitElement).shadowRoot!;

/** The elements rendered inside the designer (the composed editors and views). */
const innerElements = (designer: PswRoleDesigner) =>
  [...root(designer).querySelectorAll('*')].filter((el): el is LitElement => 'updateComplete' in el);

/** Waits for the designer and every element in it (and what they queued) to render. */
export async function settle(designer: PswRoleDesigner): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await designer.updateComplete;
    await Promise.all(innerElements(designer).map((el) => el.updateComplete));
  }
}

export async function mountLoose(): Promise<PswRoleDesigner> {
  const container = await fixture<HTMLDivElement>(html`<div><psw-role-designer></psw-role-designer></div>`);
  const designer = container.querySelector('psw-role-designer')!;
  await settle(designer);
  return designer;
}

export async function mountInWrapper(value?: RoleDocument, attrs: { readonly?: boolean; step?: string } = {}): Promise<{ wrapper: PswRoleDocument; designer: PswRoleDesigner }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const wrapper = document.createElement('psw-role-document');
  // Set before connecting: the wrapper starts with it (no undo step).
  if (value) wrapper.value = value;
  if (attrs.readonly) wrapper.readonly = true;
  const designer = document.createElement('psw-role-designer');
  if (attrs.step) designer.setAttribute('step', attrs.step);
  wrapper.append(designer);
  container.append(wrapper);
  await settle(designer);
  return { wrapper, designer };
}

/** The page-level document's current role (for loose designers). */
export const pageValue = (): RoleDocument => getPageDocument()!.value;

/** The shown panel of the designer. */
export const currentPanel = (designer: PswRoleDesigner) => root(designer).querySelector<HTMLElement>('.panel')!;

/** An element of the shown step, e.g. part(designer, 'psw-role-builder'). */
export function inStep<K extends keyof HTMLElementTagNameMap>(designer: PswRoleDesigner, tag: K): HTMLElementTagNameMap[K] {
  const el = currentPanel(designer)?.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> in the shown step`);
  return el;
}

/** The control whose <label> text is `label` inside an element's shadow root (or `scope`). */
export function field<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, label: string): T {
  const labels = [...scope.querySelectorAll('label')].filter((l) => l.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!labels.length) throw new Error(`no field labelled "${label}"`);
  const control = (labels[0] as HTMLLabelElement).control;
  if (!control) throw new Error(`label "${label}" has no control`);
  return control as unknown as T;
}

/** The text of an element as read out: without what is aria-hidden. */
export function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(copy);
}

/** The button whose accessible name (aria-label or text) is `name`. */
export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? spoken(b)) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The step buttons of the navigation, by step id. */
export const stepButton = (designer: PswRoleDesigner, step: string) =>
  root(designer).querySelector<HTMLButtonElement>(`button.step[data-step="${step}"]`)!;

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element with focus, followed through shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The shadow host that contains `el` (the element it belongs to). */
export const hostOf = (el: Element | null) => ((el?.getRootNode() as ShadowRoot | undefined)?.host ?? null) as Element | null;

export function collect(target: EventTarget, type: string): Event[] {
  const events: Event[] = [];
  target.addEventListener(type, (e) => events.push(e));
  return events;
}


/** A short description of an element, for assertion messages (chai's DOM diffs can hang on big trees). */
export const describeEl = (el: Element | null) =>
  el ? `<${el.localName}${el.id ? `#${el.id}` : ''}> in <${hostOf(el)?.localName ?? 'document'}> “${text(el).slice(0, 40)}”` : 'nothing';

/** Asserts that `el` has focus (through shadow roots), without handing DOM nodes to chai. */
export function expectFocused(el: Element | null, message = ''): void {
  const active = deepActive();
  if (!el || active !== el) throw new Error(`${message ? `${message}: ` : ''}expected ${describeEl(el)} to have focus, but ${describeEl(active)} has it`);
}

/** Asserts that focus is inside the element with this tag name. */
export function expectFocusIn(tag: string, message = ''): void {
  const host = hostOf(deepActive())?.localName;
  if (host !== tag) throw new Error(`${message ? `${message}: ` : ''}expected focus in <${tag}>, but it is on ${describeEl(deepActive())}`);
}
