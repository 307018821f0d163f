/**
 * The job description's view: a lazy chunk of the drop-in bundle, fetched once per page when the
 * first `<psw-job-description>` connects (see components/base/lazy-view.ts). It brings the shared
 * job-description model (src/export/jd-model.ts, also used by the Markdown, JSON-LD and Word
 * exports), the templates of its blocks, the element's strings and styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { jobDescriptionModel, ORGANISATION_LABELS, type JdOrganisationHeader, type JdSection } from '../../src/export/jd-model.js';
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

/**
 * The logo's address when the element may show it: only an http(s) address on the page's own
 * origin. A data: URL is a violation of a strict Content-Security-Policy (img-src 'self'), and an
 * address elsewhere would make the page fetch from an origin the host did not name; neither is
 * shown here (the Word export embeds a PNG or JPEG data: URL, and JSON-LD names an http(s) one).
 */
export function logoOnPage(src: string, doc: Document): string | undefined {
  try {
    const url = new URL(src, doc.baseURI);
    const here = doc.defaultView?.location.origin;
    return (url.protocol === 'https:' || url.protocol === 'http:') && here !== undefined && url.origin === here ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const webLink = (href: string) => (/^https?:\/\//i.test(href) ? html`<a href=${href} rel="noopener noreferrer">${href}</a>` : href);

/** The organisation's name, logo, job reference, website and recruitment contact (all text bindings). */
function organisation(el: El, o: JdOrganisationHeader): TemplateResult {
  const logo = o.logo ? logoOnPage(o.logo.src, el.ownerDocument) : undefined;
  return html`<div part="organisation" class="jd-organisation">
    ${logo ? html`<img part="logo" class="logo" src=${logo} alt=${o.logo?.alt ?? ''} />` : nothing}
    <div class="org-lines">
      <p class="org-name">${o.name}</p>
      <p class="org-line" data-line="reference"><span class="org-label">${ORGANISATION_LABELS.reference}:</span> ${o.reference}</p>
      ${o.website ? html`<p class="org-line" data-line="website"><span class="org-label">${ORGANISATION_LABELS.website}:</span> ${webLink(o.website)}</p>` : nothing}
      ${o.recruitmentContact
        ? html`<p class="org-line" data-line="contact"><span class="org-label">${ORGANISATION_LABELS.recruitmentContact}:</span> ${o.recruitmentContact}</p>`
        : nothing}
    </div>
  </div>`;
}

function section(s: JdSection, index: number): TemplateResult {
  const id = s.id === 'clause' ? `jd-clause-${index}` : `jd-${s.id}`;
  return html`<section part=${s.id === 'person-spec' ? 'section person-spec' : 'section'} class="jd-section" data-section=${s.id} data-key=${s.key ?? nothing}>
    <h3 id=${id}>${s.heading}</h3>
    ${s.blocks.map(block)}
  </section>`;
}

export function render(el: El): TemplateResult {
  const d = el.doc.document!;
  const l = el.l!;
  const audience = el.audience === 'internal' ? 'internal' : 'candidate';
  const snapshot = el.doc.snapshot;
  const model = jobDescriptionModel(d, { organisation: snapshot?.organisation, audience, assessment: audience === 'internal' ? snapshot?.assessment : undefined });
  el.setState('internal', audience === 'internal');
  const [details, ...rest] = model.sections;
  const placeholders = model.sections.some((s) =>
    s.blocks.some((b) => (b.kind === 'paragraph' && b.placeholder) || (b.kind === 'keyValue' && b.rows.some((r) => r.placeholder))),
  );
  const suggestions = model.sections.some((s) => s.blocks.some((b) => (b.kind === 'keyValue' ? b.rows.some((r) => r.suggested) : b.kind === 'paragraph' && b.suggested)));
  el.setState('has-placeholders', placeholders);
  el.setState('has-suggestions', suggestions);
  return html`<div class="no-print">${el.doc.renderStatus()}</div>
    <div part="toolbar" class="toolbar no-print" role="group" aria-label=${l.t('toolbarLabel')}>
      <button type="button" class="secondary" aria-describedby="print-hint" @click=${() => el.print()}>${l.t('print')}</button>
      <p class="hint" id="print-hint">${l.t('printHint')}</p>
    </div>
    <article class="jd" aria-labelledby="jd-title">
      <header part="header" class="jd-header">
        ${model.organisation ? organisation(el, model.organisation) : nothing}
        <h2 id="jd-title">${model.title}</h2>
        <p class="subtitle">${model.subtitle}</p>
        ${placeholders ? html`<p class="hint no-print">${l.t('placeholderNote')}</p>` : nothing}
        ${suggestions ? html`<p class="hint no-print">${l.t('suggestionNote')}</p>` : nothing}
        ${details?.id === 'details'
          ? html`<h3 class="visually-hidden">${details.heading}</h3>
              ${details.blocks.map((b) => (b.kind === 'keyValue' ? keyValue(b) : block(b)))}`
          : nothing}
      </header>
      ${(details?.id === 'details' ? rest : model.sections).map(section)}
    </article>`;
}
