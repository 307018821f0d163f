/**
 * The designer's toolbar: Undo, Redo, the role's readiness (or that a field holds input the role
 * refused) and the announcements line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Readiness } from '../../src/assess/types.js';
import type { DesignerModel } from './role-designer.view.js';
import { countBySeverity } from './steps.js';
import { renderLibraryTools } from './library-tools.js';

const readinessKey = {
  incomplete: 'readinessIncomplete',
  'needs-attention': 'readinessNeedsAttention',
  ready: 'readinessReady',
  held: 'readinessHeld',
} as const satisfies Record<Readiness | 'held', string>;

export function renderToolbar(d: DesignerModel): TemplateResult {
  const t = d.t;
  const { errors, warnings } = countBySeverity(d.assessment.findings);
  // A field holding input the role refused: the role is not what the page shows, so not "ready".
  const readiness = d.heldInput ? 'held' : d.assessment.readiness;
  // aria-disabled (not disabled) keeps focus on the button when its last step is taken back.
  const history = d.readonly || d.onStart
    ? nothing
    : html`<button type="button" class="secondary" id="undo" title=${t('undoHint')}
          aria-disabled=${d.canUndo ? 'false' : 'true'} @click=${() => d.canUndo && d.undo()}>${t('undo')}</button>
        <button type="button" class="secondary" id="redo" title=${t('redoHint')}
          aria-disabled=${d.canRedo ? 'false' : 'true'} @click=${() => d.canRedo && d.redo()}>${t('redo')}</button>`;
  // On the start screen only the (empty) announcements line is there, kept for what starting says.
  return html`<div class=${d.onStart ? 'toolbar quiet' : 'toolbar'} part="toolbar" role="group" aria-label=${t('toolbarLabel')}>
    ${history}
    ${renderLibraryTools(d)}
    ${d.onStart
      ? nothing
      : html`<p class="readiness" part="readiness" data-readiness=${readiness}>
          <!-- Said when the readiness changes (not the totals, which change with most edits). -->
          <span class="readiness-now" aria-live="polite" aria-atomic="true"><span class="readiness-label">${t('readiness')}</span>
          <span class="badge readiness-value">${t(readinessKey[readiness])}</span></span>
          <span class="hint readiness-totals">${t('totals', errors, warnings)}</span>
        </p>`}
    <p class="announce" role="status" aria-live="polite">${d.announcement}</p>
  </div>`;
}
