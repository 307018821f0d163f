import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../components/organisation-editor/organisation-editor.js';
import type { PswOrganisationEditor } from '../../../components/organisation-editor/organisation-editor.component.js';
import type { OrganisationProfile } from '../../../src/organisation/schema.js';

/** A complete valid profile (the demo trust's, trimmed). */
export function sampleProfile(): OrganisationProfile {
  return {
    kind: 'psw-organisation-profile', schemaVersion: 1, id: 'org-sample', asOf: '2026-11-30',
    organisation: { name: 'Riverdale and Ashby NHS Foundation Trust', nation: 'england', employerType: 'nhs-trust', jobReferencePrefix: 'RAT-PSW-' },
    facts: { peerLeadInOrganisation: true, peerOnPanel: false, peerSupervision: { providerRole: 'Peer lead', frequency: { count: 1, per: 'month' } } },
    pay: { scheme: 'agenda-for-change' },
    policy: { minCoreDuties: 4 },
    templates: {},
    jobDescription: {
      aboutUs: 'We are a trust.',
      standardClauses: [
        { id: 'c-a', title: 'Equality', text: 'Equality text.' },
        { id: 'c-b', title: 'Safeguarding', text: 'Safeguarding text.' },
        { id: 'c-c', title: 'No smoking', text: 'Smoke free.' },
      ],
    },
    extensions: {},
  };
}

export async function mount(o: { value?: unknown; storageKey?: string } = {}): Promise<PswOrganisationEditor> {
  const el = await fixture<PswOrganisationEditor>(html`<psw-organisation-editor storage-key=${ifDefined(o.storageKey)}></psw-organisation-editor>`);
  if (o.value !== undefined) el.value = o.value as OrganisationProfile;
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: PswOrganisationEditor, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** Types into a text field as a person does (value, then input). */
export async function type(el: PswOrganisationEditor, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks a radio or checkbox (the browser sets checked and fires change). */
export async function click(el: PswOrganisationEditor, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

/** Chooses a file in a file input the way a browser does (files set, then change). */
export function choose(el: PswOrganisationEditor, selector: string, file: File): void {
  const input = $<HTMLInputElement>(el, selector);
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
