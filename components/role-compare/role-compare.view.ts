/**
 * The compare element's view: a lazy chunk of the drop-in bundle, fetched once per page when the
 * first `<psw-role-compare>` connects (see components/base/lazy-view.ts). It brings the comparison
 * (src/compare with jsdiff; the assessment engine is shared with the document providers' chunk),
 * the templates, strings and styles. The element (./role-compare.component.ts) keeps the reader's
 * choices between renders in `el.ui` and what is shown in `el.outcome`.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import { uiStyles } from '../base/ui.styles.js';
import { renderChanges, movedAFinding } from './changes-view.js';
import { renderDelta } from './delta-view.js';
import { refresh } from './load.js';
import type { PswRoleCompare } from './role-compare.component.js';
import compareStyles from './role-compare.styles.js';
import { COMPARE_AREA, compareStrings } from './strings.js';

type El = PswRoleCompare;

export const styles = [uiStyles, compareStyles];

const INPUTS = ['beforeRole', 'afterRole', 'organisation', 'today', 'store', 'src', 'token', 'roleId', 'version'] as const;
/** Elements whose inputs have been read since the view arrived. */
const read = new WeakSet<El>();

export function attach(el: El): void {
  el.l = new Localizer(el, COMPARE_AREA, compareStrings);
  el.c = new Localizer(el, 'common', commonStrings);
}

export function willUpdate(el: El, changed: PropertyValues): void {
  if (read.has(el) && !INPUTS.some((k) => changed.has(k))) return;
  read.add(el);
  refresh(el);
}

export function render(el: El): TemplateResult {
  const l = el.l!, c = el.c!, o = el.outcome;
  el.setState('invalid', o.kind === 'invalid');
  el.setState('has-changes', o.kind === 'done' && o.comparison.changes.length > 0);
  const head = html`<h2 id="compare-heading">${l.t('heading')}</h2>`;
  if (o.kind !== 'done') {
    const message =
      o.kind === 'empty' ? html`<p class="hint" part="message">${l.t('empty')}</p>`
      : o.kind === 'loading' ? html`<p class="hint" part="message" role="status">${l.t('loadingRoles')}</p>`
      : o.kind === 'unavailable' ? html`<p class="problem" part="message" role="alert">${o.message}</p>`
      : html`<div class="problem" part="message" role="alert">
          <p>${l.t(o.side === 'before' ? 'invalidBefore' : 'invalidAfter')}</p>
          <ul>${o.issues.slice(0, 10).map((i) => html`<li>${i.message}</li>`)}</ul>
        </div>`;
    return html`<section class="section" aria-labelledby="compare-heading">${head}${message}</section>`;
  }
  const cmp = o.comparison, ui = el.ui;
  const total = cmp.changes.length;
  const shown = ui.onlyFindings ? cmp.changes.filter(movedAFinding).length : total;
  const setLayout = (layout: 'list' | 'side') => {
    ui.layout = layout;
    el.requestUpdate();
  };
  return html`<section class="section" part="delta" aria-labelledby="compare-heading">
      ${head}
      <p class="hint">${o.beforeTitle || o.afterTitle ? l.t('fromTo', o.beforeTitle ?? l.t('untitled'), o.afterTitle ?? l.t('untitled')) : l.t('intro')}</p>
      ${renderDelta(l, c, cmp.assessment)}
    </section>
    <section class="section" aria-labelledby="changes-heading">
      <h3 id="changes-heading">${l.t('changesHeading')}</h3>
      <div class="controls" part="controls">
        <fieldset>
          <legend>${l.t('layoutLegend')}</legend>
          <div class="choices">
            ${(['list', 'side'] as const).map((v) => html`<label class="choice">
              <input type="radio" name="layout" value=${v} .checked=${ui.layout === v} @change=${() => setLayout(v)} />
              <span>${l.t(v === 'list' ? 'layoutList' : 'layoutSide')}</span>
            </label>`)}
          </div>
        </fieldset>
        <label class="choice">
          <input type="checkbox" name="only-findings" .checked=${ui.onlyFindings}
            @change=${(e: Event) => { ui.onlyFindings = (e.target as HTMLInputElement).checked; el.requestUpdate(); }} />
          <span>${l.t('onlyFindings')}</span>
        </label>
        <p class="count" role="status">${total ? l.t('shown', shown, total) : nothing}</p>
      </div>
      <div part="changes" class="change-list" data-layout=${ui.layout}>${renderChanges(l, c, cmp.sections, ui.layout, ui.onlyFindings)}</div>
    </section>`;
}
