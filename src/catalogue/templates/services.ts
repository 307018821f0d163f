/** Templates for learning, primary care, therapy and specialist services. */
import type { TemplateSpec } from './spec.js';
import { ACCOMPANY, CONNECT, FAMILIES, GROUPS, INVOLVEMENT, ONE_TO_ONE, ONE_TO_ONE_TEXT, PLANS, TEAM } from './blocks.js';

export const recoveryCollege: TemplateSpec = {
  title: 'Peer Trainer – Recovery College', service: 'Recovery college',
  purpose: 'Co-design and co-deliver recovery college courses, bringing lived experience into learning.',
  focus: 'Lived experience of mental health difficulties, and willingness to draw on it in teaching',
  core: [
    ['Co-design courses with clinicians and students', 20],
    ['Co-deliver courses', 30], ['Support students with learning plans', 10], TEAM,
  ],
  flexible: [['Outreach sessions on wards and in secure services', 10, 15], INVOLVEMENT],
  excluded: ['therapy', ['Course enrolment and administration', 'College admin belongs with admin staff and crowds out teaching time.'], 'rota-gaps'],
  training: [['Facilitation and adult learning', [3]]],
  desirable: ['Experience of teaching or training adults'],
};

export const primaryCare: TemplateSpec = {
  title: 'Peer Support Worker – Primary Care', service: 'Primary care network (ARRS mental health practitioner role)', band: '4',
  purpose: 'Offer peer support to people seen in GP practices, as part of the primary care network’s mental health offer.',
  focus: `Lived experience of mental health difficulties, and willingness to use it to support others`,
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], PLANS, [CONNECT[0], 20, CONNECT[2]], TEAM],
  flexible: [[GROUPS, 10, 15], INVOLVEMENT],
  excluded: ['triage', 'medication', ['Covering practice admin and reception', 'Practice admin crowds out peer work and belongs with practice staff.'], 'rota-gaps'],
  boundaries: {
    'clinical-tasks': 'The PSW does not triage or assess. Because the post is funded as an ARRS mental health practitioner role, this template proposes that the local agreement between the PCN and the mental health provider says in writing that the PSW is released from triage and assessment; other requests go to the line manager.',
  },
  supervision: [{ type: 'clinical-supervision', providerRole: 'Mental health practitioner lead', format: 'one-to-one', frequency: { count: 1, per: 'month' }, durationMinutes: 60, protectedTime: true }],
  funding: { source: 'Additional Roles Reimbursement Scheme, shared between the PCN and the mental health provider' },
};

export const talkingTherapies: TemplateSpec = {
  title: 'Peer Support Worker – Talking Therapies', service: 'NHS Talking Therapies',
  purpose: 'Offer peer support to people waiting for or in therapy, distinct from the therapist’s role. No peer-specific guidance was found: review locally.',
  focus: `Lived experience of mental health difficulties, ideally including psychological therapy`,
  core: [['Offer peer support before and alongside therapy', 30, ONE_TO_ONE_TEXT], CONNECT, [GROUPS + ' for wellbeing', 10], TEAM],
  flexible: [['Reconnect with people who stop attending', 10, 15], INVOLVEMENT],
  excluded: ['therapy', 'outcome-measures', 'clinicians-admin', 'rota-gaps'],
};

export const specialist: TemplateSpec = {
  title: 'Peer Support Worker – Specialist Service', service: 'Specialist mental health service, e.g. eating disorders',
  purpose: 'Offer peer support shaped by lived experience of what the service treats, alongside specialist care.',
  focus: 'Lived experience relevant to the service (e.g. eating difficulties or complex emotional needs), or of caring for someone with it in a carer peer role',
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], [GROUPS, 15], PLANS, TEAM],
  flexible: [[FAMILIES, 10, 15], ACCOMPANY],
  excluded: ['mealtimes', 'physical-health-checks', 'therapy', 'medication', 'rota-gaps'],
};
