/**
 * The import part of `<psw-role-export>`: the file input, the issues of a refused file (by field,
 * in words) and the preview of a valid one with its confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RoleDocument } from '../../src/model/schema.js';
import { describePath } from '../../src/model/field-labels.js';
import type { Localizer } from '../base/localize.js';
import type { ExportStrings } from './strings.js';

type T = Localizer<ExportStrings>;

export interface ImportIssue {
  path: string;
  message: string;
}

export type ImportState =
  | { kind: 'idle'; note?: string }
  | { kind: 'reading'; name: string }
  | { kind: 'invalid'; name: string; issues: readonly ImportIssue[]; data?: unknown }
  | { kind: 'preview'; name: string; document: RoleDocument; migratedFrom?: number; /** A contract length the update moved out of the funding term. */ movedMonths?: number };

/**
 * An issue as "field: what is wrong". Parse messages already start with the field in words
 * ("Duty 2 “…” › Flexibility › Maximum share must be 100 or less."); the field is split off so the
 * list reads by field, and kept whole when the message is worded otherwise.
 */
export function issueParts(issue: ImportIssue, data: unknown, wholeFile: string): { field: string; text: string } {
  if (!issue.path) return { field: wholeFile, text: issue.message };
  const field = describePath(issue.path, data);
  const text = issue.message.startsWith(field + ' ') ? issue.message.slice(field.length + 1) : issue.message;
  return { field, text };
}

export interface ImportView {
  state: ImportState;
  readonly: boolean;
  onFile: (event: Event) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

function issuesView(l: T, s: Extract<ImportState, { kind: 'invalid' }>): TemplateResult {
  return html`<div part="issues" class="issues" role="alert" aria-labelledby="issues-heading">
    <h4 id="issues-heading" tabindex="-1">${l.t('issuesHeading', s.name)}</h4>
    <p>${l.t('issuesIntro', s.issues.length)}</p>
    <ul>
      ${s.issues.map((issue) => {
        const { field, text } = issueParts(issue, s.data, l.t('wholeFile'));
        return html`<li data-path=${issue.path}><strong class="issue-field">${field}</strong>: <span class="issue-message">${text}</span></li>`;
      })}
    </ul>
  </div>`;
}

function previewView(l: T, s: Extract<ImportState, { kind: 'preview' }>, v: ImportView): TemplateResult {
  const d = s.document;
  const count = (kind: string) => d.duties.filter((x) => x.kind === kind).length;
  return html`<section class="preview" aria-labelledby="preview-heading">
    <h4 id="preview-heading" tabindex="-1">${l.t('previewHeading', s.name)}</h4>
    <dl class="preview-facts">
      <div><dt>${l.t('previewTitle')}</dt><dd class="preview-title">${d.role.title?.trim() ? d.role.title : l.t('previewNoTitle')}</dd></div>
      ${d.meta.organisation ? html`<div><dt>${l.t('previewOrganisation')}</dt><dd>${d.meta.organisation}</dd></div>` : nothing}
      <div>
        <dt>${l.t('previewDuties')}</dt>
        <dd class="preview-duties">${l.t('previewDutyCount', d.duties.length, count('core'), count('flexible'), count('excluded'))}</dd>
      </div>
      <div><dt>${l.t('previewUpdated')}</dt><dd class="preview-updated">${l.date(d.meta.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd></div>
    </dl>
    ${s.migratedFrom !== undefined ? html`<p class="migrated">${l.t('previewMigrated', s.migratedFrom, s.movedMonths)}</p>` : nothing}
    <p class="hint">${l.t('previewReplaceNote')}</p>
    <div class="actions">
      <button type="button" class="confirm" @click=${v.onConfirm}>${l.t('confirmReplace')}</button>
      <button type="button" class="secondary cancel" @click=${v.onCancel}>${l.t('cancel')}</button>
    </div>
  </section>`;
}

export function renderImport(l: T, v: ImportView): TemplateResult {
  const s = v.state;
  return html`<h3 id="import-heading">${l.t('importHeading')}</h3>
    ${v.readonly
      ? html`<p class="hint readonly-note">${l.t('importReadonly')}</p>`
      : html`<div class="field">
          <label for="import-file">${l.t('importLabel')}</label>
          <span class="hint" id="import-file-hint">${l.t('importHint')}</span>
          <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-file-hint"
            aria-invalid=${s.kind === 'invalid' ? 'true' : 'false'} @change=${v.onFile} />
        </div>`}
    <p class="import-status" role="status" aria-live="polite">${s.kind === 'reading' ? l.t('reading', s.name) : s.kind === 'idle' ? (s.note ?? nothing) : nothing}</p>
    ${s.kind === 'invalid' ? issuesView(l, s) : nothing}
    ${s.kind === 'preview' && !v.readonly ? previewView(l, s, v) : nothing}`;
}
