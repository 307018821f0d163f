// Refused input in the organisation editor never goes on showing something the profile does not
// hold: a field refused because of another (a minimum above the maximum, an end before the start)
// is applied once that other field makes room for it; the peer-supervision frequency can be removed
// by emptying both halves; and every edit keeps the profile within the size it can be read back at.
import { expect } from '@open-wc/testing';
import { validateProfile } from '../../../components/organisation-editor/profile-model.js';
import { INPUT_LIMITS } from '../../../src/model/plain-data.js';
import { $, choose, click, mount, sampleProfile, text, type } from './helpers.js';
import { waitUntil } from '../util/wait.js';

describe('<psw-organisation-editor>: refused input and what the profile holds', () => {
  it('a band minimum refused until the maximum is raised is applied then, and its issue goes', async () => {
    const el = await mount({ value: sampleProfile() });
    await click(el, 'input[name="pay-source"][value="own"]');
    await type(el, '#pay-tables-0-label', 'Our grades');
    await type(el, '#pay-tables-0-bands-0-min', '0');
    await type(el, '#pay-tables-0-bands-0-max', '0');
    await type(el, '#pay-tables-0-bands-0-min', '24800');
    expect(text($(el, '#pay-tables-0-bands-0-min-error'))).to.contain('must not be above the maximum');
    await type(el, '#pay-tables-0-bands-0-max', '26400');
    expect(el.value?.pay.tables?.[0]?.bands[0]).to.deep.include({ min: 24800, max: 26400 });
    expect(el.shadowRoot!.querySelector('#pay-tables-0-bands-0-min-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#pay-tables-0-bands-0-min').getAttribute('aria-invalid')).to.not.equal('true');
    // Each is its own undo step: Undo takes the minimum back first.
    el.undo();
    await el.updateComplete;
    expect(el.value?.pay.tables?.[0]?.bands[0]).to.deep.include({ max: 26400 });
    expect(el.value?.pay.tables?.[0]?.bands[0]?.min).to.not.equal(24800);
  });

  it('refused input in a list item is dropped when the list changes, never applied to another item', async () => {
    const profile = sampleProfile();
    const table = { id: 't1', scheme: 'vcse-own-grades' as const, label: 'Grades', effectiveFrom: '2026-04-01', bands: [
      { band: '2', min: 100, max: 200, period: 'year' as const }, { band: '3', min: 200, max: 300, period: 'year' as const }, { band: '4', min: 300, max: 400, period: 'year' as const },
    ] };
    const el = await mount({ value: { ...profile, pay: { ...profile.pay, tables: [table] } } });
    await type(el, '#pay-tables-0-bands-1-min', '350');
    expect(el.shadowRoot!.querySelector('#pay-tables-0-bands-1-min-error')).to.exist;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Remove band 2')!.click();
    await el.updateComplete;
    expect(el.value?.pay.tables?.[0]?.bands.map((b) => `${b.band}:${b.min}-${b.max}`)).to.deep.equal(['3:200-300', '4:300-400']);
    expect(el.shadowRoot!.querySelector('[id$="-min-error"]'), 'no issue left on another band').to.equal(null);
    // An accepted edit of band 4 afterwards does not bring the 350 back either.
    await type(el, '#pay-tables-0-bands-1-max', '450');
    expect(el.value?.pay.tables?.[0]?.bands[1]).to.deep.include({ min: 300, max: 450 });
  });

  it('the peer-supervision frequency is removed by emptying both halves', async () => {
    const el = await mount({ value: sampleProfile() });
    await type(el, '#frequency-count', '2');
    expect(el.value?.facts.peerSupervision?.frequency).to.deep.equal({ count: 2, per: 'month' });
    const per = $<HTMLSelectElement>(el, '#frequency-per');
    per.value = '';
    per.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#frequency-error'), 'one half is not a frequency').to.exist;
    await type(el, '#frequency-count', '');
    expect(el.value?.facts.peerSupervision ?? {}).to.not.have.property('frequency');
    expect(el.shadowRoot!.querySelector('#frequency-error')).to.equal(null);
  });

  it('refuses a logo whose bytes are not a PNG or JPEG, whatever its name says', async () => {
    const el = await mount({ value: sampleProfile() });
    choose(el, '#logo-file', new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'fake.png', { type: 'image/png' }));
    await waitUntil(() => el.shadowRoot!.querySelector('#logo-file-error'), 'refused');
    expect(text($(el, '#logo-file-error'))).to.equal('“fake.png” is not a PNG or JPEG image.');
    expect(el.value?.organisation.logo).to.equal(sampleProfile().organisation.logo);
  });

  it('measures the size on every edit, not only when the templates change', () => {
    const before = sampleProfile();
    const big = { ...before, jobDescription: { ...before.jobDescription, aboutUs: 'x'.repeat(9_000) } };
    expect(validateProfile(big, before).ok).to.equal(true);
    // Host data kept in the profile, with the templates unchanged (as a logo or a clause would be).
    const tooBig = { ...before, extensions: { host: 'y'.repeat(INPUT_LIMITS.maxChars) } };
    const result = validateProfile(tooBig, before);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]!.message).to.match(/larger than .* characters as JSON/);
  });
});
