import { expect } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../../components/job-description/job-description.js';
import '../../../components/role-export/role-export.js';
import type { PswJobDescription } from '../../../components/job-description/job-description.component.js';
import type { PswRoleExport } from '../../../components/role-export/role-export.component.js';
import { logoOnPage } from '../../../components/job-description/job-description.view.js';
import { documentContext, type DocumentSnapshot } from '../../../components/document-runtime/document-context.js';
import { assessRole } from '../../../src/assess/index.js';
import { jobReference } from '../../../src/export/jd-model.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { OrganisationProfile } from '../../../src/organisation/schema.js';
import { completeDoc, emptyDoc } from '../../fixtures/export-docs.js';
import { HOSTILE_NAME, hostileProfile, pngLogoProfile, trustProfile } from '../../fixtures/profiles.js';
import { resetPage } from '../document-runtime/fixtures.js';
import { interceptDownloads } from '../util/downloads.js';

function snapshot(document: RoleDocument, organisation?: OrganisationProfile): DocumentSnapshot {
  return {
    document, assessment: assessRole(document, organisation ? { organisation } : undefined), readonly: false, canUndo: false, canRedo: false,
    status: { kind: 'memory-only', message: '' }, ...(organisation && { organisation }),
    edit: () => ({ ok: false, issues: [] }), replace: () => ({ ok: false, issues: [] }), undo: () => false, redo: () => false,
  };
}

let host: HTMLElement | undefined;

/** An element under a provider that hands it a snapshot with (or without) an organisation profile. */
async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(tag: string, doc: RoleDocument, organisation?: OrganisationProfile) {
  host = document.createElement('div');
  const provider = new ContextProvider(host, { context: documentContext, initialValue: snapshot(doc, organisation) });
  const el = document.createElement(tag) as T;
  // The internal record keeps the layout these tests describe (the candidate's: ./audience.test.ts).
  if (tag === 'psw-job-description') el.setAttribute('audience', 'internal');
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, provider };
}

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const withLogo = (src: string): OrganisationProfile => ({ ...trustProfile, organisation: { ...trustProfile.organisation, logo: { src, alt: 'Riverdale logo' } } });

