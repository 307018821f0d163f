/**
 * The supervision planner's view: a lazy chunk of the drop-in bundle, fetched once per page when the
 * first `<psw-supervision-planner>` connects (see components/base/lazy-view.ts). Its templates
 * (arrangements, year view, training, support), the actions behind its controls
 * (./planner-actions.ts), focus and `psw-navigate`, its strings and styles, and the catalogues it
 * shows (supervision types, focus options, competence domains). The element
 * (./supervision-planner.component.ts) keeps the state between renders in `el.ui`.
 */
import { html, type TemplateResult } from 'lit';
import { PLANNER_PARTS } from '../base/edited-parts.js';
import type { PswNavigateDetail } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { focusCentred } from '../base/scroll-clear.js';
import { commonStrings } from '../base/strings.js';
import { uiStyles } from '../base/ui.styles.js';
import { pathUnder } from '../document-runtime/document-controller.js';
import { renderArrangements } from './arrangements.js';
import { ARR, itemElement, items, kitOf, TR } from './planner-actions.js';
import { PlannerView, type ListName } from './planner-view.js';
import { SUPERVISION_AREA, supervisionStrings } from './strings.js';
import type { PswSupervisionPlanner } from './supervision-planner.component.js';
import plannerStyles from './supervision-planner.styles.js';
import { renderTeam, renderWellbeing } from './support.js';
import { renderTraining } from './training.js';
import { renderYearView } from './year-view.js';

type El = PswSupervisionPlanner;

export const styles = [uiStyles, plannerStyles];


/** The element's strings and its editor kit arrive with the view. */
export function attach(el: El): void {
  el.l = new Localizer(el, SUPERVISION_AREA, supervisionStrings);
  el.c = new Localizer(el, 'common', commonStrings);
  kitOf(el); // created now, not in the middle of a render
}

/** Refused input of an item that is gone (removed, undone, replaced) no longer applies. */
export function willUpdate(el: El): void {
  if (el.doc.document) kitOf(el).dropStale(new Set([...items(el, ARR), ...items(el, TR)].map((x) => x.id)));
}

export function updated(el: El): void {
  el.setState('has-errors', kitOf(el).hasRefused);
}

export function render(el: El): TemplateResult {
  const v = new PlannerView(el, el.doc.document!);
  return html`${el.doc.renderStatus()}
    <h2>${v.t('heading')}</h2>
    <p class="intro">${v.t('intro')}</p>
    <div class="visually-hidden" role="status" aria-live="polite">${el.ui.announcement}</div>
    ${renderArrangements(v)} ${renderYearView(v)} ${renderTraining(v)} ${renderTeam(v)} ${renderWellbeing(v)}`;
}

/**
 * `psw-navigate` for one of our paths: open the item if its list is collapsed, then scroll to and
 * focus the field (matched on `data-path`, with list indexes written `[]`), or the nearest thing
 * that contains it.
 */
export async function navigate(el: El, { path, itemId }: PswNavigateDetail): Promise<void> {
  const d = el.doc.document;
  if (!d || !PLANNER_PARTS.some((p) => pathUnder(path, p))) return;
  const m = /^(supervision\.arrangements|training\.peerSpecific)\[(\d+)\]/.exec(path);
  const id = itemId ?? (m ? items(el, m[1] as ListName)[Number(m[2])]?.id : undefined);
  if (id && !el.ui.expanded.has(id)) {
    el.ui.expanded.add(id);
    el.requestUpdate();
  }
  await el.updateComplete;
  const root = el.renderRoot;
  const item = id ? itemElement(el, id) : null;
  const scope: ParentNode = item ?? root;
  let target: HTMLElement | null = null;
  for (let p = path.replace(/\[\d+\]/g, '[]'); p && !target; p = parentPath(p)) {
    target = scope.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
  }
  target ??= item;
  if (!target) return;
  const focusable = target.matches('input, select, textarea, button, [tabindex]')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea') ?? target.querySelector<HTMLElement>('button:not([disabled]), [tabindex]');
  const control = focusable ?? target;
  if (!focusable) control.tabIndex = -1;
  focusCentred(control);
}

/** `a.b[].c` → `a.b[]` → `a.b` → `a` → ''. */
function parentPath(p: string): string {
  const i = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
  return i > 0 ? p.slice(0, i) : '';
}
