import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { PswElement } from '../base/psw-element.js';
import { Localizer } from '../base/localize.js';
import { uiStyles } from '../base/ui.styles.js';
import { PswExportEvent, PswInvalidEvent, type ExportFormat } from '../base/events.js';
import { DocumentController } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import { parseRoleDocument } from '../context/core-deps.js';
import { exportJobDescription } from '../../src/export/export-job-description.js';
import { toMarkdown } from '../../src/export/markdown.js';
import { DOCX_MIME_TYPE } from '../../src/export/docx.js';
import { suggestFilename } from '../../src/export/filename.js';
import { INPUT_LIMITS } from '../../src/model/plain-data.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { formatSize, saveBlob } from './download.js';
import { renderImport, type ImportIssue, type ImportState } from './import-view.js';
import { isChunkLoadError, wordExport } from './word.js';
import { EXPORT_AREA, exportStrings } from './strings.js';
import styles from './role-export.styles.js';

interface FormatSpec {
  format: ExportFormat;
  ext: string;
  type: string;
  name: 'formatJson' | 'formatJsonLd' | 'formatMarkdown' | 'formatWord';
  hint: 'downloadJsonHint' | 'downloadJsonLdHint' | 'downloadMarkdownHint' | 'downloadWordHint';
  /** The file's content; Word is made asynchronously (its writer is loaded on first use). */
  make: (doc: RoleDocument) => string | Promise<string | Uint8Array>;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

const FORMATS: readonly FormatSpec[] = [
  { format: 'json', ext: 'json', type: 'application/json', name: 'formatJson', hint: 'downloadJsonHint', make: (d) => json(exportJobDescription(d)) },
  // JSON-LD is for the few who publish adverts: its mapping loads on first use (a small lazy chunk).
  { format: 'jsonld', ext: 'jsonld', type: 'application/ld+json', name: 'formatJsonLd', hint: 'downloadJsonLdHint',
    make: async (d) => json((await import('../../src/export/job-posting.js')).toJobPosting(d)) },
  { format: 'md', ext: 'md', type: 'text/markdown;charset=utf-8', name: 'formatMarkdown', hint: 'downloadMarkdownHint', make: (d) => toMarkdown(d) },
  { format: 'docx', ext: 'docx', type: DOCX_MIME_TYPE, name: 'formatWord', hint: 'downloadWordHint', make: (d) => wordExport.render(d) },
];

type DownloadMessage = { kind: 'progress' | 'done' | 'error'; text: string };

/**
 * Downloads of the role and import of a saved role.
 *
 * Downloads: JSON (the canonical export with the assessment, `exportJobDescription`), JSON-LD (a
 * schema.org JobPosting), Markdown and Word (.docx; the Word writer is loaded on first use, with
 * "Preparing Word document…" meanwhile and a clear message if it cannot be loaded). Files are
 * named from the job title and the date. Downloads stay available when the role is read only.
 *
 * Import: "Import a JSON file" reads a file of at most 1 MB (a role document or a JSON export),
 * checks it with `parseRoleDocument`, and either lists what is wrong by field (and dispatches
 * `psw-invalid`; the current role is untouched) or shows what is in the file and asks before
 * replacing the current role (one undo step, `psw-change`). Import is not offered when the role is
 * read only.
 *
 * @summary Download the role as JSON, JSON-LD, Markdown or Word; import a role from a JSON file.
 * @tag psw-role-export
 *
 * @fires psw-export - After a file has been produced for download; detail `{ format, filename }`, format one of "json", "jsonld", "md", "docx".
 * @fires psw-invalid - When an imported file is refused (too large, unreadable, not a valid role); detail `{ issues }`.
 * @fires psw-change - When the user confirms an import and the role is replaced.
 *
 * @csspart downloads - The download buttons.
 * @csspart import - The file input, the preview and its confirmation.
 * @csspart issues - What is wrong with a refused file, by field.
 * @csspart document-status - The shared one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @cssstate busy - A Word document is being prepared.
 * @cssstate has-errors - The last file chosen for import was refused.
 * @cssstate readonly - The document cannot be changed here (import is not offered).
 */
export class PswRoleExport extends PswElement {
  static override styles = [PswElement.styles, uiStyles, documentStatusStyles, styles];

  private readonly doc = new DocumentController(this);
  private readonly l = new Localizer(this, EXPORT_AREA, exportStrings);

  @state() private busy = false;
  @state() private message?: DownloadMessage;
  @state() private importState: ImportState = { kind: 'idle' };
  /** Guards against a slow read finishing after another file was chosen. */
  private readToken = 0;

