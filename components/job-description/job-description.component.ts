import type { Audience } from '../../src/export/jd-model-types.js';
import { PswDocumentElement } from '../base/document-element.js';
import { lazyView } from '../base/lazy-view.js';
import type { JobDescriptionStrings } from './strings.js';

type View = typeof import('./job-description.view.js');
/** The job-description model, templates, strings and styles: one lazy chunk for every such element on the page. */
const view = lazyView<View>(() => import('./job-description.view.js'));

/**
 * The role's job description and person specification, read only, in the layout NHS trusts use,
 * for one of two audiences (`audience`): the candidate's (the default, what an advert publishes)
 * or the internal role record (everything, with the assessment summary). The content is the shared
 * model of the exports (`jobDescriptionModel`), so this view, the Markdown and the Word file say
 * the same thing.
 *
 * Printing: the Print button opens the browser's print dialogue. Inside the element, print styles
 * hide the controls and the status line, print black on white, and avoid breaking inside a table
 * row, a list item or a job-details line. Page size and margins can only be set by the host page
 * (`@page` rules do not apply inside a shadow root); for A4 add to the page's own CSS:
 * `@page { size: A4; margin: 18mm; }`.
 *
 * With an organisation profile (the document's `organisation`, see `<psw-role-document>`), the job
 * description is the effective one (the profile's facts fill what the role leaves unset), its
 * header shows the organisation's name, job reference, website and recruitment contact, and "About
 * us" and the standard clauses are sections. The logo is shown only when its address is on the
 * page's own origin: a data: URL (which a strict Content-Security-Policy refuses) or an address on
 * another origin is not shown here, so the profile never makes the page fetch from elsewhere; the
 * Word export embeds a PNG or JPEG data: URL logo.
 *
 * Its view (the job-description model, templates, strings and styles) is a lazy chunk
 * (./job-description.view.ts), fetched once per page when the first job description connects;
 * `await el.updateComplete` resolves once it has rendered with it.
 *
 * @summary The printable job description and person specification of the role.
 * @tag psw-job-description
 *
 * @csspart toolbar - The Print button and its hint (hidden when printing).
 * @csspart header - The job title and the job-details list (band, hours, contract, base, reporting and supervision lines).
 * @csspart organisation - With an organisation profile: its logo, name, job reference, website and recruitment contact (inside the header).
 * @csspart logo - The organisation's logo, when its address is on the page's origin.
 * @csspart section - Each section of the job description after the header.
 * @csspart person-spec - The person specification section (also has the `section` part).
 * @csspart document-status - The shared one-line document status (hidden when printing).
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @csspart loading - The one-line "Loading…" shown until the job description's view and document are here.
 * @csspart load-error - The message (with "Try again") shown when the job description's view could not be loaded.
 *
 * @cssstate readonly - The document cannot be changed here (the view is the same; the status line says so).
 * @cssstate internal - The internal role record is shown (`audience="internal"`).
 * @cssstate has-placeholders - Some required lines still say "To be agreed".
 * @cssstate has-suggestions - Some lines still hold a template's suggestion for the post that nobody has confirmed.
 * @cssstate loading - Waiting for the job description's view (a lazy chunk) or for the document.
 */
export class PswJobDescription extends PswDocumentElement<View, JobDescriptionStrings> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    audience: { reflect: true },
  };

  protected readonly viewLoader = view;

  /**
   * Who the job description is for: `candidate` (the default: what an advert publishes — job
   * details with the pro-rata salary, summary, main duties, the person specification by category,
   * the standard clauses, reference, closing date and contact) or `internal` (the whole role
   * record: boundaries with their reasons, each supervision arrangement, funding and the exit plan,
   * and the assessment summary). Any other value is read as `candidate`.
   */
  audience: Audience = 'candidate';

  /** Opens the browser's print dialogue (the print styles leave only the job description). */
  print(): void {
    this.ownerDocument.defaultView?.print();
  }
}
