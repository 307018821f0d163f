/**
 * Load a profile from a JSON file (checked with `parseOrganisationProfile`: a file with problems is
 * refused with its issues listed by field, and the profile stays as it was) and download the profile
 * as JSON (a Blob and an object URL, so a strict Content-Security-Policy allows it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { PswExportEvent } from '../base/events.js';
import { saveBlob } from '../role-export/download.js';
import { slugify } from '../../src/export/filename.js';
import type { ProfileView } from './fields.js';
import { jsonText } from '../../src/model/json-text.js';
import { INPUT_LIMITS } from '../../src/model/plain-data.js';

export function renderFile(v: ProfileView): TemplateResult {
  const { t } = v;
  const ui = v.el.ui;
  return html`<section class="section" part="file" aria-labelledby="file-heading">
    <h3 id="file-heading">${t('fileHeading')}</h3>
    <div class="field">
      <label for="profile-file">${t('loadFile')}</label>
      <span class="hint" id="profile-file-hint">${t('loadFileHint')}</span>
      <input id="profile-file" type="file" accept="application/json,.json" aria-describedby="profile-file-hint"
        @change=${(e: Event) => void loadFile(v, e)} />
    </div>
    ${ui.fileIssues && ui.fileName !== undefined
      ? html`<div class="file-issues" role="alert">
          <p>${t('refused', ui.fileName)}</p>
          <ul>${ui.fileIssues.map((i) => html`<li data-path=${i.path}>${i.message}</li>`)}</ul>
        </div>`
      : nothing}
    <div class="actions"><button type="button" class="primary" @click=${() => download(v)}>${t('download')}</button></div>
  </section>`;
}

async function loadFile(v: ProfileView, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const ui = v.el.ui;
  ui.fileName = file.name;
  let text: string;
  try {
    text = await file.text();
  } catch {
    ui.fileIssues = [{ path: '', message: v.t('unreadableFile', file.name) }];
    v.el.requestUpdate();
    return;
  }
  const result = v.el.model!.load(text, { user: true, label: v.t('loadFile') });
  ui.fileIssues = result.ok ? undefined : result.issues;
  if (result.ok) v.announce(v.t('loaded', file.name));
  else v.el.requestUpdate();
}

/** A file name from the organisation's name, slugged as export file names are (src/export/filename.ts). */
export function profileFilename(name: string): string {
  return `${slugify(name) || 'organisation'}-profile.json`;
}

function download(v: ProfileView): void {
  const profile = v.el.model!.profile;
  const filename = profileFilename(profile.organisation.name);
  // Indented for a person to read, unless that would pass the size a profile may be read back at.
  const pretty = jsonText(profile, 2);
  const text = pretty.length < INPUT_LIMITS.maxChars ? `${pretty}\n` : jsonText(profile);
  saveBlob(v.el.renderRoot, new Blob([text], { type: 'application/json' }), filename);
  v.el.dispatchEvent(new PswExportEvent({ format: 'json', filename }));
}
