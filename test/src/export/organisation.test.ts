import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessRole } from '../../../src/assess/index.js';
import { exportJobDescription } from '../../../src/export/export-job-description.js';
import { ExportEnvelopeSchema } from '../../../src/export/envelope-schema.js';
import { jobDescriptionModel, jobReference, modelText, SECTION_ORDER } from '../../../src/export/jd-model.js';
import { toJobPosting, toJobPostingScript } from '../../../src/export/job-posting.js';
import { toMarkdown } from '../../../src/export/markdown.js';
import { parseRoleDocument } from '../../../src/model/parse.js';
import { applyOrganisation } from '../../../src/organisation/apply.js';
import { completeDoc, emptyDoc, hostileDoc } from '../../fixtures/export-docs.js';
import { HOSTILE_NAME, HOSTILE_PREFIX, hostileProfile, pngLogoProfile, trustProfile } from '../../fixtures/profiles.js';

const NOW = '2026-12-05T12:00:00.000Z';

describe('exports without an organisation profile', () => {
  it('are what they were: no header, no extra sections, no profile in the provenance', () => {
    for (const doc of [completeDoc, emptyDoc(), hostileDoc]) {
      const model = jobDescriptionModel(doc, { audience: 'internal' });
      expect(model).not.to.have.property('organisation');
      expect(model.sections.map((s) => s.id).every((id) => SECTION_ORDER.some((o) => o.id === id))).to.equal(true);
      expect(toMarkdown(doc, { audience: 'internal' }).startsWith('# ')).to.equal(true);
      expect(toJobPosting(doc, {})).to.deep.equal(toJobPosting(doc));
      expect(exportJobDescription(doc, { now: NOW, organisation: undefined })).to.deep.equal(exportJobDescription(doc, { now: NOW }));
      expect(exportJobDescription(doc, { now: NOW }).provenance).not.to.have.property('organisationProfile');
    }
    expect(toJobPosting(completeDoc).hiringOrganization).to.deep.equal({ '@type': 'Organization', name: completeDoc.meta.organisation });
  });
});

