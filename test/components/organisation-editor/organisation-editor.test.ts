import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PswOrganisationChangeEvent, type PswExportEvent, type PswInvalidEvent } from '../../../components/base/events.js';
import { parseOrganisationProfile } from '../../../src/organisation/parse.js';
import { interceptDownloads } from '../util/downloads.js';
import { profileFilename } from '../../../components/organisation-editor/file.js';
import { $, choose, click, mount, sampleProfile, text, type } from './helpers.js';

const changes = (el: HTMLElement) => {
  const seen: PswOrganisationChangeEvent[] = [];
  el.addEventListener(PswOrganisationChangeEvent.type, (e) => seen.push(e as PswOrganisationChangeEvent));
  return seen;
};

describe('<psw-organisation-editor>: value, load and refusals', () => {
  it('starts from a blank profile that parses, and shows its sections with labelled native controls', async () => {
    const el = await mount();
    expect(parseOrganisationProfile(el.value).ok).to.equal(true);
    for (const part of ['identity', 'facts', 'supervision', 'pay', 'policy', 'templates', 'job-description', 'file']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    }
    for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:not([type="radio"]):not([type="checkbox"]), select, textarea')) {
      expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`), `label of #${input.id}`).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('a valid value is shown; no change event for a programmatic set', async () => {
    const el = await mount();
    const seen = changes(el);
    el.value = sampleProfile();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#organisation-name').value).to.equal('Riverdale and Ashby NHS Foundation Trust');
    expect($<HTMLInputElement>(el, 'input[name="facts-peerLeadInOrganisation"][value="yes"]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[name="facts-peerOnPanel"][value="no"]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[name="facts-peerNetwork"][value="unset"]').checked).to.equal(true);
    expect(seen).to.have.length(0);
  });

  it('an invalid value dispatches psw-invalid naming the field and leaves the profile untouched', async () => {
    const el = await mount({ value: sampleProfile() });
    const before = el.value;
    const bad = { ...sampleProfile(), facts: { peerOnPanel: 'maybe' } };
    setTimeout(() => (el.value = bad as never));
    const ev = (await oneEvent(el, 'psw-invalid')) as PswInvalidEvent;
    expect(ev.detail.issues[0]!.path).to.equal('facts.peerOnPanel');
    expect(ev.detail.issues[0]!.message).to.contain('Peer on the panel');
    expect(el.value).to.equal(before);
  });

  it('a value set before the view arrives is checked when it does', async () => {
    const el = document.createElement('psw-organisation-editor');
    el.value = sampleProfile();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.value?.organisation.name).to.equal('Riverdale and Ashby NHS Foundation Trust');
    } finally {
      el.remove();
    }
  });

  it('refuses a hostile profile (__proto__) and escapes hostile names in every field', async () => {
    const el = await mount({ value: sampleProfile() });
    const before = el.value;
    const r = await el.load('{"kind":"psw-organisation-profile","schemaVersion":1,"__proto__":{"polluted":true},"id":"x","asOf":"2026-01-01","organisation":{"name":"x"},"facts":{},"pay":{},"policy":{},"templates":{},"jobDescription":{}}');
    expect(r.ok).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(el.value).to.equal(before);
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const hostile = sampleProfile();
    hostile.organisation.name = evil;
    hostile.jobDescription.standardClauses![0]!.title = evil;
    hostile.jobDescription.aboutUs = evil;
    el.value = hostile;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect($<HTMLInputElement>(el, '#organisation-name').value).to.equal(evil);
    expect(text(el.shadowRoot!.querySelector('li[data-item="c-a"] legend'))).to.equal('Clause 1');
  });

  it('a file with problems is refused with its issues listed by field; a good file loads as a user change', async () => {
    const el = await mount({ value: sampleProfile() });
    const before = el.value;
    const seen = changes(el);
    const bad = { ...sampleProfile(), organisation: { name: '' }, policy: { minCoreDuties: 'three' } };
    choose(el, '#profile-file', new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }));
    await new Promise((r) => el.addEventListener('psw-invalid', r, { once: true }));
    await el.updateComplete;
    const box = $(el, '.file-issues');
    expect(text(box)).to.contain('bad.json');
    expect([...box.querySelectorAll('li')].map((li) => li.dataset.path)).to.include.members(['organisation.name', 'policy.minCoreDuties']);
    expect(el.value).to.equal(before);
    expect(seen).to.have.length(0);
    const good = { ...sampleProfile(), organisation: { name: 'Ashby Mind' } };
    choose(el, '#profile-file', new File([JSON.stringify(good)], 'good.json', { type: 'application/json' }));
    await oneEvent(el, PswOrganisationChangeEvent.type);
    await el.updateComplete;
    expect(el.value?.organisation.name).to.equal('Ashby Mind');
    expect(el.shadowRoot!.querySelector('.file-issues')).to.equal(null);
  });

  it('Download JSON produces a profile that parses to the same value', async () => {
    const el = await mount({ value: sampleProfile() });
    const downloads = interceptDownloads();
    try {
      setTimeout(() => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Download JSON')!.click());
      const ev = (await oneEvent(el, 'psw-export')) as PswExportEvent;
      expect(ev.detail).to.deep.equal({ format: 'json', filename: 'riverdale-and-ashby-nhs-foundation-trust-profile.json' });
      const r = parseOrganisationProfile(await downloads.saved[0]!.blob.text());
      expect(r.ok).to.equal(true);
      expect(r.ok && r.profile).to.deep.equal(el.value);
    } finally {
      downloads.restore();
    }
  });
});

