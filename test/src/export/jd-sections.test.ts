import { describe, it } from 'node:test';
import { expect } from 'chai';
import { RoleDocumentSchema, type RoleDocument } from '../../../src/model/schema.js';
import { jobDescriptionModel, modelText, type JdSection } from '../../../src/export/jd-model.js';
import { emptyDoc } from '../../fixtures/export-docs.js';

// Builds a valid document from the empty fixture; the schema check keeps the cases honest.
const docWith = (fn: (d: RoleDocument) => void): RoleDocument => {
  const d = emptyDoc();
  fn(d);
  const r = RoleDocumentSchema.safeParse(d);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues.slice(0, 3)));
  return d;
};
const textOf = (doc: RoleDocument, id: JdSection['id']): string[] => {
  const s = jobDescriptionModel(doc, { audience: 'internal' }).sections.find((x) => x.id === id);
  return s ? modelText({ title: '', subtitle: '', sections: [s] } as never).slice(2) : [];
};

describe('job description: boundaries', () => {
  it('a custom boundary without a name, a mode and no agreement yet', () => {
    const t = textOf(docWith((d) => {
      d.boundaries = [{ id: 'b1', topic: 'custom', mode: 'case-by-case', escalation: 'Ask the supervisor' }];
    }), 'boundaries');
    expect(t).to.include('Other boundary');
    expect(t).to.include('Decided case by case, with supervision');
    expect(t).to.include('When unsure or concerned: Ask the supervisor');
    expect(t).to.include('Not yet agreed');
  });
  it('an agreed boundary lists no “Not yet agreed”; one with nothing written is left out', () => {
    const t = textOf(docWith((d) => {
      d.boundaries = [
        { id: 'b1', topic: 'custom', label: 'Gifts', rationale: 'Fairness', status: 'agreed' },
        { id: 'b2', topic: 'custom', label: 'Empty one' },
      ];
    }), 'boundaries');
    expect(t).to.include('Gifts');
    expect(t).to.include('Why: Fairness');
    expect(t).not.to.include('Not yet agreed');
    expect(t).not.to.include('Empty one');
  });
});

describe('job description: supervision, training, team', () => {
  it('a group arrangement with a trained provider, and the cover', () => {
    const t = textOf(docWith((d) => {
      d.supervision = {
        arrangements: [
          { id: 's1', type: 'peer-supervision', providerRole: 'Senior PSW', providerTrainedInPeerSupervision: true, format: 'group', durationMinutes: 60 },
          { id: 's2', type: 'line-management' },
        ],
        cover: 'The team lead',
      };
    }), 'supervision');
    expect(t).to.include('With Senior PSW');
    expect(t).to.include('The supervisor is trained to supervise peer workers');
    expect(t).to.include('In a group, 60 minutes');
    expect(t).to.include('When the supervisor is away: The team lead');
  });
  it('peer training with one domain and one hour; several domains sorted', () => {
    const t = textOf(docWith((d) => {
      d.training = {
        peerSpecific: [
          { id: 't1', title: 'Intro', competenceDomains: [4], hours: 1 },
          { id: 't2', title: 'More', competenceDomains: [9, 2], hours: 2.5 },
        ],
      };
    }), 'training');
    expect(t.join('\n')).to.match(/domain 4\b/);
    expect(t).to.include('1 hour');
    expect(t.join('\n')).to.match(/domains 2 and 9/);
    expect(t).to.include('2.5 hours');
  });
  it('team: briefing without a peer co-delivering, none and one other peer worker', () => {
    const one = textOf(docWith((d) => { d.team = { briefingBeforeStart: true, otherPeerWorkers: 1 }; }), 'team').join('\n');
    expect(one).to.contain('The team is briefed about the peer role before the post-holder starts');
    expect(one).not.to.contain('co-delivering');
    expect(one).to.contain('There is 1 other peer worker in the team');
    const none = textOf(docWith((d) => { d.team = { otherPeerWorkers: 0 }; }), 'team').join('\n');
    expect(none).to.contain('This is currently the only peer worker post in the team');
  });
});

