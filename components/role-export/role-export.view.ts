/**
 * The export element's view: a lazy chunk of the drop-in bundle, fetched once per page when the
 * first `<psw-role-export>` connects (see components/base/lazy-view.ts). Its templates, downloads,
 * import handlers, strings and styles. The element (./role-export.component.ts) keeps the state
 * between renders (`busy`, `message`, `importState`).
 *
 * No export module is imported here: each format's code (JSON with the assessment, JSON-LD,
 * Markdown, Word) is its own chunk, fetched the first time someone downloads that format
 * (./formats.ts). Import stays synchronous: `parseRoleDocument` (with the JSON syntax-error scanner,
 * which names the line and column) comes with this view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INPUT_LIMITS } from '../../src/model/plain-data.js';
import { suggestFilename } from '../../src/export/filename.js';
import { PswExportEvent, PswInvalidEvent, type ExportFormat } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { uiStyles } from '../base/ui.styles.js';
import { parseRoleDocument } from '../../src/model/parse.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { formatSize, saveBlob } from './download.js';
import { FORMATS, type ExportFile } from './formats.js';
import { renderImport, type ImportIssue } from './import-view.js';
import type { PswRoleExport } from './role-export.component.js';
import exportStyles from './role-export.styles.js';
import { EXPORT_AREA, exportStrings } from './strings.js';
import { isChunkLoadError } from './word.js';

type El = PswRoleExport;

export const styles = [uiStyles, exportStyles];

/** The element's strings arrive with the view. */
export function attach(el: El): void {
  el.l = new Localizer(el, EXPORT_AREA, exportStrings);
}

/**
 * Produces one export of the current role and offers it for download. JSON, JSON-LD and Markdown
 * are held in `updateComplete` (their code may still be loading); Word is not: it says "Preparing
 * Word document…" (`busy`) until its writer has loaded and the file is made.
 */
export function download(el: El, format: ExportFormat): Promise<void> {
  const work = produce(el, format);
  return format === 'docx' ? work : el.waitUntil(work);
}

async function produce(el: El, format: ExportFormat): Promise<void> {
  const spec = FORMATS.find((f) => f.format === format);
  const d = el.doc.document;
  const l = el.l!;
  if (!spec || !d) return;
  if (format === 'docx') {
    if (el.busy) return;
    el.busy = true;
    el.message = { kind: 'progress', text: l.t('preparingWord') };
  }
  let file: ExportFile;
  try {
    file = await spec.make(d, el.doc.snapshot?.organisation, el.audience === 'internal' ? 'internal' : 'candidate');
  } catch (error) {
    const chunk = isChunkLoadError(error);
    const text = format === 'docx'
      ? l.t(chunk ? 'wordLoadFailed' : 'wordFailed')
      : l.t(chunk ? 'partLoadFailed' : 'partFailed', l.t(spec.name));
    el.message = { kind: 'error', text };
    return;
  } finally {
    if (format === 'docx') el.busy = false;
  }
  const filename = suggestFilename(d, spec.ext);
  saveBlob(el.renderRoot, new Blob([file.content as BlobPart], { type: file.type }), filename);
  el.message = { kind: 'done', text: l.t('downloaded', filename) };
  el.dispatchEvent(new PswExportEvent({ format, filename }));
}

async function onFile(el: El, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const l = el.l!;
  const token = ++el.readToken;
  // Exports may be larger than a role document (they carry the assessment): files up to the export
  // limit are read, and the parser measures the document inside against the document limit.
  if (file.size > INPUT_LIMITS.maxExportChars) {
    void refuse(el, file.name, [{ path: '', message: l.t('tooLarge', formatSize(file.size, l.lang), formatSize(INPUT_LIMITS.maxExportChars, l.lang)) }]);
    return;
  }
  el.importState = { kind: 'reading', name: file.name };
  let text: string;
  try {
    text = await file.text();
  } catch {
    if (token === el.readToken) void refuse(el, file.name, [{ path: '', message: l.t('unreadable') }]);
    return;
  }
  if (token !== el.readToken) return;
  const result = parseRoleDocument(text);
  if (!result.ok) {
    void refuse(el, file.name, result.issues, issueData(text));
    return;
  }
  el.importState = result.migratedFrom !== undefined
    ? { kind: 'preview', name: file.name, document: result.document, migratedFrom: result.migratedFrom, ...movedLength(text, result.document) }
    : { kind: 'preview', name: file.name, document: result.document };
  await el.updateComplete;
  el.renderRoot.querySelector<HTMLElement>('#preview-heading')?.focus();
}

