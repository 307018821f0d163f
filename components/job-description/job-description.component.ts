import { html, nothing } from 'lit';
import { PswElement } from '../base/psw-element.js';
import { Localizer } from '../base/localize.js';
import { uiStyles } from '../base/ui.styles.js';
import { DocumentController } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import { jobDescriptionModel, type JdSection } from '../../src/export/jd-model.js';
import { block, keyValue } from './jd-blocks.js';
import { JOB_DESCRIPTION_AREA, jobDescriptionStrings } from './strings.js';
import styles from './job-description.styles.js';

/**
 * The role's job description and person specification, read only, in the layout NHS trusts use:
 * job details, purpose, key responsibilities (the core duties), the flexible elements with their
 * limits, what the role does not include, boundaries, supervision and support, training,
 * progression, and the person specification as essential and desirable criteria with how each is
 * assessed. The content is the shared model of the exports (`jobDescriptionModel`), so this view,
 * the Markdown and the Word file say the same thing.
 *
 * Printing: the Print button opens the browser's print dialogue. Inside the element, print styles
 * hide the controls and the status line, print black on white, and avoid breaking inside a table
 * row, a list item or a job-details line. Page size and margins can only be set by the host page
 * (`@page` rules do not apply inside a shadow root); for A4 add to the page's own CSS:
 * `@page { size: A4; margin: 18mm; }`.
 *
 * @summary The printable job description and person specification of the role.
 * @tag psw-job-description
 *
 * @csspart toolbar - The Print button and its hint (hidden when printing).
 * @csspart header - The job title and the job-details list (band, hours, contract, base, reporting and supervision lines).
 * @csspart section - Each section of the job description after the header.
 * @csspart person-spec - The person specification section (also has the `section` part).
 * @csspart document-status - The shared one-line document status (hidden when printing).
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @cssstate readonly - The document cannot be changed here (the view is the same; the status line says so).
 * @cssstate has-placeholders - Some required lines still say "To be agreed".
 */
export class PswJobDescription extends PswElement {
  static override styles = [PswElement.styles, uiStyles, documentStatusStyles, styles];

  private readonly doc = new DocumentController(this);
  private readonly l = new Localizer(this, JOB_DESCRIPTION_AREA, jobDescriptionStrings);

  /** Opens the browser's print dialogue (the print styles leave only the job description). */
  print(): void {
    this.ownerDocument.defaultView?.print();
  }

  private section(s: JdSection) {
    const id = `jd-${s.id}`;
    return html`<section
      part=${s.id === 'person-spec' ? 'section person-spec' : 'section'}
      class="jd-section"
      data-section=${s.id}
    >
      <h3 id=${id}>${s.heading}</h3>
      ${s.blocks.map(block)}
    </section>`;
  }

  override render() {
    const d = this.doc.document;
    this.setState('readonly', this.doc.readonly);
    if (!d) {
      this.setState('has-placeholders', false);
      return html`<p class="hint">${this.l.t('noDocument')}</p>`;
    }
    const model = jobDescriptionModel(d);
    const [details, ...rest] = model.sections;
    const placeholders = model.sections.some((s) =>
      s.blocks.some((b) => (b.kind === 'paragraph' && b.placeholder) || (b.kind === 'keyValue' && b.rows.some((r) => r.placeholder))),
    );
    this.setState('has-placeholders', placeholders);
    return html`<div class="no-print">${this.doc.renderStatus()}</div>
      <div part="toolbar" class="toolbar no-print" role="group" aria-label=${this.l.t('toolbarLabel')}>
        <button type="button" class="secondary" aria-describedby="print-hint" @click=${() => this.print()}>${this.l.t('print')}</button>
        <p class="hint" id="print-hint">${this.l.t('printHint')}</p>
      </div>
      <article class="jd" aria-labelledby="jd-title">
        <header part="header" class="jd-header">
          <h2 id="jd-title">${model.title}</h2>
          <p class="subtitle">${model.subtitle}</p>
          ${placeholders ? html`<p class="hint no-print">${this.l.t('placeholderNote')}</p>` : nothing}
          ${details?.id === 'details'
            ? html`<h3 class="visually-hidden">${details.heading}</h3>
                ${details.blocks.map((b) => (b.kind === 'keyValue' ? keyValue(b) : block(b)))}`
            : nothing}
        </header>
        ${(details?.id === 'details' ? rest : model.sections).map((s) => this.section(s))}
      </article>`;
  }
}
