/** Templates for community settings, where PSWs often see people alone or at home. */
import type { TemplateSpec } from './spec.js';
import { ACCOMPANY, CONNECT, FAMILIES, GROUPS, INVOLVEMENT, ONE_TO_ONE, ONE_TO_ONE_TEXT, PLANS, TEAM } from './blocks.js';

const MH = 'Lived experience of mental health difficulties';

export const adultCommunity: TemplateSpec = {
  title: 'Peer Support Worker – Community Mental Health', service: 'Community mental health team',
  purpose: 'Offer peer support to adults using community mental health services, building hope and connection alongside the team and voluntary partners.',
  focus: `${MH}, and willingness to use it to support others`,
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], PLANS, CONNECT, TEAM],
  flexible: [ACCOMPANY, [GROUPS, 5, 15], INVOLVEMENT],
  excluded: ['care-coordination', 'medication', 'clinicians-admin', 'rota-gaps'],
};

export const transitions: TemplateSpec = {
  title: 'Transition Peer Support Worker', service: 'Support after discharge from hospital',
  purpose: 'Help people settle back home after hospital, with peer support for a set period that starts before discharge.',
  focus: `${MH}, ideally including a hospital stay`,
  core: [
    ['Meet people on the ward before discharge', 15, 'Agree together what support after discharge will look like and how long it will last.'],
    ['Offer peer support in the first weeks at home', 30, ONE_TO_ONE_TEXT],
    ['Plan the ending and hand over', 10, 'Prepare the ending from the first meeting and link the person with ongoing support.'],
    CONNECT,
  ],
  flexible: [ACCOMPANY, INVOLVEMENT],
  excluded: ['care-coordination', 'medication', 'rota-gaps'],
  boundaries: { endings: 'Support lasts a set number of weeks agreed before discharge. The ending is prepared from the first meeting, with a warm hand-over to community support.' },
};

export const crisis: TemplateSpec = {
  title: 'Peer Support Worker – Crisis Service', service: 'Crisis resolution and home treatment team',
  purpose: 'Offer calm, hopeful peer support to people in crisis alongside the crisis team.',
  focus: `${MH}, including experience of crisis`,
  core: [
    ['Offer peer support during a crisis', 30, 'Be alongside the person at home or in the crisis service, within the level of crisis agreed for the role.'],
    PLANS, ['Support the move on from crisis', 10], TEAM,
  ],
  flexible: [['Evening sessions at the crisis café', 10, 20], ACCOMPANY],
  excluded: ['risk-assessment', 'medication', 'restraint', 'rota-gaps'],
  boundaries: { 'risk-safeguarding': 'The role covers the level of crisis agreed with the team. The PSW never holds risk alone and raises concerns at once with the shift lead.' },
  supervision: [{ type: 'debrief', providerRole: 'Shift lead', format: 'one-to-one', focus: ['wellbeing', 'risk-safeguarding'], protectedTime: true }],
  workPattern: 'A rota including some evenings and weekends, agreed in advance.',
};

export const earlyIntervention: TemplateSpec = {
  title: 'Peer Support Worker – Early Intervention in Psychosis', service: 'Early intervention in psychosis team', ageGroup: '14–65',
  purpose: 'Offer peer support to people with a first experience of psychosis, showing through lived experience that recovery is possible.',
  focus: 'Lived experience of psychosis, and willingness to use it to support others',
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], PLANS, ['Support a return to study, work and activities', 15], TEAM],
  flexible: [[FAMILIES, 10, 15], [GROUPS, 5, 15]],
  excluded: ['care-coordination', 'medication', 'clinicians-admin', 'rota-gaps'],
  training: [['Understanding psychosis and early intervention', [2]], ['Working with young people and their families', [3]]],
};

export const perinatal: TemplateSpec = {
  title: 'Perinatal Peer Support Worker', service: 'Community perinatal mental health team',
  purpose: 'Offer welcoming peer support to parents with mental health difficulties in pregnancy and after birth.',
  focus: 'Lived experience of mental health difficulties in pregnancy or after having a baby',
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], [GROUPS + ' for parents and babies', 15], CONNECT, TEAM],
  flexible: [['Visits to the Mother and Baby Unit', 10, 15], ACCOMPANY],
  excluded: ['clinicians-admin', 'care-coordination', 'medication', 'rota-gaps'],
  boundaries: { 'risk-safeguarding': 'Safeguarding of parent and baby is clear and robust, explained warmly so parents feel safe to talk; the PSW raises concerns with the supervisor the same day (a timescale this tool suggests: the safeguarding policy’s own comes first).' },
  training: [['Perinatal mental health and safeguarding parents and babies', [2]]],
};

export const youngPeople: TemplateSpec = {
  title: 'Youth Peer Support Worker – CAMHS', service: 'Community CAMHS', ageGroup: 'Young people aged 12–18 and their families',
  purpose: 'Offer peer support to young people using CAMHS, where closeness in age helps them feel understood.',
  focus: 'Lived experience of mental health difficulties as a young person (for a parent peer role: of caring for a child with mental health difficulties)',
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], [GROUPS + ' for young people', 10], ['Support a return to school, college and activities', 10], TEAM],
  flexible: [[FAMILIES, 10, 15], ['Online peer support', 5, 10, 'Messaging or video sessions on approved platforms only.']],
  excluded: ['risk-assessment', 'medication', 'clinicians-admin', 'rota-gaps'],
  boundaries: {
    'social-media': 'No connections with young people or families on personal social media; online contact uses approved work platforms only.',
  },
  essential: [
    'Able to balance being a peer with the boundaries of a children’s service',
    'Aged 18 or over when starting in post (a minimum age this tool suggests for youth peer workers: set the service’s own in its safeguarding policy)',
  ],
  training: [['Safeguarding children and young people at Level 3, the level for staff who regularly work with children and young people', [2]]],
  workPattern: 'Daytime and after-school hours, agreed in advance.',
};

export const olderAdults: TemplateSpec = {
  title: 'Peer Support Worker – Older Adults', service: 'Older people’s mental health pathway', ageGroup: '65 and over',
  purpose: 'Offer peer support to older people, including at home, to build hope and reduce isolation. Little setting-specific guidance exists: review locally.',
  focus: `${MH}, ideally in later life`,
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], ['Reduce isolation and connect people with community life', 20], PLANS, TEAM],
  flexible: [[FAMILIES, 10, 15], ACCOMPANY],
  excluded: [
    'physical-health-checks', 'medication', 'care-coordination', 'rota-gaps',
    ['Giving personal care (washing, dressing, help with eating or toileting)', 'Personal care is the work of care staff; doing it would turn a peer relationship into a caring one.'],
  ],
};

export const vcseCommunity: TemplateSpec = {
  title: 'Peer Support Worker – Community', service: 'Community peer support service', employer: 'vcse', band: null, hoursPerWeek: 25,
  reportsTo: 'Peer support coordinator',
  purpose: 'Offer peer support at home and in the community, helping people build confidence, connections and their own recovery.',
  focus: `${MH}, and willingness to use it to support others`,
  core: [[ONE_TO_ONE, 30, ONE_TO_ONE_TEXT], CONNECT, [GROUPS, 10], PLANS],
  flexible: [ACCOMPANY, ['Drop-in sessions', 5, 10]],
  excluded: ['care-coordination', 'medication', ['Covering staffing gaps at partner services', 'Commissioned peer time is for peer work, not for filling gaps in partner rotas.']],
  funding: { source: 'Commissioned by the local NHS' },
};