describe('profileFilename', () => {
  it('slugs the organisation name as export file names are slugged: accents stripped, cut at a word', () => {
    expect(profileFilename('Riverdale and Ashby NHS Foundation Trust')).to.equal('riverdale-and-ashby-nhs-foundation-trust-profile.json');
    expect(profileFilename('Bwrdd Iechyd – Gwasanaeth Café Ŵyr')).to.equal('bwrdd-iechyd-gwasanaeth-cafe-wyr-profile.json');
    expect(profileFilename('<<< >>>')).to.equal('organisation-profile.json');
    expect(profileFilename(`${'Trust '.repeat(20)}Peer`).length).to.be.at.most(60 + '-profile.json'.length);
  });
});

describe('<psw-organisation-editor>: each section edits the value', () => {
  it('identity: text, selects; an emptied name is refused in place', async () => {
    const el = await mount({ value: sampleProfile() });
    const seen = changes(el);
    await type(el, '#organisation-website', 'https://www.example.nhs.uk');
    expect(el.value?.organisation.website).to.equal('https://www.example.nhs.uk');
    const nation = $<HTMLSelectElement>(el, '#organisation-nation');
    nation.value = 'wales';
    nation.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value?.organisation.nation).to.equal('wales');
    await type(el, '#organisation-website', 'not a url');
    expect(el.value?.organisation.website).to.equal('https://www.example.nhs.uk');
    expect($(el, '#organisation-website').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#organisation-website-error'))).to.contain('Website');
    await type(el, '#organisation-name', '');
    expect(el.value?.organisation.name).to.equal('Riverdale and Ashby NHS Foundation Trust');
    expect(text($(el, '#organisation-name-error'))).to.contain('must not be empty');
    expect(seen.length).to.equal(2);
  });

  it('logo: a PNG becomes a data: URL with a text alternative; other files are refused', async () => {
    const el = await mount({ value: sampleProfile() });
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    choose(el, '#logo-file', new File([png], 'logo.png', { type: 'image/png' }));
    await oneEvent(el, PswOrganisationChangeEvent.type);
    await el.updateComplete;
    expect(el.value?.organisation.logo?.src).to.match(/^data:image\/png;base64,/);
    expect(el.value?.organisation.logo?.alt).to.equal('Riverdale and Ashby NHS Foundation Trust');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await type(el, '#organisation-logo-alt', 'Riverdale and Ashby logo');
    expect(el.value?.organisation.logo?.alt).to.equal('Riverdale and Ashby logo');
    choose(el, '#logo-file', new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }));
    await el.updateComplete;
    expect(text($(el, '#logo-file-error'))).to.contain('logo.svg');
    expect(el.value?.organisation.logo?.alt).to.equal('Riverdale and Ashby logo');
  });

  it('facts: yes / no / not answered, with why it matters and sources; confirm today', async () => {
    const el = await mount({ value: sampleProfile() });
    await click(el, 'input[name="facts-peerNetwork"][value="yes"]');
    expect(el.value?.facts.peerNetwork).to.equal(true);
    await click(el, 'input[name="facts-peerLeadInOrganisation"][value="unset"]');
    expect('peerLeadInOrganisation' in el.value!.facts).to.equal(false);
    await click(el, 'input[name="facts-dbsFeePaidBy"][value="employer"]');
    expect(el.value?.facts.dbsFeePaidBy).to.equal('employer');
    const fact = $(el, '[data-fact="peerNetwork"]');
    expect(text(fact)).to.contain('Why it matters').and.contain('R15').and.contain('S7');
    const asOf = el.value!.asOf;
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Confirm today')!.click();
    await el.updateComplete;
    expect(el.value!.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/).and.not.equal(asOf);
  });

  it('peer supervision: provider, background, training and frequency', async () => {
    const el = await mount({ value: sampleProfile() });
    await type(el, '#facts-peerSupervision-providerRole', 'Senior peer worker');
    await click(el, 'input[name="facts-peerSupervision-providerTrainedInPeerSupervision"][value="yes"]');
    await type(el, '#frequency-count', '2');
    expect(el.value?.facts.peerSupervision).to.deep.equal({
      providerRole: 'Senior peer worker', providerTrainedInPeerSupervision: true, frequency: { count: 2, per: 'month' },
    });
    await type(el, '#frequency-count', '40');
    expect(el.value?.facts.peerSupervision?.frequency?.count).to.equal(2);
    expect(el.shadowRoot!.querySelector('#frequency-error')).to.exist;
  });

  it('pay: scheme, own dated table with bands, High Cost Area zone', async () => {
    const el = await mount({ value: sampleProfile() });
    expect(text($(el, '[part~="pay"]'))).to.contain('2025/26');
    await click(el, 'input[name="pay-source"][value="own"]');
    expect(el.value?.pay.tables).to.have.length(1);
    await type(el, '#pay-tables-0-label', 'Ashby Mind grades 2026');
    await type(el, '#pay-tables-0-bands-0-min', '24000');
    await type(el, '#pay-tables-0-bands-0-max', '26000');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Add band')!.click();
    await el.updateComplete;
    expect(el.value?.pay.tables?.[0]?.bands).to.have.length(2);
    await type(el, '#pay-tables-0-bands-1-max', '29000');
    await type(el, '#pay-tables-0-bands-1-min', '30000');
    expect(el.value?.pay.tables?.[0]?.bands[1]).to.deep.include({ min: 26000, max: 29000 });
    expect(text($(el, '#pay-tables-0-bands-1-min-error'))).to.contain('must not be above the maximum');
    const hca = $<HTMLSelectElement>(el, '#pay-highCostArea');
    hca.value = 'outer-london';
    hca.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.value?.pay.highCostArea).to.equal('outer-london');
    expect(parseOrganisationProfile(el.value).ok).to.equal(true);
    await click(el, 'input[name="pay-source"][value="built-in"]');
    expect(el.value?.pay.tables).to.equal(undefined);
  });

  it('policy: every threshold is the organisation’s choice, with the default and the evidence note', async () => {
    const el = await mount({ value: sampleProfile() });
    const section = $(el, '[part~="policy"]');
    for (const id of ['minFixedTermMonths', 'maxInvolvementRequestCap', 'minCoreDuties', 'minSupervisionSessionsPerMonth',
      'balance-tooRigidFlexibleBelow', 'balance-tooLooseFlexibleAbove', 'balance-tooLooseCoreBelow']) {
      expect(section.querySelector(`#policy-${id}`), id).to.exist;
    }
    expect(text(section)).to.contain('Toolkit default: 12').and.contain('S34');
    expect($<HTMLInputElement>(el, '#policy-minCoreDuties').value).to.equal('4');
    await type(el, '#policy-minFixedTermMonths', '18');
    await type(el, '#policy-minCoreDuties', '');
    await type(el, '#policy-balance-tooLooseCoreBelow', '35');
    expect(el.value?.policy).to.deep.equal({ minFixedTermMonths: 18, balance: { tooLooseCoreBelow: 35 } });
    await type(el, '#policy-maxInvolvementRequestCap', '150');
    expect(el.value?.policy.maxInvolvementRequestCap).to.equal(undefined);
    expect($(el, '#policy-maxInvolvementRequestCap').getAttribute('aria-invalid')).to.equal('true');
  });

  it('templates: hide built-in ones; add the current role (currentRole, or the role document `for` names)', async () => {
    const el = await mount({ value: sampleProfile() });
    await click(el, '#hide-crisis');
    await click(el, '#hide-adult-community');
    expect(el.value?.templates.hide).to.deep.equal(['adult-community', 'crisis']);
    const add = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Add the current role as an organisation template')!;
    add().click();
    await el.updateComplete;
    expect(text($(el, '#add-current-role-hint'))).to.contain('no current role');
    const { createRoleDocument } = await import('../../../src/model/create.js');
    const role = createRoleDocument({ template: 'crisis' });
    role.role.title = 'Crisis café peer worker';
    el.currentRole = role;
    add().click();
    await el.updateComplete;
    expect(el.value?.templates.add?.[0]?.label).to.equal('Crisis café peer worker');
    expect(el.value?.templates.add?.[0]?.document.kind).to.equal('psw-role-document');
    expect(parseOrganisationProfile(el.value).ok).to.equal(true);
  });

  it('job description: about us; clauses added, reordered and removed with focus kept', async () => {
    const el = await mount({ value: sampleProfile() });
    await type(el, '#jobDescription-aboutUs', 'About the trust.');
    expect(el.value?.jobDescription.aboutUs).to.equal('About the trust.');
    $(el, 'li[data-item="c-a"] button[data-move="down"]').click();
    await el.updateComplete;
    expect(el.value?.jobDescription.standardClauses?.map((c) => c.id)).to.deep.equal(['c-b', 'c-a', 'c-c']);
    expect((el.shadowRoot!.activeElement as HTMLElement).closest('li')?.dataset.item).to.equal('c-a');
    $(el, 'li[data-item="c-b"] button[data-remove]').click();
    await el.updateComplete;
    expect(el.value?.jobDescription.standardClauses?.map((c) => c.id)).to.deep.equal(['c-a', 'c-c']);
    $(el, '#add-clause').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('jobDescription-standardClauses-2-title');
    await type(el, '#jobDescription-standardClauses-2-text', 'Clause text.');
    expect(el.value?.jobDescription.standardClauses?.[2]?.text).to.equal('Clause text.');
  });
});

