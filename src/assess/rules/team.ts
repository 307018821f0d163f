/**
 * Rules on the team, leadership and recruitment (theme T3), and the person specification.
 */
import type { Criterion } from '../../model/schema.js';
import { filled } from '../facts.js';
import { defineRule, HEURISTIC, itemName, WHERE } from './rule.js';

export const teamRules = [
  defineRule({
    id: 'R14',
    themes: ['T3'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S8', 'S13', 'S14'],
    title: 'Team not briefed before the start',
    summary: 'Checks that the team is prepared for the role before the post-holder starts. Implementation guidance begins with preparing teams, and the ENRICH programme briefed teams with a peer co-presenting.',
    fix: 'Plan a session for the team before the start date on what the role is and is not, ideally co-delivered by an experienced peer worker.',
    check(f, out) {
      const briefed = f.doc.team.briefingBeforeStart;
      if (briefed === undefined) {
        out.add(`The role does not say whether the team is briefed about the role before the post-holder starts; without it colleagues may not understand what peer support is for. ${WHERE.profile('Team briefing before a PSW starts')}`, {
          path: 'team.briefingBeforeStart',
        });
      } else if (briefed !== true) {
        out.add('The team is not briefed about the role before the post-holder starts, so colleagues may not understand what peer support is for.', {
          path: 'team.briefingBeforeStart',
        });
      }
    },
  }),
  defineRule({
    id: 'R48',
    themes: ['T3'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S8'],
    title: 'Team briefing not co-delivered by a peer',
    summary: 'Notes a team briefing (planned or not yet answered) that no peer worker is said to help deliver; in the ENRICH programme peers co-delivered the preparation of ward and community teams.',
    fix: 'Ask an experienced peer worker or the peer lead to co-deliver the team briefing.',
    check(f, out) {
      const t = f.doc.team;
      if (t.briefingBeforeStart === false || t.briefingCoDeliveredByPeer === true) return;
      out.add(
        t.briefingCoDeliveredByPeer === undefined
          ? `The role does not say whether a peer worker, who can speak to the role from experience, co-delivers the team briefing. ${WHERE.profile('Briefing co-delivered by a peer')}`
          : 'The team briefing is not co-delivered by a peer worker, who can speak to the role from experience.',
        { path: 'team.briefingCoDeliveredByPeer' },
      );
    },
  }),
  defineRule({
    id: 'R15',
    themes: ['T3'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S7', 'S8'],
    title: 'Peer worker without peer colleagues',
    summary: 'Flags a post-holder with no other peer workers in the team and no peer network. Belonging to a team of peer workers was found supportive.',
    fix: 'Link the post-holder to a peer network (in the organisation or in the region), or recruit peer workers in pairs.',
    check(f, out) {
      const t = f.doc.team;
      if ((t.otherPeerWorkers ?? 0) > 0 || t.peerNetwork === true) return;
      const network = t.peerNetwork === undefined
        ? `whether there is a peer network to belong to is not answered either (once for the organisation in its profile: Facts › Peer network)`
        : 'there is no peer network to belong to';
      if (t.otherPeerWorkers === undefined) {
        out.add(`The role does not say how many other peer workers are in the team (answer it here for this post), and ${network}.`, { path: 'team.otherPeerWorkers' });
      } else {
        out.add(`The post-holder would be the only peer worker in the team, and ${network}.`, { path: 'team.peerNetwork' });
      }
    },
  }),
  defineRule({
    id: 'R16',
    themes: ['T3'],
    severity: 'warning',
    basis: 'study',
    sources: ['S1', 'S11'],
    title: 'No leader named for the role',
    summary:
      'Checks for a named senior sponsor or a peer support lead in the organisation. The study found that leaders who back and value peer workers help them work well; in one trust, support and progression improved after a peer lead post was created, by its own account.',
    fix: 'Name a senior sponsor for the role, and say whether the organisation has a peer support lead.',
    check(f, out) {
      const l = f.doc.leadership;
      if (filled(l.namedSponsor) || l.peerLeadInOrganisation === true) return;
      const lead = l.peerLeadInOrganisation === undefined
        ? 'whether the organisation has a peer support lead is not answered (once for the organisation in its profile: Facts › Peer lead in the organisation)'
        : 'the organisation has no peer support lead';
      out.add(`No senior sponsor is named for the role (name one here for this post), and ${lead}, so nobody in leadership is visibly behind it.`, {
        path: 'leadership.namedSponsor',
      });
    },
  }),
  defineRule({
    id: 'R23',
    themes: ['T1'],
    severity: 'error',
    basis: 'evidence',
    sources: ['S24'],
    title: 'No lived-experience criterion',
    summary: 'Checks that the essential criteria ask for lived experience. The occupation is open only to people with expertise from lived experience, and using it is the core of the job.',
    fix: 'Add an essential criterion on lived experience of mental health challenges (or the specific experience the role needs) and the willingness to use it with purpose; mark it as the lived-experience criterion.',
    check(f, out) {
      if (!f.livedExperienceCriterion) {
        out.add('The essential criteria do not ask for lived experience, which is what makes the role a peer role.', { path: 'recruitment.personSpec.essential' });
      }
    },
  }),
  defineRule({
    id: 'R25',
    themes: ['T3'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S20', 'S8'],
    title: 'Recruitment without lived-experience involvement',
    summary: 'Notes recruitment that is neither co-produced with people with lived experience nor has a peer on the panel; the framework’s organisational competences ask for co-produced recruitment.',
    fix: 'Co-produce the recruitment with people with lived experience, and include a peer worker on the panel.',
    check(f, out) {
      const r = f.doc.recruitment;
      if (r.coProduced === true || r.peerOnPanel === true) return;
      out.add(
        r.coProduced === undefined || r.peerOnPanel === undefined
          ? `The role does not say that recruitment is co-produced with people with lived experience or that a peer worker sits on the panel. ${WHERE.profile('Co-produced recruitment', 'Peer on the panel')}`
          : 'Recruitment is not co-produced with people with lived experience, and there is no peer worker on the panel.',
        { path: 'recruitment.coProduced' },
      );
    },
  }),
  defineRule({
    id: 'R64',
    themes: ['T3'],
    // A warning: the advert's person specification would print "To be agreed" for it.
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Criterion without an assessment method',
    summary: `Flags person-specification criteria that do not say how they are assessed (application, interview, references…): the advert would print “To be agreed” for them. ${HEURISTIC.judgement}`,
    fix: 'Say how the criterion is assessed, for example “application form and interview”.',
    check(f, out) {
      const spec = f.doc.recruitment.personSpec;
      const each = (list: Criterion[], kind: 'essential' | 'desirable') => {
        for (let i = 0; i < list.length; i++) {
          const c = list[i]!;
          // A criterion with no text is R82's: it needs words before a way to assess them.
          if (filled(c.assessedBy) || !filled(c.text)) continue;
          out.add(`The ${kind} criterion ${itemName(c.text, i)} does not say how it is assessed. ${HEURISTIC.judgement}`, {
            path: kind === 'essential' ? 'recruitment.personSpec.essential[].assessedBy' : 'recruitment.personSpec.desirable[].assessedBy',
            index: i,
            itemId: c.id,
          });
        }
      };
      each(spec.essential, 'essential');
      each(spec.desirable, 'desirable');
    },
  }),
  defineRule({
    id: 'R82',
    themes: ['T3'],
    severity: 'error',
    basis: 'heuristic',
    sources: [],
    title: 'Criterion without text',
    summary: `Flags person-specification criteria with no text: they ask for nothing, cannot appear in the advert, and do not count as the role’s criteria. ${HEURISTIC.check}`,
    fix: 'Write what the criterion asks for, or remove it.',
    check(f, out) {
      const spec = f.doc.recruitment.personSpec;
      // Plain loops, not `eachItem`: its memory of the last assessment is by index, one list a rule.
      for (const kind of ['essential', 'desirable'] as const) {
        spec[kind].forEach((c, i) => {
          if (filled(c.text)) return;
          out.add(`The ${kind} criterion number ${i + 1} has no text, so it asks for nothing and cannot appear in the advert. ${HEURISTIC.check}`, {
            path: `recruitment.personSpec.${kind}[].text`,
            index: i,
            itemId: c.id,
          });
        });
      }
    },
  }),
];
