import { describe, it } from 'node:test';
import { expect } from 'chai';
import { RoleDocumentSchema, type RoleDocument } from '../../../src/model/schema.js';
import {
  jobDescriptionModel,
  modelText,
  SECTION_ORDER,
  TO_BE_AGREED,
  type JdBlock,
  type JdSection,
  type KeyValueBlock,
  type ListBlock,
  type TableBlock,
} from '../../../src/export/jd-model.js';
import { completeDoc, emptyDoc, hostileDoc, roleWithDuties } from '../../fixtures/export-docs.js';

const section = (doc: RoleDocument, id: JdSection['id']): JdSection | undefined =>
  jobDescriptionModel(doc, { audience: 'internal' }).sections.find((s) => s.id === id);
const blocksOf = <K extends JdBlock['kind']>(s: JdSection | undefined, kind: K) =>
  (s?.blocks ?? []).filter((b): b is Extract<JdBlock, { kind: K }> => b.kind === kind);
const detail = (doc: RoleDocument, key: string) =>
  blocksOf(section(doc, 'details'), 'keyValue')[0]?.rows.find((r) => r.key === key);

describe('export fixtures', () => {
  it('are valid role documents (complete, empty, hostile, 30 duties)', () => {
    for (const doc of [completeDoc, emptyDoc(), hostileDoc, roleWithDuties(30)]) {
      const r = RoleDocumentSchema.safeParse(doc);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).to.equal(true);
    }
  });
});

