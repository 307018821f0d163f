/**
 * Generic helpers for the suites that must cover EVERY psw-* element (security, robustness,
 * accessibility): they learn which elements exist by recording what `components/define.ts` registers,
 * so an element merged later is covered with no change here. They walk shadow roots recursively, so
 * elements nested inside other elements (the designer) are covered too.
 *
 * Import this module BEFORE anything that registers elements (it wraps `customElements.define`
 * while the entry loads); `registeredTags()` falls back to probing known names otherwise.
 */
import type { LitElement } from 'lit';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { getPageDocument, PAGE_DOCUMENT_KEY } from '../../../components/document-runtime/page-document.js';
import { afterNextPaint } from './wait.js';

const recorded: string[] = [];
let loading: Promise<string[]> | undefined;

/** Names an element may have had before this module could record it (see the header). */
const KNOWN = ['psw-role-document', 'psw-role-builder', 'psw-boundary-checklist', 'psw-supervision-planner',
  'psw-role-insights', 'psw-job-description', 'psw-role-export', 'psw-role-designer', 'psw-organisation-editor'];

/** Loads the `define` entry (every element) and returns the psw-* tags it registered, in order. */
export function registeredTags(): Promise<string[]> {
  loading ??= (async () => {
    const registry = customElements;
    const define = registry.define.bind(registry);
    registry.define = (name: string, ctor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
      if (name.startsWith('psw-') && !recorded.includes(name)) recorded.push(name);
      define(name, ctor, options);
    };
    try {
      await import('../../../components/define.js');
    } finally {
      registry.define = define;
    }
    for (const name of KNOWN) if (registry.get(name) && !recorded.includes(name)) recorded.push(name);
    return [...recorded];
  })();
  return loading;
}

/** The tags placed inside a `<psw-role-document>` (every registered element but the wrapper). */
export async function consumerTags(): Promise<string[]> {
  return (await registeredTags()).filter((t) => t !== 'psw-role-document');
}

// ---------------------------------------------------------------------------------------------
// Walking the composed tree

/** One pass over the composed tree: every scope (the root, then each open shadow root) with its elements. */
export function composedScopes(root: ParentNode): { scope: ParentNode; elements: Element[] }[] {
  const out: { scope: ParentNode; elements: Element[] }[] = [];
  const visit = (scope: ParentNode) => {
    const elements = [...scope.querySelectorAll('*')];
    out.push({ scope, elements });
    for (const el of elements) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return out;
}

/** Every shadow root under `root` (open ones), depth first, nested ones included. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  return composedScopes(root).map((s) => s.scope).filter((s): s is ShadowRoot => s instanceof ShadowRoot);
}

/** Every psw-* element under `root`, in light DOM and in shadow roots. */
export function pswElements(root: ParentNode): LitElement[] {
  const out = new Set<LitElement>();
  if (root instanceof Element && root.localName.startsWith('psw-')) out.add(root as LitElement);
  for (const { elements } of composedScopes(root)) for (const el of elements) if (el.localName.startsWith('psw-')) out.add(el as LitElement);
  return [...out];
}

/** `querySelectorAll` across `root` and every shadow root under it. */
export function deepQuery<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  return composedScopes(root).flatMap(({ scope }) => [...scope.querySelectorAll<T>(selector)]);
}

/** The text a reader sees: the light DOM's text plus every shadow root's. */
export function deepText(root: ParentNode): string {
  return composedScopes(root).map(({ scope }) => scope.textContent ?? '').join('\n');
}

/**
 * Waits until every psw-* element under `root` has rendered (lazy chunks included: elements'
 * `updateComplete` awaits them) and no new element appeared in the meantime.
 */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const before = pswElements(root);
    await Promise.all(before.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
    const after = pswElements(root);
    const pending = after.some((el) => (el as unknown as { isUpdatePending: boolean }).isUpdatePending);
    if (!pending && after.length === before.length) return;
  }
}

/**
 * `settle` after typing: a view shows the assessment it showed before the typing until just after
 * the next paint (components/document-runtime/shown-assessment.ts), so this waits for that paint
 * too, and for the views that then render the current assessment. Without it, findings about the
 * text typed before can still be on screen.
 */
