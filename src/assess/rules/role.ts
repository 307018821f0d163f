/**
 * Rules on the role basics: title, purpose, reporting line, review date and the time protected from
 * involvement requests.
 */
import { filled } from '../facts.js';
import { defineRule, HEURISTIC, pct } from './rule.js';

export const roleRules = [
  defineRule({
    id: 'R54',
    themes: ['T1'],
    severity: 'error',
    basis: 'heuristic',
    sources: [],
    title: 'No job title',
    summary: `Checks that the role has a job title, the first line of every job description. ${HEURISTIC.convention}`,
    fix: 'Enter an accurate, self-explanatory job title, for example “Peer Support Worker”.',
    check(f, out) {
      if (!filled(f.doc.role.title)) out.add(`The role has no job title. ${HEURISTIC.convention}`, { path: 'role.title' });
    },
  }),
  defineRule({
    id: 'R55',
    themes: ['T1'],
    severity: 'error',
    basis: 'evidence',
    sources: ['S10', 'S12', 'S66'],
    title: 'No purpose',
    summary:
      'Checks that the role says why it exists. Role clarity was the main concern in one trust’s review of its peer workers, and ImROC links it closely to whether peer roles succeed.',
    fix: 'Write two or three sentences on why the role exists and what the post-holder brings, for example using their lived experience to offer hope and support recovery.',
    check(f, out) {
      if (!filled(f.doc.role.purpose)) {
        out.add('The role has no purpose statement, so teams and applicants cannot see at a glance why it exists and what it is for.', {
          path: 'role.purpose',
        });
      }
    },
  }),
  defineRule({
    id: 'R49',
    themes: ['T3'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S24', 'S31-e'],
    title: 'No reporting line',
    summary: 'Checks that the role says whom the post-holder reports to, so it is clear where the post sits in the team.',
    fix: 'Enter the post-holder’s line manager, for example “Team Leader, Community Mental Health Team”.',
    check(f, out) {
      if (!filled(f.doc.role.reportsTo)) {
        out.add('The role does not say whom the post-holder reports to, so it is unclear where the post sits in the team.', { path: 'role.reportsTo' });
      }
    },
  }),
  defineRule({
    id: 'R65',
    themes: ['T1'],
    severity: 'info',
    basis: 'heuristic',
    sources: [],
    title: 'Role review date has passed',
    summary: `Notes a role whose review date is before today (the policy’s date). ${HEURISTIC.judgement}`,
    fix: 'Review the role with the post-holder and their supervisor, then set the next review date.',
    check(f, out) {
      const d = f.doc.meta.reviewDate;
      if (d !== undefined && d < f.policy.today) {
        out.add(`The role’s review date (${d}) has passed. ${HEURISTIC.judgement}`, { path: 'meta.reviewDate' });
      }
    },
  }),
  defineRule({
    id: 'R17',
    themes: ['T4', 'T3'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S34'],
    title: 'No cap on involvement requests',
    summary:
      'Notes a role that does not limit how much time involvement and co-production requests may take. One trust protects peer workers’ time from such requests so that their core work gets done.',
    fix: 'Set the most of contracted time that involvement and co-production requests may take. No source gives a figure: the 10% the templates suggest is this tool’s, so choose your own.',
    check(f, out) {
      if (f.doc.role.involvementRequestCap === undefined) {
        out.add(
          'The role does not limit how much time involvement and co-production requests may take, so they can crowd out the peer work itself.',
          { path: 'role.involvementRequestCap' },
        );
      }
    },
  }),
  defineRule({
    id: 'R50',
    themes: ['T4', 'T3'],
    severity: 'warning',
    basis: 'heuristic',
    sources: ['S34'],
    title: 'Involvement-request cap above the organisation’s maximum',
    summary: `Flags an involvement-request cap above the policy’s maximum (default 20%). ${HEURISTIC.threshold}`,
    fix: 'Lower the cap on involvement and co-production requests.',
    check(f, out) {
      const cap = f.doc.role.involvementRequestCap;
      const max = f.policy.maxInvolvementRequestCap;
      if (cap !== undefined && cap > max) {
        out.add(
          `Involvement and co-production requests may take up to ${pct(cap)} of contracted time, more than your policy’s ${pct(max)}. ${HEURISTIC.threshold}`,
          { path: 'role.involvementRequestCap' },
        );
      }
    },
  }),
];
