/**
 * Where a document provider's organisation profile comes from: a value or JSON text the page gives
 * (`organisation` on <psw-role-document>, the page's `<script type="application/json"
 * id="psw-organisation">`), or a URL the page names (`organisation-src`). Every input goes through
 * `parseOrganisationProfile` (loaded lazily); the last one supplied wins, even if an earlier one
 * arrives later. Only the URL the page names is ever fetched: nothing named inside a profile is.
 *
 * A profile that is not valid, or cannot be fetched, is not used: the provider goes on without one
 * (the role keeps working, nothing is lost), its status says so, and `psw-organisation-error` is
 * dispatched from the host. A profile put in place dispatches `psw-organisation-load`.
 */
import { PswOrganisationErrorEvent, PswOrganisationLoadEvent, type PswOrganisationErrorDetail } from '../base/events.js';
import { loadProfileParser } from './core-deps.js';
import type { SharedDocument } from './shared-document.js';

const FETCHED = Symbol('fetched');

export class OrganisationSource {
  private seq = 0;
  /** The input last given (frameworks set the same value again on every render: not a change). */
  private lastInput: unknown = undefined;

  constructor(
    private readonly host: HTMLElement,
    private readonly shared: () => SharedDocument,
  ) {}

  /**
   * Uses `input` (a profile object or its JSON text; null, undefined or '' for none). Resolves once
   * it is in place or refused.
   */
  async set(input: unknown): Promise<void> {
    if (input === this.lastInput) return;
    this.lastInput = input;
    const seq = ++this.seq;
    if (input === undefined || input === null || input === '') {
      this.shared().setOrganisation(undefined);
      return;
    }
    await this.read(seq, input);
  }

  /**
   * Fetches the profile at `url` (resolved against the page), sending cookies only to the page's own
   * origin, and uses it. Resolves once it is in place or refused.
   */
  async fetch(url: string): Promise<void> {
    this.lastInput = FETCHED;
    const seq = ++this.seq;
    let href = url;
    let text: string;
    try {
      href = new URL(url, this.host.ownerDocument.baseURI).href;
      const response = await fetch(href, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) return this.refuse(seq, { reason: 'unreachable', url: href, status: response.status });
      text = await response.text();
    } catch {
      return this.refuse(seq, { reason: 'unreachable', url: href, status: 0 });
    }
    await this.read(seq, text, href);
  }

  private async read(seq: number, input: unknown, url?: string): Promise<void> {
    let parse: Awaited<ReturnType<typeof loadProfileParser>>;
    try {
      parse = await loadProfileParser();
    } catch {
      return this.refuse(seq, url ? { reason: 'unreachable', url, status: 0 } : { reason: 'unreachable' });
    }
    if (seq !== this.seq) return;
    const result = parse(input);
    if (!result.ok) return this.refuse(seq, url ? { reason: 'invalid', issues: result.issues, url } : { reason: 'invalid', issues: result.issues });
    this.shared().setOrganisation(result.profile);
    const { id, asOf, organisation } = result.profile;
    this.host.dispatchEvent(new PswOrganisationLoadEvent({ id, name: organisation.name, asOf }));
  }

  private refuse(seq: number, detail: PswOrganisationErrorDetail): void {
    if (seq !== this.seq) return;
    console.warn(`psw-role-kit: the organisation profile${detail.url ? ` at ${detail.url}` : ''} could not be used (${detail.reason}); the role is shown without it.`);
    this.shared().setOrganisation(undefined, detail.reason);
    this.host.dispatchEvent(new PswOrganisationErrorEvent(detail));
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