describe('job description: terms and progression', () => {
  it('lone working, DBS paid by the post-holder, recurrent funding and a pay table year', () => {
    const t = textOf(docWith((d) => {
      d.employment = {
        payScheme: 'vcse-own-grades', payTableYear: '2025/26',
        funding: { recurrent: false, termMonths: 12 },
        loneWorking: { expected: false, arrangements: 'Buddy system' },
        dbs: { feePaidBy: 'employee' },
      };
    }), 'terms').join('\n');
    expect(t).to.contain('2025/26 pay table');
    expect(t).to.match(/Recurrent funding\nNo/);
    expect(t).to.contain('Not expected. Buddy system');
    expect(t).to.contain('Fee paid by the post-holder');
  });
  it('lone working expected, with only an arrangement or only a level', () => {
    const a = textOf(docWith((d) => { d.employment = { loneWorking: { expected: true }, dbs: { level: 'enhanced', feePaidBy: 'employer' } }; }), 'terms').join('\n');
    expect(a).to.contain('Expected (safety arrangements not yet written)');
    const inBoundary = textOf(docWith((d) => {
      d.employment = { loneWorking: { expected: true } };
      d.boundaries = [{ id: 'lw', topic: 'lone-working', position: 'Visits in pairs until the team agrees otherwise', status: 'not-started' }];
    }), 'terms').join('\n');
    expect(inBoundary).to.contain('Expected (safety arrangements: see the lone-working boundary)');
    expect(a).to.contain('fee paid by the employer');
    const b = textOf(docWith((d) => { d.employment = { loneWorking: { arrangements: 'Check-ins' }, funding: { endDate: '2027-03-31', recurrent: true } }; }), 'terms').join('\n');
    expect(b).to.contain('Check-ins');
    expect(b).to.match(/until .*2027/);
    expect(b).to.match(/Recurrent funding\nYes/);
  });
  it('progression steps: a band that already says “Grade”, a grade under another scheme, no title', () => {
    const t = textOf(docWith((d) => {
      d.employment = { payScheme: 'other' };
      d.progression = { steps: [{ id: 'p1', title: 'Senior', band: 'Grade 5', criteria: 'Two years' }, { id: 'p2', title: ' ', band: '4' }] };
    }), 'progression');
    expect(t).to.include('Senior (Grade 5)');
    expect(t).to.include('Two years');
    expect(t).to.include('Untitled step (Grade 4)');
  });
});

describe('job description: details', () => {
  const detail = (doc: RoleDocument) => textOf(doc, 'details').join('\n');
  it('a blank band is to be agreed; a grade under own grades; the pay table year follows the salary', () => {
    const t = detail(docWith((d) => {
      d.employment = { band: '  ', salary: { min: 24000, max: 26000, currency: 'GBP', period: 'year' }, payTableYear: '2025/26', contractType: 'bank' };
    }));
    expect(t).to.match(/Band\nTo be agreed/);
    expect(t).to.contain('£24,000–£26,000 a year, 2025/26 pay table');
    expect(t).to.contain('As needed (bank)');
    expect(t).to.contain('Bank');
  });
  it('contract types with and without a length; the funding term is never the contract’s', () => {
    const of = (contractType: 'permanent' | 'fixed-term' | 'apprenticeship', fixedTermMonths?: number) =>
      detail(docWith((d) => {
        d.employment = { contractType, band: '3', payScheme: 'vcse-own-grades', funding: { termMonths: 36 } };
        if (fixedTermMonths !== undefined) d.employment.fixedTermMonths = fixedTermMonths;
      }));
    expect(of('permanent')).to.contain('Permanent');
    expect(of('fixed-term')).to.match(/Fixed term(?!,)/);
    expect(of('fixed-term', 18)).to.contain('Fixed term, 18 months');
    expect(of('fixed-term', 18)).not.to.contain('36 months');
    expect(of('apprenticeship')).to.match(/Apprenticeship(?!,)/);
    expect(of('apprenticeship', 12)).to.contain('Apprenticeship, 12 months');
    expect(of('permanent')).to.contain('Grade 3');
  });
});
