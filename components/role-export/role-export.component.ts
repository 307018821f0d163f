import type { Audience } from '../../src/export/jd-model-types.js';
import type { ExportFormat } from '../base/events.js';
import { PswDocumentElement } from '../base/document-element.js';
import { lazyView } from '../base/lazy-view.js';
import type { ImportState } from './import-view.js';
import type { ExportStrings } from './strings.js';

type View = typeof import('./role-export.view.js');
/** Templates, handlers, strings and styles: one lazy chunk for every export element on the page. */
const view = lazyView<View>(() => import('./role-export.view.js'));

/** The line under the download buttons: a Word file in preparation, a file saved, or what went wrong. */
export type DownloadMessage = { kind: 'progress' | 'done' | 'error'; text: string };

/**
 * Downloads of the role and import of a saved role.
 *
 * Downloads: JSON (the canonical export with the assessment, `exportJobDescription`), JSON-LD (a
 * schema.org JobPosting, always the advert), Markdown and Word (for candidates or the internal
 * record, as chosen in "Job description for", `audience`) (.docx; the Word writer is loaded on first use, with
 * "Preparing Word document…" meanwhile and a clear message if it cannot be loaded). Files are
 * named from the job title and the date. Downloads stay available when the role is read only.
 * With an organisation profile (the document's `organisation`), every file is made with it: the
 * effective document, `provenance.organisationProfile` in JSON, `hiringOrganization` in JSON-LD,
 * the organisation's header and sections in Markdown and Word, and Word's page header and footer.
 *
 * Import: "Import a JSON file" reads a file of at most 1 MB (a role document or a JSON export),
 * checks it with `parseRoleDocument`, and either lists what is wrong by field (and dispatches
 * `psw-invalid`; the current role is untouched) or shows what is in the file and asks before
 * replacing the current role (one undo step, `psw-change`). Import is not offered when the role is
 * read only.
 *
 * Its templates, handlers, strings and styles are a lazy chunk (./role-export.view.ts), fetched
 * once per page when the first export element connects; the code of each format (JSON with the
 * assessment, JSON-LD, Markdown, Word) is fetched the first time someone downloads that format,
 * and a message says so in place if it cannot be. `await el.updateComplete` resolves once the
 * element has rendered with its view, and after a JSON, JSON-LD or Markdown download has been
 * offered; a Word file shows "Preparing Word document…" (`:state(busy)`) until it is ready.
 *
 * @summary Download the role as JSON, JSON-LD, Markdown or Word; import a role from a JSON file.
 * @tag psw-role-export
 *
 * @fires psw-export - After a file has been produced for download; detail `{ format, filename }`, format one of "json", "jsonld", "md", "docx".
 * @fires psw-invalid - When an imported file is refused (too large, unreadable, not a valid role); detail `{ issues }`.
 * @fires psw-change - When the user confirms an import and the role is replaced.
 *
 * @csspart downloads - The download buttons.
 * @csspart audience - The choice of who the Markdown and Word job descriptions are for (two radio buttons).
 * @csspart import - The file input, the preview and its confirmation.
 * @csspart issues - What is wrong with a refused file, by field.
 * @csspart document-status - The shared one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @csspart loading - The one-line "Loading…" shown until the export element's view and document are here.
 * @csspart load-error - The message (with "Try again") shown when the export element's view could not be loaded.
 *
 * @cssstate busy - A Word document is being prepared.
 * @cssstate has-errors - The last file chosen for import was refused.
 * @cssstate readonly - The document cannot be changed here (import is not offered).
 * @cssstate loading - Waiting for the export element's view (a lazy chunk) or for the document.
 */
export class PswRoleExport extends PswDocumentElement<View, ExportStrings> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    audience: { reflect: true },
  };
  /** Internal state the view reads: setting it re-renders; no attribute, not public API. */
  static {
    for (const name of ['busy', 'message', 'importState']) this.createProperty(name, { state: true });
  }

  protected readonly viewLoader = view;

  /**
   * Who the Markdown and Word job descriptions are for: `candidate` (the default: the advert) or
   * `internal` (the whole role record with the assessment summary). The element offers the same
   * choice as two radio buttons above the downloads; choosing one sets this property. JSON is
   * always the whole record and JSON-LD always the advert.
   */
  audience: Audience = 'candidate';

  /** @internal A Word document is being prepared. */
  busy = false;
  /** @internal The line under the download buttons. */
  message?: DownloadMessage;
  /** @internal Where the import stands (idle, reading a file, refused, preview). */
  importState: ImportState = { kind: 'idle' };
  /** @internal Guards against a slow read finishing after another file was chosen. */
  readToken = 0;

  /** Produces one export of the current role and offers it for download. */
  async download(format: ExportFormat): Promise<void> {
    const loaded = await this.whenView();
    await loaded?.download(this, format);
  }
}
