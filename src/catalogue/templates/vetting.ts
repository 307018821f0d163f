/**
 * What a setting's template proposes about checks and unsocial hours, apart from the template's own
 * text (community.ts, hospital.ts, services.ts): the DBS level and its reason, police vetting, and
 * whether the pattern includes unsocial hours. Every other setting gets an enhanced DBS check.
 * Sources (docs/sources.md): barred-list checks S83; police vetting of partner-agency staff S88;
 * Agenda for Change unsocial hours S86.
 */
import type { SettingId } from '../ids.js';
import type { Employment } from '../../model/schema.js';

type PostChecks = Pick<Employment, 'dbs' | 'policeVetting' | 'unsocialHours'>;

export const DEFAULT_CHECKS: PostChecks = { dbs: { level: 'enhanced' } };

export const POST_CHECKS: Readonly<Partial<Record<SettingId, PostChecks>>> = {
  'children-young-people': {
    dbs: {
      level: 'enhanced-barred-children',
      reason: 'Regular one-to-one and group work with young people under 18; confirm with HR that the post is regulated activity with children.',
    },
  },
  'liaison-diversion': {
    dbs: { level: 'enhanced' },
    policeVetting: { required: true, reason: 'The post-holder works in police custody suites, where the police vet partner-agency staff before giving unsupervised access.' },
  },
  'acute-inpatient': { dbs: { level: 'enhanced' }, unsocialHours: true },
  crisis: { dbs: { level: 'enhanced' }, unsocialHours: true },
};
