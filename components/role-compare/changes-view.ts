/**
 * The changes of `<psw-role-compare>`, grouped by section: a list of sentences, or a table per
 * section with the value before and after side by side. Word-level differences are `<ins>` and
 * `<del>` with the words "added:" and "removed:" for screen readers (and in print), never colour alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Finding } from '../../src/assess/types.js';
import type { Change, ChangeSection, WordDiff } from '../../src/compare/types.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import { severityText } from '../base/ui.js';
import type { CompareStrings } from './strings.js';

type L = Localizer<CompareStrings>;
type C = Localizer<CommonStrings>;

const KIND = { added: 'kindAdded', removed: 'kindRemoved', changed: 'kindChanged', moved: 'kindMoved' } as const;

/** The runs of a text change, in reading order; `only` keeps one side ('before': same and removed). */
export function renderWords(l: L, words: readonly WordDiff[], only?: 'before' | 'after'): TemplateResult {
  const shown = only ? words.filter((w) => w.kind === 'same' || w.kind === (only === 'before' ? 'removed' : 'added')) : words;
  return html`<p class="words">${shown.map((w) =>
    w.kind === 'added'
      ? html`<ins><span class="marker">${l.t('wordsAdded')} </span>${w.text}</ins>`
      : w.kind === 'removed'
        ? html`<del><span class="marker">${l.t('wordsRemoved')} </span>${w.text}</del>`
        : w.text,
  )}</p>`;
}

function findingLines(label: string, findings: readonly Finding[] | undefined, c: C): TemplateResult | typeof nothing {
  if (!findings?.length) return nothing;
  return html`<div class="moved-findings"><span class="moved-label">${label}</span>
    <ul>${findings.map((f) => html`<li data-severity=${f.severity}><span class="severity" data-severity=${f.severity}>${severityText(f, c.t.bind(c))}:</span> ${f.message}</li>`)}</ul>
  </div>`;
}

function changeItem(l: L, c: C, ch: Change): TemplateResult {
  return html`<li class="change" part="change" data-change=${ch.change}>
    <span class="kind" data-change=${ch.change}>${l.t(KIND[ch.change])}:</span> ${ch.label}
    ${ch.words ? renderWords(l, ch.words) : nothing}
    ${findingLines(l.t('fixes', ch.fixes?.length ?? 0), ch.fixes, c)}
    ${findingLines(l.t('introduces', ch.introduces?.length ?? 0), ch.introduces, c)}
  </li>`;
}

/** A value in a side-by-side cell: its words, the text's own side of a word diff, or "Not there". */
function cell(l: L, ch: Change, side: 'before' | 'after'): TemplateResult | string {
  const absent = side === 'before' ? ch.change === 'added' : ch.change === 'removed';
  if (absent) return html`<span class="muted">${l.t('notThere')}</span>`;
  if (ch.words) return renderWords(l, ch.words, side);
  const text = side === 'before' ? ch.beforeText : ch.afterText;
  // Values are shown only in words (never a raw value, which may be an id); a whole item by its label.
  return text ?? l.t('item');
}

function sideBySide(l: L, c: C, s: ChangeSection, changes: readonly Change[], headingId: string): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-labelledby=${headingId} tabindex="0">
    <table class="side">
      <caption class="visually-hidden">${l.t('sideCaption', s.label)}</caption>
      <thead><tr><th scope="col">${l.t('columnChange')}</th><th scope="col">${l.t('columnBefore')}</th><th scope="col">${l.t('columnAfter')}</th></tr></thead>
      <tbody>
        ${changes.map((ch) => html`<tr class="change" part="change" data-change=${ch.change}>
          <th scope="row"><span class="kind" data-change=${ch.change}>${l.t(KIND[ch.change])}:</span> ${ch.label}
            ${findingLines(l.t('fixes', ch.fixes?.length ?? 0), ch.fixes, c)}
            ${findingLines(l.t('introduces', ch.introduces?.length ?? 0), ch.introduces, c)}</th>
          <td>${cell(l, ch, 'before')}</td>
          <td>${cell(l, ch, 'after')}</td>
        </tr>`)}
      </tbody>
    </table>
  </div>`;
}

export const movedAFinding = (ch: Change): boolean => !!(ch.fixes?.length || ch.introduces?.length);

export function renderChanges(l: L, c: C, sections: readonly ChangeSection[], layout: 'list' | 'side', onlyFindings: boolean): TemplateResult {
  const shown = sections
    .map((s) => ({ s, changes: onlyFindings ? s.changes.filter(movedAFinding) : s.changes }))
    .filter((x) => x.changes.length);
  if (!shown.length) return html`<p class="hint">${l.t(sections.length ? 'noneMovedFinding' : 'noChanges')}</p>`;
  return html`${shown.map(({ s, changes }) => {
    const id = `section-${s.section}`;
    return html`<div class="change-section">
      <h4 id=${id}>${s.label}</h4>
      ${layout === 'side' ? sideBySide(l, c, s, changes, id) : html`<ul class="changes">${changes.map((ch) => changeItem(l, c, ch))}</ul>`}
    </div>`;
  })}`;
}