async function refuse(el: El, name: string, issues: readonly ImportIssue[], data?: unknown): Promise<void> {
  el.importState = { kind: 'invalid', name, issues, data };
  el.dispatchEvent(new PswInvalidEvent({ issues: issues.map(({ path, message }) => ({ path, message })) }));
  await el.updateComplete;
  el.renderRoot.querySelector<HTMLElement>('#issues-heading')?.focus();
}

async function confirmImport(el: El): Promise<void> {
  const s = el.importState;
  if (s.kind !== 'preview') return;
  const result = el.doc.replace(s.document, { label: el.l!.t('importHeading') });
  if (!result.ok) {
    void refuse(el, s.name, result.issues);
    return;
  }
  await resetImport(el, el.l!.t('imported', s.name));
}

/** Back to the file input (focused), with a note for the live region. */
async function resetImport(el: El, note: string): Promise<void> {
  el.importState = { kind: 'idle', note };
  await el.updateComplete;
  const input = el.renderRoot.querySelector<HTMLInputElement>('#import-file');
  if (input) {
    input.value = '';
    input.focus();
  }
}

export function render(el: El): TemplateResult {
  const l = el.l!;
  const readonly = el.doc.readonly;
  el.setState('busy', el.busy);
  el.setState('has-errors', el.importState.kind === 'invalid');
  const m = el.message;
  return html`${el.doc.renderStatus()}
    <div class="wrap">
    <h2>${l.t('heading')}</h2>
    <section part="downloads" class="section downloads" aria-labelledby="downloads-heading">
      <h3 id="downloads-heading">${l.t('downloadsHeading')}</h3>
      <p class="hint">${l.t('downloadsIntro')}</p>
      <fieldset part="audience" class="audience">
        <legend>${l.t('audienceLegend')}</legend>
        ${(['candidate', 'internal'] as const).map((a) => html`<label class="choice">
          <input type="radio" name="audience" value=${a} .checked=${(el.audience === 'internal' ? 'internal' : 'candidate') === a}
            aria-describedby="audience-${a}-hint" @change=${() => { el.audience = a; }} />
          ${l.t(a === 'candidate' ? 'audienceCandidate' : 'audienceInternal')}</label>
          <span class="hint" id="audience-${a}-hint">${l.t(a === 'candidate' ? 'audienceCandidateHint' : 'audienceInternalHint')}</span>`)}
      </fieldset>
      <ul class="download-list plain">
        ${FORMATS.map(
          (f) => html`<li data-format=${f.format}>
            <button type="button" class="secondary" aria-describedby="hint-${f.format}"
              aria-disabled=${f.format === 'docx' && el.busy ? 'true' : 'false'}
              @click=${() => download(el, f.format)}>${l.t('download', l.t(f.name))}</button>
            <span class="hint" id="hint-${f.format}">${l.t(f.hint)}</span>
          </li>`,
        )}
      </ul>
      <p class="download-status" role="status" aria-live="polite">${m && m.kind !== 'error' ? m.text : nothing}</p>
      <p class="download-error error" role="alert">${m?.kind === 'error' ? m.text : nothing}</p>
    </section>
    <section part="import" class="section import" aria-labelledby="import-heading">
      ${renderImport(l, {
        state: el.importState,
        readonly,
        onFile: (event) => void onFile(el, event),
        onConfirm: () => void confirmImport(el),
        onCancel: () => void resetImport(el, l.t('cancelled')),
      })}
    </section>
    </div>`;
}

/** The parsed JSON of a refused file (for naming list items in its issues), or undefined. */
/** The contract length an older file kept as the funding term, when bringing it up to date moved it. */
function movedLength(text: string, migrated: RoleDocument): { movedMonths?: number } {
  const raw = issueData(text) as { employment?: { fixedTermMonths?: unknown } } | undefined;
  const months = migrated.employment.fixedTermMonths;
  return months !== undefined && raw?.employment?.fixedTermMonths === undefined ? { movedMonths: months } : {};
}

function issueData(text: string): unknown {
  try {
    const data = JSON.parse(text) as unknown;
    const envelope = data as { kind?: unknown; document?: unknown } | null;
    return envelope && typeof envelope === 'object' && envelope.kind === 'psw-job-description' ? envelope.document : data;
  } catch {
    return undefined;
  }
}
