import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { PswElement } from '../base/psw-element.js';
import { Localizer } from '../base/localize.js';
import { commonStrings } from '../base/strings.js';
import { uiStyles } from '../base/ui.styles.js';
import { PswNavigateEvent } from '../base/events.js';
import { DocumentController } from '../context/document-controller.js';
import { documentStatusStyles } from '../context/document-status.js';
import { defaultPolicy } from '../../src/assess/index.js';
import type { Severity } from '../../src/assess/types.js';
import type { ThemeId } from '../../src/catalogue/ids.js';
import { renderBalance } from './balance-view.js';
import { renderFindings } from './findings-view.js';
import { renderSummary } from './summary-view.js';
import { renderThemes } from './themes-view.js';
import { INSIGHTS_AREA, insightsStrings } from './strings.js';
import styles from './role-insights.styles.js';

/**
 * The assessment of the role, read only: readiness and banding readiness at a glance, the number
 * of findings of each severity, the balance of structure and flexibility (a stacked bar with its
 * verdict, whose thresholds are said to be a tool heuristic), coverage of the study's five themes
 * (bars with what covers each theme and what is missing), and the findings grouped by theme, each
 * with its severity, basis, sources and fix. Every picture has a text equivalent beside it.
 *
 * "Go to the field" dispatches `psw-navigate` (detail `{ path, itemId? }`) from this element; the
 * editors listen for it on the document and focus the field. Nothing here edits the document.
 *
 * The balance thresholds shown are the toolkit's defaults (`defaultPolicy.balance`), the ones
 * `<psw-role-document>` assesses with.
 *
 * @summary The role's assessment: readiness, balance, theme coverage and findings with their evidence.
 * @tag psw-role-insights
 *
 * @fires psw-navigate - When the user asks to go to the field a finding (or a missing banding item) concerns; detail `{ path, itemId? }`.
 *
 * @csspart summary - Readiness, banding readiness and counts per severity, at the top.
 * @csspart balance - The balance of structure and flexibility: stacked bar, legend and verdict.
 * @csspart themes - Coverage of the themes T1–T5.
 * @csspart findings - The findings, grouped by theme, with the severity filter.
 * @csspart finding - One finding.
 * @csspart document-status - The shared one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @cssstate ready - The role's readiness is "ready" (no finding to fix or check).
 * @cssstate banding-ready - The job description holds what a job evaluation panel needs.
 * @cssstate has-errors - At least one finding must be fixed.
 * @cssstate readonly - The document cannot be changed here.
 */
export class PswRoleInsights extends PswElement {
  static override styles = [PswElement.styles, uiStyles, documentStatusStyles, styles];

  private readonly doc = new DocumentController(this);
  private readonly l = new Localizer(this, INSIGHTS_AREA, insightsStrings);
  private readonly c = new Localizer(this, 'common', commonStrings);

  /** Which findings are listed: all, or one severity. */
  @state() private filter: Severity | 'all' = 'all';
  /** Themes whose long list of findings is shown in full. */
  @state() private expanded: ReadonlySet<ThemeId> = new Set();

  private navigate(path: string, itemId?: string): void {
    this.dispatchEvent(new PswNavigateEvent(itemId !== undefined ? { path, itemId } : { path }));
  }

  override render() {
    const a = this.doc.assessment;
    this.setState('readonly', this.doc.readonly);
    this.setState('ready', a?.readiness === 'ready');
    this.setState('banding-ready', a?.banding.ready === true);
    this.setState('has-errors', !!a?.findings.some((f) => f.severity === 'error'));
    if (!this.doc.document || !a) return html`<p class="hint">${this.l.t('noDocument')}</p>`;
    return html`${this.doc.renderStatus()}
      <div class="wrap">
      <section part="summary" class="section summary" aria-labelledby="insights-heading">
        <h2 id="insights-heading">${this.l.t('heading')}</h2>
        <p class="hint">${this.l.t('intro')}</p>
        ${renderSummary(this.l, this.c, a, (item) => this.navigate(item.path))}
      </section>
      <section part="balance" class="section balance" aria-labelledby="balance-heading">
        ${renderBalance(this.l, a.balance, defaultPolicy.balance)}
      </section>
      <section part="themes" class="section themes" aria-labelledby="themes-heading">
        ${renderThemes(this.l, this.c, a.themes)}
      </section>
      <section part="findings" class="section findings-section" aria-labelledby="findings-heading">
        ${renderFindings(this.l, this.c, {
          findings: a.findings,
          filter: this.filter,
          expanded: this.expanded,
          onFilter: (filter) => (this.filter = filter),
          onExpand: (theme, open) => {
            const next = new Set(this.expanded);
            if (open) next.add(theme);
            else next.delete(theme);
            this.expanded = next;
          },
          onGo: (f) => f.path !== undefined && this.navigate(f.path, f.itemId),
        })}
      </section>
      </div>`;
  }
}