describe('<psw-organisation-editor>: undo, autosave and keyboard', () => {
  it('Ctrl+Z undoes and Ctrl+Y redoes a user edit (each a psw-organisation-change)', async () => {
    const el = await mount({ value: sampleProfile() });
    const seen = changes(el);
    await type(el, '#organisation-jobReferencePrefix', 'RA-');
    $(el, '#organisation-jobReferencePrefix').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.value?.organisation.jobReferencePrefix).to.equal('RAT-PSW-');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'y' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(el.value?.organisation.jobReferencePrefix).to.equal('RA-');
    expect(seen).to.have.length(3);
    expect(el.undo()).to.equal(true);
    expect(el.value?.organisation.jobReferencePrefix).to.equal('RAT-PSW-');
    expect(seen).to.have.length(3);
  });

  it('a value the page sets over the untouched profile is the starting point; after an edit it is one undo step', async () => {
    const el = await mount({ value: sampleProfile() });
    const undoButton = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Undo')!;
    expect(undoButton().disabled, 'no Undo that blanks the profile the page loaded').to.equal(true);
    expect(el.undo()).to.equal(false);
    expect(el.value?.organisation.name).to.equal('Riverdale and Ashby NHS Foundation Trust');
    await type(el, '#organisation-jobReferencePrefix', 'RA-');
    const edited = el.value;
    el.value = { ...sampleProfile(), organisation: { ...sampleProfile().organisation, name: 'Another trust' } };
    await el.updateComplete;
    expect(undoButton().disabled).to.equal(false);
    expect(el.undo()).to.equal(true);
    expect(el.value).to.equal(edited);
  });

  it('autosaves under storage-key and brings the profile back in a new editor', async () => {
    const key = `psw-test-org-${Math.random()}`;
    try {
      const el = await mount({ storageKey: key, value: sampleProfile() });
      await type(el, '#organisation-recruitmentContact', 'jobs@example.org');
      el.remove(); // leaving the page saves what is waiting
      const again = await mount({ storageKey: key });
      expect(again.status?.kind).to.equal('restored');
      expect(again.value?.organisation.recruitmentContact).to.equal('jobs@example.org');
      expect(again.value?.organisation.name).to.equal('Riverdale and Ashby NHS Foundation Trust');
      again.remove();
      localStorage.setItem(key, '{ not json');
      const third = await mount({ storageKey: key });
      expect(third.status?.kind).to.equal('kept-aside');
      expect(Object.keys(localStorage).some((k) => k.startsWith(`${key}:backup:`))).to.equal(true);
    } finally {
      for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
    }
  });

  it('keyboard only: Tab reaches a fact, arrows answer it, and Enter on a button acts', async () => {
    const el = await mount({ value: sampleProfile() });
    $(el, 'input[name="facts-peerNetwork"][value="unset"]').focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value?.facts.peerNetwork).to.equal(false);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value?.facts.peerNetwork).to.equal(true);
    $(el, '#add-clause').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value?.jobDescription.standardClauses).to.have.length(4);
    expect(el.shadowRoot!.activeElement?.id).to.equal('jobDescription-standardClauses-3-title');
    await sendKeys({ type: ' (local)' });
    await el.updateComplete;
    expect(el.value?.jobDescription.standardClauses?.[3]?.title).to.equal('New clause (local)');
  });
});

