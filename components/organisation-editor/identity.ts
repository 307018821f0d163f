/**
 * Who the organisation is: name, nation, employer type, website, logo (a PNG or JPEG chosen from a
 * file, kept in the profile as a data: URL, with its text alternative), job reference prefix and
 * recruitment contact. The logo is not drawn here: a strict Content-Security-Policy
 * (`img-src 'self'`) refuses data: images, so the editor says what is set instead.
 */
import { logoImage } from '../../src/export/logo-image.js';
import { html, nothing, type TemplateResult } from 'lit';
import { employerTypes } from '../../src/catalogue/roles.js';
import { MAX_LOGO_CHARS } from '../../src/organisation/schema.js';
import { setIn } from '../../src/store/ops.js';
import type { ProfileView } from './fields.js';

const NATIONS = [
  ['england', 'nationEngland'], ['wales', 'nationWales'], ['scotland', 'nationScotland'], ['northern-ireland', 'nationNorthernIreland'],
] as const;
const LOGO_TYPES = new Set(['image/png', 'image/jpeg']);
const LOGO_KEY = 'organisation.logo.src';

export function renderIdentity(v: ProfileView): TemplateResult {
  const { t } = v;
  return html`<section class="section" part="identity" aria-labelledby="identity-heading">
    <h3 id="identity-heading">${t('identityHeading')}</h3>
    ${v.text(['organisation', 'name'], { label: t('name'), autocomplete: 'organization', required: true })}
    ${v.select(['organisation', 'nation'], t('nation'), NATIONS.map(([value, key]) => ({ value, label: t(key) })))}
    ${v.select(['organisation', 'employerType'], t('employerType'), employerTypes.map((e) => ({ value: e.id, label: e.label })))}
    ${v.text(['organisation', 'website'], { label: t('website'), hint: t('websiteHint'), autocomplete: 'url' })}
    ${renderLogo(v)}
    ${v.text(['organisation', 'jobReferencePrefix'], { label: t('jobReferencePrefix'), hint: t('jobReferencePrefixHint') })}
    ${v.text(['organisation', 'recruitmentContact'], { label: t('recruitmentContact'), hint: t('recruitmentContactHint') })}
  </section>`;
}

function renderLogo(v: ProfileView): TemplateResult {
  const { t } = v;
  const logo = v.p.organisation.logo;
  const error = v.model.error(LOGO_KEY);
  const kind = logo?.src.startsWith('data:image/png') ? 'PNG' : logo?.src.startsWith('data:image/jpeg') ? 'JPEG' : undefined;
  const size = logo && kind ? Math.round((logo.src.length * 3) / 4 / 1024) : undefined;
  return html`<fieldset class="logo">
    <legend>${t('logoHeading')}</legend>
    ${logo
      ? html`<p class="logo-summary" data-path="organisation.logo">${kind ? t('logoSummary', kind, size ?? 0) : logo.src}</p>
          ${v.text(['organisation', 'logo', 'alt'], { label: t('logoAlt'), hint: t('logoAltHint') })}
          <button type="button" @click=${() => removeLogo(v)}>${t('removeLogo')}</button>`
      : nothing}
    <div class="field">
      <label for="logo-file">${t('logoFile')}</label>
      <span class="hint" id="logo-file-hint">${t('logoFileHint')}</span>
      ${error ? html`<p class="error" id="logo-file-error" role="alert">${error}</p>` : nothing}
      <input id="logo-file" type="file" accept="image/png,image/jpeg" aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'logo-file-hint logo-file-error' : 'logo-file-hint'} @change=${(e: Event) => void chooseLogo(v, e)} />
    </div>
  </fieldset>`;
}

function removeLogo(v: ProfileView): void {
  v.edit(LOGO_KEY, (p) => setIn(p, ['organisation', 'logo'], undefined), v.t('removeLogo'));
  v.el.renderRoot.querySelector<HTMLInputElement>('#logo-file')?.focus();
}

/** Reads the chosen image as a data: URL and puts it in the profile (the text alternative defaults to the name). */
async function chooseLogo(v: ProfileView, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const { model, t } = v;
  if (!LOGO_TYPES.has(file.type)) return model.refuse(LOGO_KEY, t('logoNotImage', file.name));
  let src: string;
  try {
    src = await readAsDataUrl(file);
  } catch {
    return model.refuse(LOGO_KEY, t('logoUnreadable', file.name));
  }
  if (src.length > MAX_LOGO_CHARS) return model.refuse(LOGO_KEY, t('logoTooLarge', file.name));
  // The type comes from the file's name; the bytes must be a PNG or JPEG too, as the Word export
  // reads them (an SVG renamed .png would show nowhere, and be left out of Word).
  if (!logoImage(src)) return model.refuse(LOGO_KEY, t('logoNotImage', file.name));
  model.edit(LOGO_KEY, (p) => setIn(p, ['organisation', 'logo'], { src, alt: p.organisation.logo?.alt || p.organisation.name }), { label: t('logoFile') });
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('not text')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}