export async function settleAfterTyping(root: ParentNode): Promise<void> {
  await settle(root);
  await afterNextPaint();
  await settle(root);
}

/**
 * Opens everything a person can open (disclosure buttons, `<details>`), so the fields behind them
 * are covered too. Repeats, since opening one part may reveal another.
 */
export async function expandAll(root: ParentNode): Promise<void> {
  for (let round = 0; round < 6; round++) {
    const closed = deepQuery<HTMLButtonElement>(root, 'button[aria-expanded="false"]').filter((b) => !b.disabled);
    const details = deepQuery<HTMLDetailsElement>(root, 'details:not([open])');
    if (!closed.length && !details.length) return;
    for (const d of details) d.open = true;
    for (const b of closed) b.click();
    await settle(root);
  }
}

/** Input types that take free text. */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

/** Every enabled, editable free-text control (text inputs and textareas) in every shadow root under `root`. */
export function textFields(root: ParentNode): (HTMLInputElement | HTMLTextAreaElement)[] {
  return shadowRoots(root).flatMap((scope) =>
    [...scope.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter((f) =>
      !f.disabled && !f.readOnly && (f instanceof HTMLTextAreaElement || TEXT_TYPES.has((f.getAttribute('type') ?? '').toLowerCase()))),
  );
}

/** Types like the browser reports it: the new value, then one input event. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

/** The psw-* element whose shadow root holds `node`. */
export function ownerElement(node: Node): Element | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}

/**
 * Elements that hold a document of their own instead of editing the role document around them:
 * their fields change their own `value` (the organisation profile editor).
 */
export const OWN_VALUE_TAGS: ReadonlySet<string> = new Set(['psw-organisation-editor']);

/** What a field edits: the `value` of the own-value element it is in, else `fallback`'s (the role document wrapper). */
export function valueOwner<T extends { value: unknown }>(field: Node, fallback: T): { value: unknown } {
  const host = ownerElement(field);
  return host && OWN_VALUE_TAGS.has(host.localName) ? (host as unknown as { value: unknown }) : fallback;
}

/** The name a person would use for a control: its label's text, else its id. */
export function fieldName(field: Element): string {
  const labels = (field as HTMLInputElement).labels;
  const label = labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim();
  const host = ownerElement(field)?.localName ?? '?';
  return `${host} › ${label || field.id || field.localName}`;
}

// ---------------------------------------------------------------------------------------------
// Mounting

export interface MountOptions {
  /** A settings id for `<psw-role-document template>`. */
  template?: string;
  /** A document to load into the wrapper. */
  value?: RoleDocument;
  readonly?: boolean;
  /** Width of the container in CSS pixels. */
  width?: number;
}

/**
 * Every registered element inside one `<psw-role-document>`, in a container appended to the body
 * (not @open-wc's `fixture`, which is removed after each test: suites here share one mount across
 * tests). Resolves once all have rendered; the caller removes `container`.
 */
export async function mountAllInWrapper(options: MountOptions = {}): Promise<{ container: HTMLElement; wrapper: PswRoleDocument; tags: string[] }> {
  const tags = await consumerTags();
  const container = document.createElement('div');
  document.body.append(container);
  if (options.width) container.style.width = `${options.width}px`;
  const wrapper = document.createElement('psw-role-document');
  if (options.template) wrapper.setAttribute('template', options.template);
  if (options.value) wrapper.value = options.value;
  wrapper.readonly = !!options.readonly;
  for (const tag of tags) wrapper.append(document.createElement(tag));
  container.append(wrapper);
  await settle(container);
  return { container, wrapper, tags };
}

/** Removes the page-level document and our storage keys, so each test starts clean. */
export function resetPage(): void {
  getPageDocument()?.dispose();
  delete (globalThis as unknown as Record<symbol, unknown>)[PAGE_DOCUMENT_KEY];
  for (const key of Object.keys(localStorage)) if (key.startsWith('psw-role-kit')) localStorage.removeItem(key);
}