describe('<psw-job-description> with an organisation profile', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    host?.remove();
    host = undefined;
    resetPage();
  });

  it('shows the organisation’s name, job reference, website and contact in the header', async () => {
    const { root } = await mount<PswJobDescription>('psw-job-description', completeDoc, trustProfile);
    const org = root.querySelector('[part="header"] [part="organisation"]')!;
    expect(text(org.querySelector('.org-name'))).to.equal('Riverdale Community Health NHS Trust');
    expect(text(org.querySelector('[data-line="reference"]'))).to.equal(`Job reference: ${jobReference(completeDoc, trustProfile)}`);
    expect(org.querySelector<HTMLAnchorElement>('[data-line="website"] a')!.href).to.equal('https://www.riverdale.example/');
    expect(text(org.querySelector('[data-line="contact"]'))).to.equal(`Recruitment contact: ${trustProfile.organisation.recruitmentContact}`);
  });

  it('shows About us after the job details and each standard clause before the person specification', async () => {
    const { root } = await mount<PswJobDescription>('psw-job-description', completeDoc, trustProfile);
    const sections = [...root.querySelectorAll('section')].map((s) => s.getAttribute('data-key') ?? s.getAttribute('data-section'));
    expect(sections[0]).to.equal('about-us');
    expect(sections.slice(-4)).to.deep.equal(['safeguarding', 'confidentiality', 'person-spec', 'assessment']);
    expect(text(root.querySelector('section[data-key="safeguarding"] h3'))).to.equal('Safeguarding');
    const ids = [...root.querySelectorAll('h3[id]')].map((h) => h.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('shows the effective document: the profile’s name fills an unset organisation', async () => {
    const { root } = await mount<PswJobDescription>('psw-job-description', emptyDoc(), trustProfile);
    const row = [...root.querySelectorAll('.kv-row')].find((r) => text(r.querySelector('dt')) === 'Organisation');
    expect(text(row?.querySelector('dd'))).to.equal('Riverdale Community Health NHS Trust');
  });

  it('shows the logo only when its address is on the page’s origin', async () => {
    const same = await mount<PswJobDescription>('psw-job-description', completeDoc, withLogo('/demo/favicon.svg'));
    const img = same.root.querySelector<HTMLImageElement>('img[part="logo"]')!;
    expect(img.src).to.equal(`${location.origin}/demo/favicon.svg`);
    expect(img.alt).to.equal('Riverdale logo');
    host!.remove();
    for (const profile of [trustProfile, pngLogoProfile, withLogo('http://intranet.example.org/logo.png')]) {
      const { root } = await mount<PswJobDescription>('psw-job-description', completeDoc, profile);
      expect(root.querySelector('img'), profile.organisation.logo!.src.slice(0, 30)).to.equal(null);
      expect(text(root.querySelector('.org-name'))).to.equal('Riverdale Community Health NHS Trust');
      host!.remove();
    }
    expect(logoOnPage('javascript:alert(1)', document)).to.equal(undefined);
    expect(logoOnPage('//evil.example/x.png', document)).to.equal(undefined);
  });

  it('keeps hostile profile text as text: nothing it holds becomes an element', async () => {
    const { root } = await mount<PswJobDescription>('psw-job-description', emptyDoc(), hostileProfile);
    expect(text(root.querySelector('.org-name'))).to.equal(HOSTILE_NAME);
    expect(root.querySelectorAll('script, img, h1, b, [onerror]').length).to.equal(0);
    expect([...root.querySelectorAll('a')].length).to.equal(0);
    expect(text(root.querySelector('section[data-key="c1"] h3'))).to.equal('<h1>Clause</h1> **bold**');
    expect(text(root.querySelector('section[data-section="about-us"]'))).to.contain('<script>alert(1)</script>');
  });

  it('passes axe with the organisation header, logo, link and clauses', async () => {
    const { el } = await mount<PswJobDescription>('psw-job-description', completeDoc, withLogo('/demo/favicon.svg'));
    await expect(el).to.be.accessible();
  });

  it('without a profile shows no organisation header and no extra sections', async () => {
    const { root } = await mount<PswJobDescription>('psw-job-description', completeDoc);
    expect(root.querySelector('[part="organisation"]')).to.equal(null);
    expect(root.querySelector('section[data-section="about-us"], section[data-section="clause"]')).to.equal(null);
  });
});

describe('<psw-role-export> with an organisation profile', () => {
  let downloads: ReturnType<typeof interceptDownloads>;
  beforeEach(() => {
    resetPage();
    downloads = interceptDownloads();
  });
  afterEach(() => {
    downloads.restore();
    host?.remove();
    host = undefined;
    resetPage();
  });

  it('downloads JSON with provenance.organisationProfile, JSON-LD with hiringOrganization and Markdown with the header', async () => {
    const { el } = await mount<PswRoleExport>('psw-role-export', emptyDoc(), trustProfile);
    await el.download('json');
    await el.download('jsonld');
    await el.download('md');
    const [json, jsonld, md] = await Promise.all(downloads.saved.map((s) => s.blob.text()));
    const env = JSON.parse(json!);
    expect(env.provenance.organisationProfile).to.include({ id: 'riverside-trust', name: 'Riverdale Community Health NHS Trust', asOf: '2026-11-30' });
    expect(env.document.meta.organisation).to.equal('Riverdale Community Health NHS Trust');
    expect(JSON.parse(jsonld!).hiringOrganization.sameAs).to.equal('https://www.riverdale.example/');
    expect(md!.startsWith('**Riverdale Community Health NHS Trust**\\\nJob reference: RDT-PSW-')).to.equal(true);
  });

  it('downloads without a profile as before (no organisation in the files)', async () => {
    const { el } = await mount<PswRoleExport>('psw-role-export', completeDoc);
    await el.download('json');
    await el.download('md');
    const [json, md] = await Promise.all(downloads.saved.map((s) => s.blob.text()));
    expect(JSON.parse(json!).provenance).not.to.have.property('organisationProfile');
    expect(md!.startsWith(`# ${completeDoc.role.title}\n`)).to.equal(true);
  });
});
