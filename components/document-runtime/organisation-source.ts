/**
 * Where a document provider's organisation profile comes from: a value or JSON text the page gives
 * (`organisation` on <psw-role-document>, the page's `<script type="application/json"
 * id="psw-organisation">`), or a URL the page names (`organisation-src`). The reading itself
 * (`parseOrganisationProfile`, the fetch) is a lazy chunk, ./organisation-reader.ts. The last
 * profile supplied wins, even if an earlier one arrives later.
 *
 * A profile that is not valid, or cannot be fetched, is not used: the provider goes on without one
 * (the role keeps working, nothing is lost), its status says so, and `psw-organisation-error` is
 * dispatched from the host. A profile put in place dispatches `psw-organisation-load`.
 */
import { PswOrganisationErrorEvent, PswOrganisationLoadEvent } from '../base/events.js';
import { lazyImports } from './core-deps.js';
import type { ProfileOutcome } from './organisation-reader.js';
import type { SharedDocument } from './shared-document.js';

type Reader = typeof import('./organisation-reader.js');
const FETCHED = Symbol('fetched');

export class OrganisationSource {
  private seq = 0;
  /** The input last given (frameworks set the same value again on every render: not a change). */
  private lastInput: unknown = undefined;
  private latest: Promise<void> = Promise.resolve();
  private lastUrl?: string;

  constructor(
    private readonly host: HTMLElement,
    private readonly shared: () => SharedDocument,
  ) {}

  /**
   * Uses `input` (a profile object or its JSON text; null, undefined or '' for none). Resolves once
   * it is in place or refused.
   */
  set(input: unknown): Promise<void> {
    if (input === this.lastInput) return Promise.resolve();
    this.lastInput = input;
    return this.run(input === undefined || input === null || input === '' ? undefined : (r) => r.readProfile(input));
  }

  /**
   * Fetches the profile at `url` (resolved against the page) and uses it. Resolves once it is in
   * place or refused. The same URL again, while it is the last input, is the same fetch.
   */
  fetch(url: string): Promise<void> {
    if (this.lastInput === FETCHED && this.lastUrl === url) return this.latest;
    this.lastInput = FETCHED;
    this.lastUrl = url;
    return this.run((r) => r.fetchProfile(url, this.host.ownerDocument.baseURI));
  }

  /** Resolves once the profile last supplied is in place or refused (at once when none was). */
  get settled(): Promise<void> {
    return this.latest;
  }

  private run(read?: (reader: Reader) => ProfileOutcome | Promise<ProfileOutcome>): Promise<void> {
    return (this.latest = this.read(read));
  }

  private async read(read?: (reader: Reader) => ProfileOutcome | Promise<ProfileOutcome>): Promise<void> {
    const seq = ++this.seq;
    let outcome: ProfileOutcome | undefined;
    try {
      outcome = read && (await read(await lazyImports.organisation()));
    } catch {
      outcome = { error: { reason: 'unreachable' } }; // the reader's chunk could not be fetched
    }
    if (seq !== this.seq) return;
    this.shared().setOrganisation(outcome?.profile, outcome?.error?.reason);
    const p = outcome?.profile;
    if (outcome?.error) this.host.dispatchEvent(new PswOrganisationErrorEvent(outcome.error));
    else if (p) this.host.dispatchEvent(new PswOrganisationLoadEvent({ id: p.id, name: p.organisation.name, asOf: p.asOf }));
  }
}

/**
 * The page's profile for the page-level document: the text of
 * `<script type="application/json" id="psw-organisation">` (data, never run), or undefined.
 */
export function pageOrganisationText(doc: Document = document): string | undefined {
  const el = doc.getElementById('psw-organisation');
  if (!(el instanceof HTMLScriptElement) || el.type.trim().toLowerCase() !== 'application/json') return undefined;
  return el.textContent ?? '';
}
