/**
 * Rules on supervision, training and wellbeing support (theme T2).
 */
import { filled, PEER_SUPERVISION_TYPES } from '../facts.js';
import { SUPERVISION_TYPE_NAMES } from '../setting-facts.js';
import { defineRule, HEURISTIC, WHERE } from './rule.js';

const ST0896 = /\bST0896\b/i;

export const supportRules = [
  defineRule({
    id: 'R10',
    themes: ['T2'],
    severity: 'error',
    basis: 'study',
    sources: ['S1', 'S12', 'S45'],
    title: 'No supervision beyond line management',
    summary:
      'Checks that the role has supervision of the peer work itself (peer, group peer or clinical supervision, or reflective practice), not only line management. The study found peer workers need support and supervision for the parts of the job unique to peer work.',
    fix: 'Add an arrangement that looks at the practice of peer work: peer supervision, group peer supervision, reflective practice or clinical supervision.',
    check(f, out) {
      if (f.supervisionIdx.length > 0) return;
      out.add(
        f.doc.supervision.arrangements.length === 0
          ? 'No supervision is planned. The study found peer workers need supervision for the parts of the job that are unique to peer work.'
          : 'The support planned is line management (or networks and debriefs) only, with no supervision of the peer work itself. The study found peer workers need supervision for the parts of the job that are unique to peer work.',
        { path: 'supervision.arrangements' },
      );
    },
  }),
  defineRule({
    id: 'R09',
    themes: ['T2'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S12', 'S45', 'S46', 'S47'],
    title: 'No peer supervision from someone with a peer background',
    summary:
      'Checks for peer supervision (one-to-one or group) from someone who has done peer work. Supervision should be tailored to peer work, and supervisors with peer experience understand the role in more depth (US evidence; peer-to-peer supervision in the NHS is still little researched).',
    fix: 'Add peer supervision from a senior peer worker or peer lead, or link the post-holder to the organisation’s peer team for it.',
    check(f, out) {
      if (f.peerSupervisorWithBackground) return;
      const arrangements = f.doc.supervision.arrangements;
      for (const i of f.peerSupervisionIdx) {
        const a = arrangements[i]!;
        if (a.providerHasPeerBackground === true) continue;
        const at = { path: 'supervision.arrangements[].providerHasPeerBackground', index: i, itemId: a.id } as const;
        // Answered "no" (by the role or the organisation's profile): nothing left to record, only to arrange.
        if (a.providerHasPeerBackground === false) {
          out.add(
            `The ${SUPERVISION_TYPE_NAMES[a.type]} arrangement’s provider has no peer background. Supervisors who have done peer work understand the role in more depth.`,
            at,
            'Arrange the supervision with a senior peer worker or peer lead, or link the post-holder to the organisation’s peer team for it.',
          );
          return;
        }
        out.add(
          `The ${SUPERVISION_TYPE_NAMES[a.type]} arrangement does not say its provider has a peer background. Supervisors who have done peer work understand the role in more depth. ${WHERE.profile('Peer supervision › Provider has a peer background')}`,
          at,
          'Record that the provider has a peer background, or arrange the supervision with a senior peer worker or peer lead.',
        );
        return;
      }
      out.add('No peer supervision is planned. Supervision from someone who has done peer work helps with the parts of the job a clinician may not know first-hand.', {
        path: 'supervision.arrangements',
      });
    },
  }),
  defineRule({
    id: 'R11',
    themes: ['T2'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Supervision without a frequency',
    summary: `Flags supervision and support arrangements (other than debriefs, which follow events) that do not say how often they happen. No UK source gives a frequency for peer worker supervision, so the number is your organisation’s to set. ${HEURISTIC.judgement}`,
    fix: 'Set how often the arrangement happens, for example once a month.',
    check(f, out) {
      const arrangements = f.doc.supervision.arrangements;
      for (let i = 0; i < arrangements.length; i++) {
        const a = arrangements[i]!;
        if (a.frequency || a.type === 'debrief') continue;
        out.add(`The ${SUPERVISION_TYPE_NAMES[a.type]} arrangement does not say how often it happens. ${HEURISTIC.judgement}`, {
          path: 'supervision.arrangements[].frequency',
          index: i,
          itemId: a.id,
        });
      }
    },
  }),
  defineRule({
    id: 'R42',
    themes: ['T2'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Supervision less often than the organisation expects',
    summary: `Flags supervision other than line management that adds up to fewer sessions a month than the policy expects (default 1). ${HEURISTIC.threshold}`,
    fix: 'Make supervision more frequent, or add a group or reflective-practice session.',
    check(f, out) {
      const min = f.policy.minSupervisionSessionsPerMonth;
      if (f.supervisionIdx.length === 0 || !f.supervisionFrequenciesKnown) return;
      const n = f.supervisionSessionsPerMonth;
      if (n + 1e-9 >= min) return;
      const shown = Math.round(n * 10) / 10;
      out.add(
        `Supervision other than line management adds up to about ${shown} ${shown === 1 ? 'session' : 'sessions'} a month; your policy expects at least ${min}. ${HEURISTIC.threshold}`,
        { path: 'supervision.arrangements' },
      );
    },
  }),
  defineRule({
    id: 'R43',
    themes: ['T2'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Supervision time not protected',
    summary: `Flags supervision arrangements not marked as protected time within contracted hours; unprotected sessions are the first to go when a team is busy. ${HEURISTIC.judgement}`,
    fix: 'Mark the time as protected within contracted hours, and agree that it is not cancelled to cover the ward or team.',
    check(f, out) {
      const arrangements = f.doc.supervision.arrangements;
      for (const i of f.supervisionIdx) {
        const a = arrangements[i]!;
        if (a.protectedTime === true) continue;
        out.add(`The ${SUPERVISION_TYPE_NAMES[a.type]} arrangement is not marked as protected time, so it may be dropped when the team is busy. ${HEURISTIC.judgement}`, {
          path: 'supervision.arrangements[].protectedTime',
          index: i,
          itemId: a.id,
        });
      }
    },
  }),
  defineRule({
    id: 'R13',
    themes: ['T2'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S21', 'S23'],
    title: 'Supervisor not known to be trained in peer supervision',
    summary: 'Notes supervision arrangements whose provider is not recorded as trained to supervise peer workers; growing that capability was a national priority with its own training offer.',
    fix: 'Arrange peer-supervision training for the supervisor, or record that they have had it.',
    check(f, out) {
      const arrangements = f.doc.supervision.arrangements;
      for (const i of f.supervisionIdx) {
        const a = arrangements[i]!;
        if (a.providerTrainedInPeerSupervision === true) continue;
        const where = PEER_SUPERVISION_TYPES.has(a.type) ? WHERE.profile('Peer supervision › Provider trained in peer supervision') : WHERE.arrangement;
        out.add(`The ${SUPERVISION_TYPE_NAMES[a.type]} arrangement does not say its provider is trained to supervise peer workers. ${where}`, {
          path: 'supervision.arrangements[].providerTrainedInPeerSupervision',
          index: i,
          itemId: a.id,
        });
      }
    },
  }),
  defineRule({
    id: 'R44',
    themes: ['T2'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S8'],
    title: 'No cover when the supervisor is away',
    summary: 'Checks that the role says who supports the post-holder when their supervisor is away. Support that can always be reached was a core component of the ENRICH peer worker programme.',
    fix: 'Name who the post-holder turns to when their supervisor is away, for example another senior peer worker or the peer lead.',
    check(f, out) {
      if (!filled(f.doc.supervision.cover)) {
        out.add(`The role does not say who supports the post-holder when their supervisor is away or unavailable. ${WHERE.post}`, { path: 'supervision.cover' });
      }
    },
  }),
  defineRule({
    id: 'R12',
    themes: ['T2'],
    severity: 'warning',
    basis: 'study',
    sources: ['S1', 'S17', 'S24'],
    title: 'No peer-specific training',
    summary:
      'Checks that the role plans training for peer work itself. The study found peer workers need training in the parts of the job that are unique to peer work; what those parts are, such as sharing lived experience with purpose, comes from the competence framework and the apprenticeship standard.',
    fix: 'Add peer-specific training, for example a peer support course mapped to the Competence Framework for Mental Health Peer Support Workers, or the Level 3 Peer Worker apprenticeship.',
    check(f, out) {
      if (f.doc.training.peerSpecific.length === 0) {
        out.add('No peer-specific training is planned. Mandatory training alone does not cover the parts of the job that are unique to peer work.', {
          path: 'training.peerSpecific',
        });
      }
    },
  }),
  defineRule({
    id: 'R84',
    themes: ['T2'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Training without a title',
    summary: `Flags peer-specific training items with no title: the job description and the advert can only call them "Untitled training". ${HEURISTIC.check}`,
    fix: 'Name the training (for example the course or the apprenticeship), or remove the item.',
    check(f, out) {
      f.doc.training.peerSpecific.forEach((t, i) => {
        if (filled(t.title)) return;
        out.add(`Training item number ${i + 1} has no title, so the job description and the advert cannot say what it is. ${HEURISTIC.check}`, {
          path: 'training.peerSpecific[].title',
          index: i,
          itemId: t.id,
        });
      });
    },
  }),
  defineRule({
    id: 'R45',
    themes: ['T2'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S17', 'S18'],
    title: 'Peer training not mapped to the competence framework',
    summary: 'Notes peer-specific training that does not say which domains of the Competence Framework for Mental Health Peer Support Workers it covers (and no apprenticeship reference).',
    fix: 'For each course, tick the competence domains (1–9) it covers, or reference the apprenticeship standard ST0896.',
    check(f, out) {
      const items = f.doc.training.peerSpecific;
      if (items.length === 0) return;
      if (items.some((t) => t.competenceDomains !== undefined && t.competenceDomains.length > 0)) return;
      if (f.doc.role.frameworkRefs?.some((r) => ST0896.test(r))) return;
      out.add('None of the peer-specific training says which domains of the competence framework for peer support workers it covers.', {
        path: 'training.peerSpecific',
      });
    },
  }),
  defineRule({
    id: 'R47',
    themes: ['T2'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S13'],
    title: 'No induction described',
    summary: 'Notes a role with no induction described. Implementation guidance treats preparing the peer worker and a supported start as the first steps of employing peer workers.',
    fix: 'Describe the induction: who the post-holder meets, what they shadow, and when their first supervision is.',
    check(f, out) {
      if (!filled(f.doc.training.induction)) out.add('The role does not describe an induction.', { path: 'training.induction' });
    },
  }),
  defineRule({
    id: 'R24',
    themes: ['T2'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S41', 'S42', 'S43'],
    title: 'Reasonable adjustments or Access to Work not addressed',
    summary:
      'Checks that the role says how reasonable adjustments are agreed (a legal duty for disabled staff, including many people with mental-health conditions) and signposts Access to Work, whose Mental Health Support Service offers free, confidential support at work.',
    fix: 'Describe how adjustments are agreed and reviewed, and signpost Access to Work.',
    check(f, out) {
      const w = f.doc.wellbeing;
      if (w.adjustmentsProcess !== true) {
        out.add(
          `The role does not say how reasonable adjustments are agreed. Employers must make them for disabled staff, and adjustments for a fluctuating condition may need agreeing as and when needed. ${WHERE.profile('Reasonable adjustments process')}`,
          { path: 'wellbeing.adjustmentsProcess' },
          'Describe how adjustments are requested, agreed and reviewed, and mark the process as in place.',
        );
      }
      if (w.accessToWorkSignposted !== true) {
        out.add(
          `The role does not signpost Access to Work, which can fund support at work and offers a free, confidential mental-health support service. ${WHERE.profile('Access to Work signposted')}`,
          { path: 'wellbeing.accessToWorkSignposted' },
          'Signpost Access to Work in the job information and at induction.',
        );
      }
    },
  }),
  defineRule({
    id: 'R46',
    themes: ['T2'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S44', 'S9', 'S4'],
    title: 'No wellness plan offered',
    summary: 'Notes a role that does not offer a voluntary wellness action plan. Peer work is emotionally demanding, and such a plan lets the post-holder and their manager agree early signs and support.',
    fix: 'Offer a voluntary wellness action plan at induction and review it in supervision.',
    check(f, out) {
      if (f.doc.wellbeing.wellnessPlanOffered !== true) {
        out.add(`The role does not offer a wellness action plan. Peer work is emotionally demanding and can lead to burnout. ${WHERE.profile('Wellness plan offered')}`, { path: 'wellbeing.wellnessPlanOffered' });
      }
    },
  }),
];
