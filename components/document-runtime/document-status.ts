/**
 * The one-line document status every consumer shows: saved, restored, a storage
 * problem, changed in another tab (with the two choices), read only.
 *
 * Usage in an element:
 * ```ts
 * static override styles = [PswElement.styles, documentStatusStyles, styles];
 * render() { return html`${this.doc.renderStatus()} …`; }
 * ```
 *
 * Accessibility: the line is a `role="status"` live region, but routine "Saving…"/"Saved at 14:05"
 * updates are shown beside it, outside the region, so a screen reader is not interrupted after every
 * pause in typing (by every element on the page). What needs attention is announced.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { dateTimeFormat, translate } from '../base/localize.js';
import type { DocumentStatus, DocumentStatusKind, OtherTabChoice } from './document-context.js';
import { DOCUMENT_AREA, documentStrings } from './strings.js';

type StatusFacts = Pick<DocumentStatus, 'kind' | 'at' | 'reason' | 'organisationProblem'>;

/** Formats a status time for the reader: the time today, else a short date and time. */
export function formatStatusTime(at: string, lang: string, today: Date = new Date()): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const sameDay = d.toDateString() === today.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return dateTimeFormat(lang, options).format(d);
}

/** The sentence about an organisation profile that could not be used, or ''. */
function organisationMessage(status: StatusFacts, lang: string): string {
  const p = status.organisationProblem;
  return p ? translate(DOCUMENT_AREA, lang, documentStrings, p === 'invalid' ? 'organisationInvalid' : 'organisationUnreachable') : '';
}

/** The status in plain words, in `lang` (falling back to en-GB string by string), with the organisation profile's problem if any. */
export function statusMessage(status: StatusFacts, lang: string): string {
  const org = organisationMessage(status, lang);
  const base = storageMessage(status, lang);
  return org ? `${base} ${org}` : base;
}

function storageMessage(status: StatusFacts, lang: string): string {
  const t = (key: keyof typeof documentStrings, ...args: string[]) =>
    (translate as (area: string, lang: string, english: object, key: string, ...a: string[]) => string)(
      DOCUMENT_AREA, lang, documentStrings, key, ...args);
  const time = status.at ? formatStatusTime(status.at, lang) : undefined;
  switch (status.kind) {
    case 'new':
      return t('statusNew');
    case 'restored':
      return time ? t('statusRestored', time) : t('statusRestoredNoTime');
    case 'saving':
      return t('statusSaving');
    case 'saved':
      return time ? t('statusSaved', time) : t('statusSavedNoTime');
    case 'storage-error':
      return status.reason === 'quota' ? t('statusStorageFull') : t('statusStorageUnavailable');
    case 'kept-aside':
      return t('statusKeptAside');
    case 'other-tab':
      return t('statusOtherTab');
    case 'readonly':
      return t('statusReadonly');
    case 'memory-only':
    default:
      return t('statusMemoryOnly');
  }
}

const ROUTINE: ReadonlySet<DocumentStatusKind> = new Set(['saving', 'saved']);
const ATTENTION: ReadonlySet<DocumentStatusKind> = new Set(['storage-error', 'kept-aside', 'other-tab']);

export interface StatusView {
  status: StatusFacts | undefined;
  lang: string;
  /** Called when the user picks a version after a change in another tab. */
  choose?: (choice: OtherTabChoice) => void;
}

/** The status line as a Lit template (nothing when there is no document yet). */
export function renderDocumentStatus(view: StatusView): TemplateResult | typeof nothing {
  const { status, lang } = view;
  if (!status) return nothing;
  const message = storageMessage(status, lang);
  const org = organisationMessage(status, lang);
  const t = (key: 'loadTheirs' | 'keepMine') => translate(DOCUMENT_AREA, lang, documentStrings, key);
  const routine = ROUTINE.has(status.kind);
  // The profile's problem stays in the live region (it needs attention) while routine saves pass beside it.
  return html`<div
    class="psw-document-status"
    part="document-status"
    data-kind=${status.kind}
    data-attention=${ATTENTION.has(status.kind) || org ? 'true' : 'false'}
  >
    <span class="psw-document-status__message" role="status" aria-live="polite"
      >${routine ? nothing : message}${org ? ` ${org}` : nothing}</span
    >${routine ? html`<span class="psw-document-status__message">${message}</span>` : nothing}
    ${status.kind === 'other-tab' && view.choose
      ? html`<span class="psw-document-status__actions">
          <button type="button" part="document-status-button" @click=${() => view.choose!('load-theirs')}>
            ${t('loadTheirs')}</button
          ><button type="button" part="document-status-button" @click=${() => view.choose!('keep-mine')}>
            ${t('keepMine')}
          </button>
        </span>`
      : nothing}
  </div>`;
}

/** Uses the private `--_*` variables of host.styles.ts (public tokens are read only there). */
export const documentStatusStyles = css`
  .psw-document-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    margin: 0 0 var(--_space);
    font-size: var(--_font-size-small);
    color: var(--_muted);
  }
  .psw-document-status[data-attention='true'] {
    padding: calc(0.5 * var(--_psw-rem)) calc(0.75 * var(--_psw-rem));
    border-inline-start: 5px solid var(--_warning);
    background: var(--_warning-bg);
    color: var(--_text);
  }
  .psw-document-status__actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_psw-rem));
  }
  @media (forced-colors: active) {
    .psw-document-status[data-attention='true'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
