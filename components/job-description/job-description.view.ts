/**
 * The job description's view: a lazy chunk of the drop-in bundle, fetched once per page when the
 * first `<psw-job-description>` connects (see components/base/lazy-view.ts). It brings the shared
 * job-description model (src/export/jd-model.ts, also used by the Markdown, JSON-LD and Word
 * exports), the templates of its blocks, the element's strings and styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { jobDescriptionModel, type JdSection } from '../../src/export/jd-model.js';
import { Localizer } from '../base/localize.js';
import { readableWidthStyles, uiStyles } from '../base/ui.styles.js';
import { block, keyValue } from './jd-blocks.js';
import type { PswJobDescription } from './job-description.component.js';
import jobDescriptionStyles from './job-description.styles.js';
import { JOB_DESCRIPTION_AREA, jobDescriptionStrings } from './strings.js';

type El = PswJobDescription;

export const styles = [uiStyles, readableWidthStyles, jobDescriptionStyles];

/** The element's strings arrive with the view. */
export function attach(el: El): void {
  el.l = new Localizer(el, JOB_DESCRIPTION_AREA, jobDescriptionStrings);
}

function section(s: JdSection): TemplateResult {
  const id = `jd-${s.id}`;
  return html`<section part=${s.id === 'person-spec' ? 'section person-spec' : 'section'} class="jd-section" data-section=${s.id}>
    <h3 id=${id}>${s.heading}</h3>
    ${s.blocks.map(block)}
  </section>`;
}

export function render(el: El): TemplateResult {
  const d = el.doc.document!;
  const l = el.l!;
  const model = jobDescriptionModel(d);
  const [details, ...rest] = model.sections;
  const placeholders = model.sections.some((s) =>
    s.blocks.some((b) => (b.kind === 'paragraph' && b.placeholder) || (b.kind === 'keyValue' && b.rows.some((r) => r.placeholder))),
  );
  el.setState('has-placeholders', placeholders);
  return html`<div class="no-print">${el.doc.renderStatus()}</div>
    <div part="toolbar" class="toolbar no-print" role="group" aria-label=${l.t('toolbarLabel')}>
      <button type="button" class="secondary" aria-describedby="print-hint" @click=${() => el.print()}>${l.t('print')}</button>
      <p class="hint" id="print-hint">${l.t('printHint')}</p>
    </div>
    <article class="jd" aria-labelledby="jd-title">
      <header part="header" class="jd-header">
        <h2 id="jd-title">${model.title}</h2>
        <p class="subtitle">${model.subtitle}</p>
        ${placeholders ? html`<p class="hint no-print">${l.t('placeholderNote')}</p>` : nothing}
        ${details?.id === 'details'
          ? html`<h3 class="visually-hidden">${details.heading}</h3>
              ${details.blocks.map((b) => (b.kind === 'keyValue' ? keyValue(b) : block(b)))}`
          : nothing}
      </header>
      ${(details?.id === 'details' ? rest : model.sections).map(section)}
    </article>`;
}
