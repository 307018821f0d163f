/**
 * The builder's view: a lazy chunk of the drop-in bundle, fetched once per page when the first
 * `<psw-role-builder>` connects (see components/base/lazy-view.ts). Its working state and edit
 * helpers (./builder-state.ts), every section template, focus and `psw-navigate`, its strings and
 * styles. The element (./role-builder.component.ts) keeps the state between renders in `el.state`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pathsOfSections } from '../base/edited-parts.js';
import type { PswNavigateDetail } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import { balanceStyles } from '../base/balance.styles.js';
import { uiStyles } from '../base/ui.styles.js';
import { focusCentred, scrollIntoViewClear } from '../base/scroll-clear.js';
import { BuilderState, type SectionId } from './builder-state.js';
import { renderView } from './layout.js';
import { navigationTarget, ownsPath, sectionOf } from './navigation.js';
import type { PswRoleBuilder } from './role-builder.component.js';
import builderStyles from './role-builder.styles.js';
import { BUILDER_AREA, builderStrings } from './strings.js';

type El = PswRoleBuilder;

export const styles = [uiStyles, balanceStyles, builderStyles];

/** Paths of the document the builder edits, with every section shown (psw-navigate for these is ours). */
const OWNED = pathsOfSections();

/** The working state and the strings arrive with the view. */
export function attach(el: El): void {
  el.state = new BuilderState(el, el.doc, new Localizer(el, BUILDER_AREA, builderStrings), new Localizer(el, 'common', commonStrings));
}

export function willUpdate(el: El): void {
  const doc = el.doc.document;
  if (!doc) return;
  el.state!.initTemplatesOpen(doc);
  el.state!.dropStaleErrors(doc);
}

export function render(el: El): TemplateResult {
  const state = el.state!;
  state.beginRender();
  return html`
    ${state.partial ? nothing : html`<h2 class="builder-heading">${state.t('heading')}</h2>`}
    ${el.doc.renderStatus()}
    ${renderView(state, (applied) => applied && state.templateApplied())}
  `;
}

/** Custom states, then focus: a psw-navigate target, else what an edit asked to focus. */
export function updated(el: El): void {
  const state = el.state!;
  const doc = el.doc.document;
  const hasErrorFinding = (el.doc.assessment?.findings ?? []).some(
    (f) => f.severity === 'error' && f.path !== undefined && ownsShown(el, f.path),
  );
  el.setState('has-errors', !!doc && (state.kit.hasRefused || hasErrorFinding));
  if (state.navigateTo) {
    const target = doc ? navigationTarget(el.renderRoot as ShadowRoot, doc, state.navigateTo) : undefined;
    state.navigateTo = undefined;
    if (target) focusCentred(target);
  } else if (state.focusIds.length) {
    const ids = state.focusIds;
    state.focusIds = [];
    for (const id of ids) {
      const control = el.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (control && !(control as HTMLButtonElement).disabled) {
        control.focus();
        scrollIntoViewClear(control, 'nearest');
        break;
      }
    }
  }
}

/** psw-navigate: when the path is the builder's, open what holds it, then focus it after rendering. */
export function navigate(el: El, detail: PswNavigateDetail): void {
  const doc = el.doc.document;
  if (!doc || !ownsShown(el, detail.path)) return;
  el.state!.openFor(detail, doc);
  el.state!.navigateTo = detail;
  el.requestUpdate();
}

/** A path of the document that one of the shown sections edits. */
function ownsShown(el: El, path: string): boolean {
  if (!ownsPath(path, OWNED)) return false;
  const section = sectionOf(path) as SectionId | undefined;
  return !section || el.state!.shows(section);
}
