/**
 * Findings grouped by theme: a finding sits under its first theme and names all of its themes.
 * Each shows its severity in words, the message, how to fix it, its basis with a one-line
 * explanation, its sources (under a one-line summary of severity and message until opened, when
 * the element shows `summaries`), and a "Go to the field" control when it points at a field that an editor
 * on the page edits, or else a sentence saying where that field is edited (./where-edited.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { THEME_IDS, type ThemeId } from '../../src/catalogue/ids.js';
import type { Finding, Severity } from '../../src/assess/types.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import type { InsightsStrings } from './strings.js';

type T = Localizer<InsightsStrings>;
type C = Localizer<CommonStrings>;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const severityKey = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;
const basisKey = { study: 'basisStudy', evidence: 'basisEvidence', heuristic: 'basisHeuristic' } as const;
const basisHintKey = { study: 'basisStudyHint', evidence: 'basisEvidenceHint', heuristic: 'basisHeuristicHint' } as const;

/** Findings per theme (by each finding's first theme), in the assessment's order. */
export function groupByTheme(findings: readonly Finding[]): Map<ThemeId, { finding: Finding; index: number }[]> {
  const groups = new Map<ThemeId, { finding: Finding; index: number }[]>(THEME_IDS.map((id) => [id, []]));
  findings.forEach((finding, index) => {
    const first = finding.themes[0] ?? 'T1';
    groups.get(first)?.push({ finding, index });
  });
  return groups;
}

/** Groups longer than this show their first findings and a "Show all" button (roles with hundreds of duties). */
export const GROUP_PREVIEW = 50;

export interface FindingsView {
  findings: readonly Finding[];
  filter: Severity | 'all';
  expanded: ReadonlySet<ThemeId>;
  onFilter: (filter: Severity | 'all') => void;
  onExpand: (theme: ThemeId, expanded: boolean) => void;
  onGo: (finding: Finding) => void;
  /** Where a finding's field is edited, in words, when no editor on the page edits it; else undefined. */
  elsewhere: (finding: Finding) => string | undefined;
  /** Each finding as its severity and message until opened (a native disclosure), the rest inside. */
  summaries: boolean;
}

function findingItem(l: T, c: C, f: Finding, index: number, v: FindingsView): TemplateResult {
  const msgId = `finding-${index}`;
  const elsewhere = f.path !== undefined ? v.elsewhere(f) : undefined;
  const message = html`<span class="severity" data-severity=${f.severity}>${c.t(severityKey[f.severity])}:</span>
    <span id=${msgId}>${f.message}</span>`;
  const details = html`<p class="fix"><strong>${c.t('fix')}:</strong> ${f.fix}</p>
    <dl class="meta">
      <div>
        <dt>${l.t('themesLabel')}</dt>
        <dd class="themes">${f.themes.map((th) => c.t(`theme${th}`)).join('; ')}</dd>
      </div>
      <div>
        <dt>${l.t('basisLabel')}</dt>
        <dd class="basis" data-basis=${f.basis}>${l.t('basisLine', c.t(basisKey[f.basis]), c.t(basisHintKey[f.basis]))}</dd>
      </div>
      <div>
        <dt>${c.t('sources')}</dt>
        <dd class="sources">${f.sources.length ? f.sources.join(', ') : l.t('noSources')}</dd>
      </div>
    </dl>
    ${elsewhere !== undefined
      ? html`<p class="elsewhere" part="elsewhere">${elsewhere}</p>`
      : f.path !== undefined
        ? html`<button type="button" class="secondary go" aria-describedby=${msgId} @click=${() => v.onGo(f)}>${c.t('goToField')}</button>`
        : nothing}`;
  return html`<li part="finding" class="finding" data-severity=${f.severity} data-rule=${f.ruleId} data-index=${index}>
    ${v.summaries
      ? html`<details><summary class="message">${message}</summary>${details}</details>`
      : html`<p class="message">${message}</p>${details}`}
  </li>`;
}

const key = (e: { finding: Finding; index: number }) => `${e.finding.ruleId}|${e.finding.path ?? ''}|${e.finding.itemId ?? ''}|${e.index}`;

export function renderFindings(l: T, c: C, v: FindingsView): TemplateResult {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of v.findings) counts[f.severity]++;
  const shown = v.filter === 'all' ? v.findings : v.findings.filter((f) => f.severity === v.filter);
  const groups = groupByTheme(v.findings).entries();
  const options: { value: Severity | 'all'; label: string }[] = [
    { value: 'all', label: l.t('filterAll', v.findings.length) },
    ...SEVERITIES.map((s) => ({ value: s, label: l.t('filterSeverity', c.t(severityKey[s]), counts[s]) })),
  ];
  return html`<h3 id="findings-heading">${l.t('findingsHeading')}</h3>
    ${v.findings.length === 0
      ? html`<p class="none">${l.t('noFindings')}</p>`
      : html`<p class="hint">${l.t('findingsIntro')}</p>
          <fieldset class="filter">
            <legend>${l.t('filterLegend')}</legend>
            <div class="choices">
              ${options.map(
                (o) => html`<label class="choice">
                  <input type="radio" name="severity" value=${o.value} .checked=${o.value === v.filter}
                    @change=${() => v.onFilter(o.value)} />
                  <span>${o.label}</span>
                </label>`,
              )}
            </div>
          </fieldset>
          ${shown.length === 0 ? html`<p class="none">${l.t('noFindingsForFilter')}</p>` : nothing}
          ${[...groups].map(([theme, all]) => {
            const entries = v.filter === 'all' ? all : all.filter((e) => e.finding.severity === v.filter);
            if (!entries.length) return nothing;
            const open = v.expanded.has(theme) || entries.length <= GROUP_PREVIEW;
            const visible = open ? entries : entries.slice(0, GROUP_PREVIEW);
            return html`<section class="theme-group" data-theme=${theme} aria-labelledby="group-${theme}">
              <h4 id="group-${theme}">${c.t(`theme${theme}`)} <span class="count">(${l.t('groupCount', entries.length)})</span></h4>
              <ul class="findings">
                ${repeat(visible, key, (e) => findingItem(l, c, e.finding, e.index, v))}
              </ul>
              ${entries.length > GROUP_PREVIEW
                ? html`<button type="button" class="link" aria-expanded=${open ? 'true' : 'false'}
                    @click=${() => v.onExpand(theme, !open)}>${open ? l.t('showFewer') : l.t('showAll', entries.length)}</button>`
                : nothing}
            </section>`;
          })}`}`;
}