describe('the job description model with an organisation profile', () => {
  it('has the organisation header: name, job reference (prefix + 8 characters of the id), website, contact, logo', () => {
    const doc = { ...emptyDoc(), id: 'k7dq2mxa9tb4vhe3' };
    const model = jobDescriptionModel(doc, { organisation: trustProfile, audience: 'internal' });
    expect(model.organisation).to.deep.equal({
      name: 'Riverdale Community Health NHS Trust',
      reference: 'RDT-PSW-K7DQ2MXA',
      logo: { src: 'https://www.riverdale.example/logo.png', alt: 'Riverdale Community Health' },
      website: 'https://www.riverdale.example/',
      recruitmentContact: 'Peer support lead, peer.lead@riverdale.example, 01632 960 000',
    });
  });

  it('keeps a role’s reference through edits and gives letters and digits only after the prefix', () => {
    const doc = emptyDoc();
    const edited = { ...doc, role: { ...doc.role, title: 'Senior Peer Support Worker' } };
    expect(jobReference(doc, trustProfile)).to.equal(jobReference(edited, trustProfile));
    expect(jobReference({ ...doc, id: 'role-empty' }, trustProfile)).to.equal('RDT-PSW-ROLEEMPT');
    const noPrefix = { ...trustProfile, organisation: { ...trustProfile.organisation, jobReferencePrefix: undefined } };
    expect(jobReference({ ...doc, id: 'a.b:c_d-e' }, noPrefix)).to.equal('ABCDE');
  });

  it('puts "About us" after the job details and each standard clause before the person specification', () => {
    const ids = jobDescriptionModel(completeDoc, { organisation: trustProfile, audience: 'internal' }).sections.map((s) => s.key ?? s.id);
    expect(ids.slice(0, 2)).to.deep.equal(['details', 'about-us']);
    expect(ids.slice(-3)).to.deep.equal(['safeguarding', 'confidentiality', 'person-spec']);
    const about = jobDescriptionModel(completeDoc, { organisation: trustProfile, audience: 'internal' }).sections[1]!;
    expect(about.heading).to.equal('About us');
    expect(about.blocks).to.deep.equal([{ kind: 'paragraph', text: trustProfile.jobDescription.aboutUs }]);
  });

  it('renders the effective document: the profile fills what the role leaves unset, the role’s own values stand', () => {
    const fresh = emptyDoc();
    const model = jobDescriptionModel(fresh, { organisation: trustProfile, audience: 'internal' });
    expect(model).to.deep.equal(jobDescriptionModel(applyOrganisation(fresh, trustProfile), { organisation: trustProfile, audience: 'internal' }));
    const org = model.sections[0]!.blocks[0]!;
    expect(org.kind === 'keyValue' && org.rows.find((r) => r.key === 'Organisation')?.value).to.equal(trustProfile.organisation.name);
    expect(model.sections.some((s) => s.id === 'team')).to.equal(true);
    const own = jobDescriptionModel(completeDoc, { organisation: trustProfile, audience: 'internal' }).sections[0]!.blocks[0]!;
    expect(own.kind === 'keyValue' && own.rows.find((r) => r.key === 'Organisation')?.value).to.equal(completeDoc.meta.organisation);
  });

  it('with a profile that gives only a name: name and reference, no other lines or sections', () => {
    const bare = {
      ...trustProfile,
      organisation: { name: ' Riverdale\nTrust ' },
      jobDescription: { aboutUs: ' \n ', standardClauses: [{ id: 'empty', title: 'Empty', text: '  ' }] },
    };
    const model = jobDescriptionModel({ ...emptyDoc(), id: 'abc' }, { organisation: bare, audience: 'internal' });
    expect(model.organisation).to.deep.equal({ name: 'Riverdale / Trust', reference: 'ABC' });
    expect(model.sections.some((s) => s.id === 'about-us' || s.id === 'clause')).to.equal(false);
    expect(toMarkdown(emptyDoc(), { organisation: bare, audience: 'internal' }).split('\n').slice(0, 3)).to.deep.equal(['**Riverdale / Trust**\\', 'Job reference: ROLEEMPT', '']);
    expect(toJobPosting(emptyDoc(), { organisation: bare }).hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Riverdale / Trust' });
  });

  it('keeps hostile profile text as plain text in the model', () => {
    const model = jobDescriptionModel(completeDoc, { organisation: hostileProfile, audience: 'internal' });
    expect(model.organisation!.name).to.equal(HOSTILE_NAME);
    expect(model.organisation!.reference.startsWith(HOSTILE_PREFIX)).to.equal(true);
    // U+2028 is a line break: the contact is one line.
    expect(model.organisation!.recruitmentContact).not.to.match(/[\n\u2028]/);
    expect(modelText(model)).to.include('<h1>Clause</h1> **bold**');
  });
});

describe('Markdown with an organisation profile', () => {
  it('starts with the organisation’s lines, then the title; has About us and the clauses as sections', () => {
    const md = toMarkdown({ ...completeDoc, id: 'k7dq2mxa9tb4vhe3' }, { organisation: trustProfile, audience: 'internal' });
    const lines = md.split('\n');
    expect(lines.slice(0, 4)).to.deep.equal([
      '**Riverdale Community Health NHS Trust**\\',
      'Job reference: RDT-PSW-K7DQ2MXA\\',
      'Website: https://www.riverdale.example/\\',
      'Recruitment contact: Peer support lead, peer.lead@riverdale.example, 01632 960 000',
    ]);
    expect(md).to.contain('\n\n# Peer Support Worker\n');
    expect(md).to.contain('\n## About us\n\nWe provide community mental health services across Riverdale.\\\nPeer support is part of every team.\n');
    expect(md).to.contain('\n## Safeguarding\n');
    expect(md.indexOf('## Confidentiality')).to.be.lessThan(md.indexOf('## Person specification'));
    expect(md).not.to.contain('logo.png');
  });

  it('escapes hostile profile text: no HTML, no emphasis, link, heading, list or table from it', () => {
    const md = toMarkdown(completeDoc, { organisation: hostileProfile, audience: 'internal' });
    expect(md).not.to.match(/<(script|img|a|h1|b)[\s>]|<!--|\]\]>/);
    expect(md).to.contain('**&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;\\*\\*b\\*\\* \\_i\\_ \\[l\\](javascript:x) \\# h \\|**');
    expect(md).to.contain('Job reference: &lt;b&gt;\\*\\_\\`\\|\\#&amp;-');
    expect(md).to.contain('## &lt;h1&gt;Clause&lt;/h1&gt; \\*\\*bold\\*\\*');
    expect(md).to.contain('\\# Not a heading\\\n\\- not a list');
    expect(md.split('\n').filter((l) => /^#+ /.test(l)).every((l) => !l.includes('Not a heading'))).to.equal(true);
  });
});

describe('JSON-LD with an organisation profile', () => {
  it('describes the hiring organisation: name, sameAs (website), logo (http(s) only) and About us', () => {
    const posting = toJobPosting(emptyDoc(), { organisation: trustProfile });
    expect(posting.hiringOrganization).to.deep.equal({
      '@type': 'Organization',
      name: 'Riverdale Community Health NHS Trust',
      sameAs: 'https://www.riverdale.example/',
      logo: 'https://www.riverdale.example/logo.png',
      description: trustProfile.jobDescription.aboutUs,
    });
  });

  it('never puts a data: URL or a path in logo', () => {
    expect(toJobPosting(emptyDoc(), { organisation: pngLogoProfile }).hiringOrganization).not.to.have.property('logo');
    const path = { ...trustProfile, organisation: { ...trustProfile.organisation, logo: { src: '/logo.png', alt: '' } } };
    expect(toJobPosting(emptyDoc(), { organisation: path }).hiringOrganization).not.to.have.property('logo');
    expect(JSON.stringify(toJobPosting(emptyDoc(), { organisation: pngLogoProfile }))).not.to.contain('data:');
  });

  it('uses the effective document (extension terms included)', () => {
    const posting = toJobPosting(emptyDoc(), { organisation: trustProfile, extensions: true }) as Record<string, unknown>;
    expect((posting['psw:team'] as Record<string, unknown>)['psw:peerNetwork']).to.equal(true);
    expect((posting['psw:leadership'] as Record<string, unknown>)['psw:peerLeadInOrganisation']).to.equal(true);
  });

  it('keeps the script safe: hostile profile text cannot end the script element', () => {
    const script = toJobPostingScript(completeDoc, { organisation: hostileProfile });
    expect(script).not.to.match(/<|>|&/);
    expect(script.toLowerCase()).not.to.contain('</script');
    const parsed = JSON.parse(script) as { hiringOrganization: { name: string; description: string } };
    // The role names its own organisation; the profile's hostile About us is the description.
    expect(parsed.hiringOrganization.description).to.contain('<script>alert(1)</script>');
    const fresh = JSON.parse(toJobPostingScript(emptyDoc(), { organisation: hostileProfile })) as { hiringOrganization: { name: string } };
    expect(fresh.hiringOrganization.name).to.equal(HOSTILE_NAME);
  });
});

describe('the canonical export with an organisation profile', () => {
  it('records the profile in the provenance and the fields it filled', () => {
    const fresh = emptyDoc();
    const env = exportJobDescription(fresh, { now: NOW, organisation: trustProfile });
    const ref = env.provenance.organisationProfile!;
    expect({ id: ref.id, name: ref.name, asOf: ref.asOf }).to.deep.equal({ id: 'riverside-trust', name: 'Riverdale Community Health NHS Trust', asOf: '2026-11-30' });
    expect(ref.filled).to.include.members(['meta.organisation', 'team.peerNetwork', 'leadership.peerLeadInOrganisation', 'employment.payScheme']);
    expect(exportJobDescription(completeDoc, { now: NOW, organisation: trustProfile }).provenance.organisationProfile!.filled).not.to.include('meta.organisation');
  });

  it('holds the effective document and its assessment with the profile', () => {
    const fresh = emptyDoc();
    const env = exportJobDescription(fresh, { now: NOW, organisation: trustProfile });
    expect(env.document).to.deep.equal(applyOrganisation(fresh, trustProfile));
    expect(env.document.team.peerNetwork).to.equal(true);
    expect(env.assessment).to.deep.equal(assessRole(fresh, { organisation: trustProfile }));
  });

  it('passes the zod schema and reads back as a role document', () => {
    for (const organisation of [trustProfile, hostileProfile, pngLogoProfile]) {
      const json = JSON.parse(JSON.stringify(exportJobDescription(hostileDoc, { now: NOW, organisation })));
      expect(ExportEnvelopeSchema.safeParse(json).success).to.equal(true);
      expect(parseRoleDocument(JSON.stringify(json)).ok).to.equal(true);
    }
  });
});