  /** Produces one export of the current role and offers it for download. */
  async download(format: ExportFormat): Promise<void> {
    const spec = FORMATS.find((f) => f.format === format);
    const d = this.doc.document;
    if (!spec || !d) return;
    if (format === 'docx') {
      if (this.busy) return;
      this.busy = true;
      this.message = { kind: 'progress', text: this.l.t('preparingWord') };
    }
    let content: string | Uint8Array;
    try {
      content = await spec.make(d);
    } catch (error) {
      const chunk = isChunkLoadError(error);
      const text = format === 'docx'
        ? this.l.t(chunk ? 'wordLoadFailed' : 'wordFailed')
        : this.l.t(chunk ? 'partLoadFailed' : 'partFailed', this.l.t(spec.name));
      this.message = { kind: 'error', text };
      return;
    } finally {
      if (format === 'docx') this.busy = false;
    }
    const filename = suggestFilename(d, spec.ext);
    saveBlob(this.renderRoot, new Blob([content as BlobPart], { type: spec.type }), filename);
    this.message = { kind: 'done', text: this.l.t('downloaded', filename) };
    this.dispatchEvent(new PswExportEvent({ format, filename }));
  }

  private readonly onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const token = ++this.readToken;
    if (file.size > INPUT_LIMITS.maxChars) {
      const lang = this.l.lang;
      this.refuse(file.name, [{ path: '', message: this.l.t('tooLarge', formatSize(file.size, lang), formatSize(INPUT_LIMITS.maxChars, lang)) }]);
      return;
    }
    this.importState = { kind: 'reading', name: file.name };
    let text: string;
    try {
      text = await file.text();
    } catch {
      if (token === this.readToken) this.refuse(file.name, [{ path: '', message: this.l.t('unreadable') }]);
      return;
    }
    if (token !== this.readToken) return;
    const result = parseRoleDocument(text);
    if (!result.ok) {
      this.refuse(file.name, result.issues, issueData(text));
      return;
    }
    this.importState = result.migratedFrom !== undefined
      ? { kind: 'preview', name: file.name, document: result.document, migratedFrom: result.migratedFrom }
      : { kind: 'preview', name: file.name, document: result.document };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#preview-heading')?.focus();
  };

  private async refuse(name: string, issues: readonly ImportIssue[], data?: unknown): Promise<void> {
    this.importState = { kind: 'invalid', name, issues, data };
    this.dispatchEvent(new PswInvalidEvent({ issues: issues.map(({ path, message }) => ({ path, message })) }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#issues-heading')?.focus();
  }

  private readonly onConfirm = async (): Promise<void> => {
    const s = this.importState;
    if (s.kind !== 'preview') return;
    const result = this.doc.replace(s.document, { label: this.l.t('importHeading') });
    if (!result.ok) {
      this.refuse(s.name, result.issues);
      return;
    }
    await this.resetImport(this.l.t('imported', s.name));
  };

  private readonly onCancel = (): Promise<void> => this.resetImport(this.l.t('cancelled'));

  /** Back to the file input (focused), with a note for the live region. */
  private async resetImport(note: string): Promise<void> {
    this.importState = { kind: 'idle', note };
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#import-file');
    if (input) {
      input.value = '';
      input.focus();
    }
  }

  override render() {
    const d = this.doc.document;
    const readonly = this.doc.readonly;
    this.setState('readonly', readonly);
    this.setState('busy', this.busy);
    this.setState('has-errors', this.importState.kind === 'invalid');
    if (!d) return html`<p class="hint">${this.l.t('noDocument')}</p>`;
    const m = this.message;
    return html`${this.doc.renderStatus()}
      <div class="wrap">
      <h2>${this.l.t('heading')}</h2>
      <section part="downloads" class="section downloads" aria-labelledby="downloads-heading">
        <h3 id="downloads-heading">${this.l.t('downloadsHeading')}</h3>
        <p class="hint">${this.l.t('downloadsIntro')}</p>
        <ul class="download-list plain">
          ${FORMATS.map(
            (f) => html`<li data-format=${f.format}>
              <button type="button" class="secondary" aria-describedby="hint-${f.format}"
                aria-disabled=${f.format === 'docx' && this.busy ? 'true' : 'false'}
                @click=${() => this.download(f.format)}>${this.l.t('download', this.l.t(f.name))}</button>
              <span class="hint" id="hint-${f.format}">${this.l.t(f.hint)}</span>
            </li>`,
          )}
        </ul>
        <p class="download-status" role="status" aria-live="polite">${m && m.kind !== 'error' ? m.text : nothing}</p>
        <p class="download-error error" role="alert">${m?.kind === 'error' ? m.text : nothing}</p>
      </section>
      <section part="import" class="section import" aria-labelledby="import-heading">
        ${renderImport(this.l, { state: this.importState, readonly, onFile: this.onFile, onConfirm: this.onConfirm, onCancel: this.onCancel })}
      </section>
      </div>`;
  }
}

/** The parsed JSON of a refused file (for naming list items in its issues), or undefined. */
function issueData(text: string): unknown {
  try {
    const data = JSON.parse(text) as unknown;
    const envelope = data as { kind?: unknown; document?: unknown } | null;
    return envelope && typeof envelope === 'object' && envelope.kind === 'psw-job-description' ? envelope.document : data;
  } catch {
    return undefined;
  }
}
