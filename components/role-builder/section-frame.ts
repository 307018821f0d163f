/** The frame of each builder section: a heading that opens and closes it, and its leftover findings. */
import { html, nothing, type TemplateResult } from 'lit';
import { findingsList } from '../base/ui.js';
import type { BuilderState } from './builder-state.js';
import { sectionOf } from './navigation.js';

/** What a closed section still has to fix or check, in words ('' when nothing), so closing it hides no work. */
function left(b: BuilderState, id: string): string {
  let fix = 0, check = 0;
  for (const f of b.assessment?.findings ?? []) {
    if (!f.path || sectionOf(f.path) !== id) continue;
    if (f.severity === 'error') fix++;
    else if (f.severity === 'warning') check++;
  }
  return fix || check ? b.t('sectionLeft', fix, check) : '';
}

/** A section with a heading that opens and closes it; closed sections render only their summary. */
export function section(b: BuilderState, id: string, part: string, title: string, summary: string | undefined, body: () => unknown): TemplateResult {
  const open = b.isOpen(id);
  const still = open ? '' : left(b, id);
  return html`<div class="section builder-section" part=${part} data-section=${id}>
    <h3 class="section-heading">
      <button type="button" class="disclosure" id="${id}-toggle" aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${id}-body" @click=${() => b.toggle(id)}>
        <span class="chevron" aria-hidden="true"></span>${title}
      </button>
    </h3>
    ${!open && summary ? html`<p class="hint section-summary">${summary}</p>` : nothing}
    ${still ? html`<p class="hint section-left">${still}</p>` : nothing}
    <div id="${id}-body" class="section-body" ?hidden=${!open}>${open ? body() : nothing}</div>
  </div>`;
}

/** Findings under these prefixes that no field shows (call after the fields were made). */
export function sectionFindings(b: BuilderState, prefixes: readonly string[]): TemplateResult | typeof nothing {
  const rest = b.unclaimed(prefixes);
  return rest.length ? html`<div class="section-findings">${findingsList(rest, b.ct)}</div>` : nothing;
}
