/**
 * Helpers for the boundary checklist tests: find things the way a person does (by heading and
 * visible label), act on them like a person (click, type), and a document provider whose findings a
 * test chooses, so findings in place can be tested whatever rules the assessment has.
 */
import { ContextProvider } from '@lit/context';
import { html } from 'lit';
import { PswElement } from '../../../components/base/psw-element.js';
import { documentContext, type DocumentSnapshot } from '../../../components/document-runtime/document-context.js';
import type { PswBoundaryChecklist } from '../../../components/boundary-checklist/boundary-checklist.component.js';
import type { Assessment, Finding } from '../../../src/assess/types.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { Boundary, RoleDocument } from '../../../src/model/schema.js';
import { createDocumentStore, type DocumentStore } from '../../../src/store/store.js';
import '../../../components/role-document/role-document.js';
import '../../../components/boundary-checklist/boundary-checklist.js';

export const root = (el: PswBoundaryChecklist) => el.shadowRoot!;

/** The card (or read-only section) of a catalogue topic id, or of a custom topic by its heading. */
export function card(el: PswBoundaryChecklist, topicOrHeading: string): HTMLElement {
  const byTopic = root(el).querySelector<HTMLElement>(`[part~="topic"][data-topic="${topicOrHeading}"]`);
  if (byTopic) return byTopic;
  const found = [...root(el).querySelectorAll<HTMLElement>('[part~="topic"]')].find(
    (c) => c.querySelector('[part~="topic-heading"]')?.textContent?.trim() === topicOrHeading,
  );
  if (!found) throw new Error(`no topic card "${topicOrHeading}"`);
  return found;
}

export const cards = (el: PswBoundaryChecklist) => [...root(el).querySelectorAll<HTMLElement>('[part~="topic"]')];

export const headingOf = (c: HTMLElement) => c.querySelector('[part~="topic-heading"]')!.textContent!.trim();

/** The radio button whose visible label is `label`, in a card (first match; legends disambiguate). */
export function radio(c: HTMLElement, label: string, legend?: string): HTMLInputElement {
  const scope = legend
    ? [...c.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim() === legend)
    : c;
  const l = [...(scope ?? c).querySelectorAll('label.choice')].find((x) => x.textContent?.trim() === label);
  const input = l?.querySelector<HTMLInputElement>('input[type=radio]');
  if (!input) throw new Error(`no radio "${label}"`);
  return input;
}

/** The text field (input or textarea) whose visible label is `label`, or null. */
export function maybeControl(c: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement | null {
  const l = [...c.querySelectorAll('label')].find((x) => !x.classList.contains('choice') && x.textContent?.trim() === label);
  return (l?.control as HTMLInputElement | HTMLTextAreaElement | null) ?? null;
}

export function control(c: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = maybeControl(c, label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  return found;
}

/** Types into a field the way the browser reports it (one input event with the new value). */
export async function type(el: PswBoundaryChecklist, field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: PswBoundaryChecklist, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

export const button = (scope: ParentNode, text: string) => {
  const b = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((x) => x.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};

export const progressText = (el: PswBoundaryChecklist) =>
  root(el).querySelector('[part~="progress"] .progress-text')!.textContent!.replace(/\s+/g, ' ').trim();

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export const boundary = (doc: RoleDocument, topic: string) => doc.boundaries.find((b) => b.topic === topic);

/** A document with the given boundaries (ids as given). */
export function docWith(boundaries: Boundary[]): RoleDocument {
  return { ...createRoleDocument(), boundaries };
}

const emptyAssessment = (findings: Finding[]): Assessment =>
  ({
    findings,
    balance: { core: 0, flexible: 0, excluded: 0, unallocated: 100, total: 0, overAllocated: false, flexibleWithoutBounds: 0, flexibleWithoutReview: 0, verdict: 'unknown' },
    themes: { T1: { score: 0, addressedBy: [] }, T2: { score: 0, addressedBy: [] }, T3: { score: 0, addressedBy: [] }, T4: { score: 0, addressedBy: [] }, T5: { score: 0, addressedBy: [] } },
    readiness: 'incomplete',
    banding: { ready: false, missing: [] },
  }) as Assessment;

/**
 * A document provider whose assessment is what the test says (`findingsOf(doc)`), with a real store
 * behind it: the checklist cannot tell it from `<psw-role-document>`.
 */
export class TestFindingsProvider extends PswElement {
  store: DocumentStore = createDocumentStore({ initial: createRoleDocument() });
  findingsOf: (doc: RoleDocument) => Finding[] = () => [];
  private readonly provider = new ContextProvider(this, { context: documentContext });

  start(doc: RoleDocument, findingsOf: (doc: RoleDocument) => Finding[]) {
    this.store = createDocumentStore({ initial: doc });
    this.findingsOf = findingsOf;
    this.store.subscribe(() => this.publish());
    this.publish();
  }

  private publish() {
    const store = this.store;
    const document = store.get();
    const snapshot: DocumentSnapshot = {
      document,
      assessment: emptyAssessment(this.findingsOf(document)),
      readonly: false,
      canUndo: store.canUndo,
      canRedo: store.canRedo,
      status: { kind: 'memory-only', message: '' },
      edit: (recipe, options) => store.edit(recipe, options),
      replace: (next, options) => store.replace(next, options),
      undo: () => store.undo(),
      redo: () => store.redo(),
    };
    this.provider.setValue(snapshot);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
TestFindingsProvider.define('test-findings-provider');

declare global {
  interface HTMLElementTagNameMap {
    'test-findings-provider': TestFindingsProvider;
  }
}

export function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'message'>): Finding {
  return { severity: 'warning', themes: ['T1'], basis: 'evidence', sources: ['S24'], fix: 'Do this.', ...partial };
}