describe('jobDescriptionModel', () => {
  it('keeps the NHS section order and includes every section for a complete role', () => {
    const ids = jobDescriptionModel(completeDoc, { audience: 'internal' }).sections.map((s) => s.id);
    expect(ids).to.deep.equal(SECTION_ORDER.map((s) => s.id));
  });

  it('for an empty draft keeps only the required sections, each marked "To be agreed"', () => {
    const model = jobDescriptionModel(emptyDoc(), { audience: 'internal' });
    expect(model.sections.map((s) => s.id)).to.deep.equal(['details', 'purpose', 'responsibilities', 'supervision', 'person-spec']);
    expect(model.title).to.equal('Job description');
    for (const s of model.sections.filter((x) => x.id !== 'details' && x.id !== 'person-spec')) {
      expect(s.blocks).to.deep.equal([{ kind: 'paragraph', text: TO_BE_AGREED, placeholder: true }]);
    }
    const spec = blocksOf(model.sections.find((s) => s.id === 'person-spec'), 'keyValue')[0];
    expect(spec?.rows).to.deep.equal([{ key: 'Essential criteria', value: TO_BE_AGREED, placeholder: true }]);
  });

  it('shows the required job-details lines with a marker and leaves optional lines out', () => {
    const rows = blocksOf(section(emptyDoc(), 'details'), 'keyValue')[0]!.rows;
    expect(rows.map((r) => r.key)).to.deep.equal([
      'Job title', 'Band', 'Hours', 'Contract', 'Base', 'Reports to', 'Professional supervision', 'Document status',
    ]);
    expect(rows.filter((r) => r.placeholder).map((r) => r.key)).to.have.length(7);
    expect(rows.find((r) => r.key === 'Document status')?.value).to.equal('Draft');
  });

  it('writes the job details in words', () => {
    expect(detail(completeDoc, 'Job title')?.value).to.equal('Peer Support Worker');
    expect(detail(completeDoc, 'Band')?.value).to.equal('Band 3 (NHS Agenda for Change)');
    // 22.5 of 37.5 hours: the Agenda for Change range pro rata, then the full-time range.
    expect(detail(completeDoc, 'Salary')?.value).to.equal('£14,962–£15,959 a year pro rata (£24,937–£26,598 full time), Band 3, Agenda for Change (England) 2025/26 pay table');
    expect(detail(completeDoc, 'Hours')?.value).to.equal('22.5 hours a week (part time)');
    // The contract's own length only: the funding term (18 months, until March 2028) is not the contract's.
    expect(detail(completeDoc, 'Contract')?.value).to.equal('Fixed term');
    expect(detail(completeDoc, 'Reports to')?.value).to.equal('Team Manager, Crisis Team');
    expect(detail(completeDoc, 'Setting')?.value).to.equal('Crisis services');
  });

  it('derives the professional supervision line from peer and clinical supervision providers', () => {
    expect(detail(completeDoc, 'Professional supervision')?.value).to.equal(
      'Peer supervision (one-to-one) with Peer Support Lead; group peer supervision with Peer Worker Coordinator',
    );
    const clinicalOnly: RoleDocument = {
      ...emptyDoc(),
      supervision: { arrangements: [{ id: 'c', type: 'clinical-supervision' }, { id: 'l', type: 'line-management', providerRole: 'Ward Manager' }] },
    };
    expect(detail(clinicalOnly, 'Professional supervision')?.value).to.equal('Clinical supervision, provider to be agreed');
    // With no reportsTo, the line manager's role fills "Reports to".
    expect(detail(clinicalOnly, 'Reports to')?.value).to.equal('Ward Manager');
  });

  it('lists every core duty under key responsibilities, in document order', () => {
    const doc = roleWithDuties(30);
    const list = blocksOf(section(doc, 'responsibilities'), 'list')[0]!;
    expect(list.items.map((i) => i.text)).to.deep.equal(doc.duties.map((d) => d.title));
  });

  it('states each flexible duty with its bounds, and says when a flexible duty has none', () => {
    const list = blocksOf(section(completeDoc, 'flexible'), 'list')[0]!;
    const groups = list.items.find((i) => i.text === 'Co-facilitating peer groups')!;
    expect(groups.details).to.include('Up to 15% of contracted hours');
    expect(groups.details).to.include('How it is used is agreed with the peer support worker and the peer supervisor');
    expect(groups.details).to.include('Reviewed every 6 weeks');
    expect(list.items.find((i) => i.text === 'Accompanying people to appointments')?.details).to.deep.equal(['Limits: to be agreed']);
    const cap = blocksOf(section(completeDoc, 'flexible'), 'paragraph')[0];
    expect(cap?.text).to.contain('at most 10% of contracted hours');
  });

  it('lists excluded duties with their reasons', () => {
    const list = blocksOf(section(completeDoc, 'excluded'), 'list')[0]!;
    expect(list.items).to.deep.include({ text: 'Covering staff shortages on the ward', details: ['Why: It pulls the role away from peer support.'] });
    expect(list.items).to.deep.include({ text: 'Medication administration' });
  });

  it('shows boundaries with content, marks unagreed ones, and leaves out not-applicable and empty ones', () => {
    const items = blocksOf(section(completeDoc, 'boundaries'), 'list')[0]!.items;
    expect(items.map((i) => i.text)).to.deep.equal(['Sharing lived experience', 'Gifts and money', 'Social media', 'Meeting people in the local area']);
    expect(items.find((i) => i.text === 'Social media')?.details).to.include('Not yet agreed');
    expect(items.find((i) => i.text === 'Gifts and money')?.details).not.to.include('Not yet agreed');
  });

  it('omits optional sections whose answers are all "no" or absent', () => {
    const doc: RoleDocument = {
      ...emptyDoc(),
      team: { briefingBeforeStart: false, peerNetwork: false },
      wellbeing: { wellnessPlanOffered: false },
      leadership: { peerLeadInOrganisation: false },
    };
    const ids = jobDescriptionModel(doc, { audience: 'internal' }).sections.map((s) => s.id);
    expect(ids).not.to.include('team');
    expect(ids).not.to.include('wellbeing');
  });

  it('builds the person specification as essential and desirable tables with how each is assessed', () => {
    const tables = blocksOf(section(completeDoc, 'person-spec'), 'table') as TableBlock[];
    expect(tables.map((t) => t.caption)).to.deep.equal(['Essential', 'Desirable']);
    expect(tables[0]!.columns).to.deep.equal(['Criteria', 'How assessed']);
    expect(tables[0]!.rows).to.have.length(5);
    expect(tables[0]!.rows[3]).to.deep.equal(['Able to work flexibly under supervision', TO_BE_AGREED]);
  });

  it('holds plain single-line text in list items and table cells, even from hostile input', () => {
    const model = jobDescriptionModel(hostileDoc, { audience: 'internal' });
    for (const s of model.sections) {
      for (const b of s.blocks) {
        const lines = b.kind === 'list' ? (b as ListBlock).items.flatMap((i) => [i.text, ...(i.details ?? [])])
          : b.kind === 'table' ? (b as TableBlock).rows.flat()
            : b.kind === 'keyValue' ? (b as KeyValueBlock).rows.map((r) => r.value) : [];
        for (const l of lines) expect(l, l).not.to.match(/[\n\r\u2028\u2029]/);
      }
    }
    // eslint-disable-next-line no-control-regex
    for (const t of modelText(model)) expect(t).not.to.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('never shows empty text', () => {
    for (const doc of [completeDoc, emptyDoc(), hostileDoc]) {
      for (const t of modelText(jobDescriptionModel(doc, { audience: 'internal' }))) expect(t.trim()).not.to.equal('');
    }
  });
});