describe('<psw-organisation-editor>: another tab', () => {
  it('a save of the same key in another tab holds autosave until the user chooses; loading theirs is a change', async () => {
    const key = `psw-test-org-tab-${Math.random()}`;
    try {
      const el = await mount({ storageKey: key, value: sampleProfile() });
      const theirs = { ...sampleProfile(), organisation: { name: 'Changed elsewhere' } };
      const envelope = { format: 'psw-role-kit/autosave', version: 1, savedAt: new Date().toISOString(), tabId: 'tab-other', document: theirs };
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(envelope), storageArea: localStorage }));
      await el.updateComplete;
      expect(el.status?.kind).to.equal('other-tab');
      const status = $(el, '[part~="document-status"]');
      expect(text(status)).to.contain('another tab');
      const seen = changes(el);
      [...status.querySelectorAll('button')].find((b) => text(b) === "Load the other tab's version")!.click();
      await el.updateComplete;
      expect(el.value?.organisation.name).to.equal('Changed elsewhere');
      expect(seen).to.have.length(1);
      expect(el.status?.kind).to.not.equal('other-tab');
    } finally {
      for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
    }
  });

  it('the current role for a template is found through `for` (a <psw-role-document> id)', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    await import('../../../components/role-document/role-document.js');
    const box = await fixture<HTMLDivElement>(html`<div>
      <psw-organisation-editor for="the-role"></psw-organisation-editor>
      <psw-role-document id="the-role" template="crisis"></psw-role-document>
    </div>`);
    const el = box.querySelector('psw-organisation-editor')!;
    const role = box.querySelector('psw-role-document')!;
    await role.updateComplete;
    await el.updateComplete;
    $(el, '#add-current-role').click();
    await el.updateComplete;
    expect(el.value?.templates.add?.[0]?.document.context.setting).to.equal('crisis');
    expect(el.value?.templates.add?.[0]?.document.meta.status).to.equal('draft');
  });
});
