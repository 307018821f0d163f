/**
 * The insights' view: a lazy chunk of the drop-in bundle, fetched once per page when the first
 * `<psw-role-insights>` connects (see components/base/lazy-view.ts). Its templates, the handlers
 * of its controls, its strings and styles. The element (./role-insights.component.ts) keeps the
 * user's choices between renders in `el.ui`.
 *
 * The assessment engine is not imported here: the findings, balance and theme scores come from the
 * snapshot (`el.doc.assessment`), and the data shown beside them (the theme checklist's labels, the
 * default balance thresholds) from the engine module that core-deps loads for the document
 * providers anyway. Until both are here the insights say "Checking the role…".
 */
import { html, type TemplateResult } from 'lit';
import type { Assessment } from '../../src/assess/types.js';
import { renderBalance } from '../base/balance.js';
import { balanceStyles } from '../base/balance.styles.js';
import { PswNavigateEvent } from '../base/events.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import { uiStyles } from '../base/ui.styles.js';
import { assessmentEngineState, loadAssessmentEngine } from '../document-runtime/core-deps.js';
import { renderFindings } from './findings-view.js';
import type { PswRoleInsights } from './role-insights.component.js';
import insightsStyles from './role-insights.styles.js';
import { INSIGHTS_AREA, insightsStrings } from './strings.js';
import { renderSummary } from './summary-view.js';
import { renderThemes } from './themes-view.js';
import { countPlaces, placeKey, placeOf } from './where-edited.js';

type El = PswRoleInsights;
type Engine = typeof import('../../src/assess/index.js');

export const styles = [uiStyles, balanceStyles, insightsStyles];

/** The engine module once an insights element has seen it loaded (its data never changes). */
let engine: Engine | undefined;
/** Elements waiting for the engine's load to settle (at most one wait each). */
const waiting = new WeakSet<El>();

/**
 * Re-renders `el` when the assessment engine's load settles, and keeps the module. Starts no load
 * after a failure (every element on the page would retry for ever): the page has to be reloaded.
 * `updateComplete` covers the wait.
 */
function awaitEngine(el: El): void {
  const state = assessmentEngineState();
  if (waiting.has(el) || state === 'failed' || (state === 'loaded' && engine)) return;
  waiting.add(el);
  void el.waitUntil(loadAssessmentEngine()).then((loaded) => {
    waiting.delete(el);
    engine ??= loaded;
    el.requestUpdate();
  });
}

/** The element's strings arrive with the view. */
export function attach(el: El): void {
  el.l = new Localizer(el, INSIGHTS_AREA, insightsStrings);
  el.c = new Localizer(el, 'common', commonStrings);
}

/**
 * Whether an editor of this document on the page edits `path` (true too when the provider does not
 * say, as one from an older copy of the bundle). Reading it re-renders the insights when editors
 * come and go.
 */
const editableHere = (el: El, path: string): boolean => el.doc.hasEditorFor(path) !== false;

/** Where `path` is edited, in words, when no editor on the page edits it; else undefined. */
function elsewhere(el: El, path: string): string | undefined {
  if (editableHere(el, path)) return undefined;
  const place = placeOf(path);
  const l = el.l!;
  return place ? l.t('elsewhere', l.t(placeKey[place] as 'placeBoundaries')) : l.t('elsewhereNowhere');
}

/**
 * Asks the editor that edits `path` to show it. Only offered when one is on the page; should it
 * have left meanwhile, the insights render again and say where the field is edited instead.
 */
function navigate(el: El, path: string, itemId?: string): void {
  if (!editableHere(el, path)) return void el.requestUpdate();
  el.dispatchEvent(new PswNavigateEvent(itemId !== undefined ? { path, itemId } : { path }));
}

export function render(el: El): TemplateResult {
  const a = el.doc.assessment!;
  // A pending assessment is a placeholder (no findings, readiness "incomplete"): never shown as the role's.
  const checking = !!a.pending || !engine;
  if (checking) awaitEngine(el);
  el.setState('checking', checking);
  // A field on the page that shows input the role refused: the role is not what the page shows.
  const held = el.doc.heldInput.length > 0;
  el.setState('held-input', held);
  el.setState('ready', !checking && !held && a.readiness === 'ready');
  el.setState('banding-ready', !checking && a.banding.ready);
  el.setState('has-errors', !checking && a.findings.some((f) => f.severity === 'error'));
  return html`${el.doc.renderStatus()}
    <div class="wrap" aria-busy=${checking ? 'true' : 'false'}>${checking || !engine ? renderChecking(el) : renderAssessment(el, a, engine)}</div>`;
}

/** The heading and one line: the role is being checked, or its assessment could not be loaded. */
function renderChecking(el: El): TemplateResult {
  const l = el.l!;
  const failed = assessmentEngineState() === 'failed';
  return html`<section class="section summary" aria-labelledby="insights-heading">
    <h2 id="insights-heading">${l.t('heading')}</h2>
    <p class="hint">${l.t('intro')}</p>
    ${failed
      ? html`<p class="assessment-error" part="assessment-error" role="alert">${l.t('assessmentUnavailable')}</p>`
      : html`<p class="checking" part="checking" role="status">${l.t('checking')}</p>`}
  </section>`;
}

function renderAssessment(el: El, a: Assessment, e: Engine): TemplateResult {
  const l = el.l!;
  const c = el.c!;
  const ui = el.ui;
  return html`<section part="summary" class="section summary" aria-labelledby="insights-heading">
      <h2 id="insights-heading">${l.t('heading')}</h2>
      <p class="hint">${l.t('intro')}</p>
      ${renderSummary(l, c, a, {
        counts: countPlaces(a.findings, (path) => editableHere(el, path)),
        elsewhere: (path) => elsewhere(el, path),
        held: el.doc.heldInput,
        onGo: (path, itemId) => navigate(el, path, itemId),
      })}
    </section>
    <section part="balance" class="section balance" aria-labelledby="balance-heading">
      ${renderBalance(a.balance, {
        t: c.t.bind(c),
        percent: (n) => l.number(n / 100, { style: 'percent', maximumFractionDigits: 2 }),
        thresholds: e.defaultPolicy.balance,
        headingLevel: 3,
        headingId: 'balance-heading',
      })}
    </section>
    <section part="themes" class="section themes" aria-labelledby="themes-heading">
      ${renderThemes(l, c, a.themes, e.themeChecklist)}
    </section>
    <section part="findings" class="section findings-section" aria-labelledby="findings-heading">
      ${renderFindings(l, c, {
        findings: a.findings,
        filter: ui.filter,
        expanded: ui.expanded,
        onFilter: (filter) => {
          ui.filter = filter;
          el.requestUpdate();
        },
        onExpand: (theme, open) => {
          const next = new Set(ui.expanded);
          if (open) next.add(theme);
          else next.delete(theme);
          ui.expanded = next;
          el.requestUpdate();
        },
        onGo: (f) => f.path !== undefined && navigate(el, f.path, f.itemId),
        elsewhere: (f) => (f.path !== undefined ? elsewhere(el, f.path) : undefined),
        summaries: el.summaries,
      })}
    </section>`;
}
