/** The designer's frame: heading, status line, toolbar, then the start screen or the steps. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DesignerModel } from './role-designer.view.js';
import { renderPanel } from './panels.js';
import { renderStart } from './start-screen.js';
import { renderStepsNav } from './steps-nav.js';
import { renderToolbar } from './toolbar.js';

export function renderDesigner(d: DesignerModel, status: unknown): TemplateResult {
  const t = d.t;
  return html`<h2 class="designer-heading">${t('heading')}</h2>
    ${status}
    ${d.readonly || d.onStart ? nothing : html`<p class="hint intro">${t('intro')}</p>`}
    ${renderToolbar(d)}
    ${d.onStart ? renderStart(d) : html`${renderStepsNav(d)}${renderPanel(d)}`}`;
}
