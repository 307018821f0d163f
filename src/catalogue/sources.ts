/**
 * The sources the toolkit cites, by id: the registry docs/sources.md is generated from (with what
 * each source supports). Every id a rule, a catalogue entry or a template cites must be here
 * (test/src/catalogue/sources.test.ts). What the toolkit takes from a source is paraphrased, never
 * quoted. Ids come from the project's research notes; gaps in the numbering are sources nothing
 * cites.
 */

/** Where a source sits on the page. */
export type SourceGroup = 'study' | 'research' | 'frameworks' | 'adverts' | 'settings' | 'recruitment';

/**
 * How much of the source was read while building the toolkit:
 * - `read`: the parts the toolkit uses were read in the source itself;
 * - `partly-read`: only an abstract, an opening or a table of contents could be read;
 * - `secondary`: read in a summary or copy by someone other than its authors.
 */
export type SourceConfidence = 'read' | 'partly-read' | 'secondary';

export interface Source {
  readonly id: string;
  readonly group: SourceGroup;
  readonly confidence: SourceConfidence;
  /** Who, what and where, in Markdown. */
  readonly citation: string;
  /** What was read of it, or a caution. */
  readonly note?: string;
}

export const SOURCE_GROUPS: Readonly<Record<SourceGroup, string>> = {
  study: 'The study and work from the same interviews',
  research: 'Research on peer work in England',
  frameworks: 'Frameworks and guidance',
  adverts: 'Job adverts, job descriptions and trust pages',
  settings: 'Boundaries, supervision and settings',
  recruitment: 'Law, vetting and NHS terms for recruitment',
};

export const sources: readonly Source[] = [
  { id: 'S1', group: 'study', confidence: 'partly-read', citation: 'Foye U. et al. (2025). Understanding the barriers and facilitators to delivering peer support effectively in England: a qualitative interview study. *BMC Psychiatry* 25:480. [doi:10.1186/s12888-025-06850-z](https://doi.org/10.1186/s12888-025-06850-z).', note: 'Only the abstract could be read: the facilitators and barriers it names are confirmed (the toolkit reads them as five themes, T1–T5, splitting funding, pay and progression from the complexity of mental health systems), its sub-themes are not.' },
  { id: 'S3', group: 'study', confidence: 'secondary', citation: 'Scienmag, “Barriers and boosts to effective peer support” (a news summary of S1).', note: 'A news summary of S1, possibly machine-written: low confidence, and no rule rests on it.' },
  { id: 'S4', group: 'study', confidence: 'partly-read', citation: '“Understanding the roles and experiences of mental health peer support workers in England: a qualitative study”, medRxiv preprint, doi:10.1101/2025.01.16.25320547 (the same 35 interviews).', note: 'Abstract read.' },
  { id: 'S5', group: 'research', confidence: 'partly-read', citation: 'Gillard S. et al. (2013). Introducing peer worker roles into UK mental health service teams. *BMC Health Services Research* 13:188.', note: 'Abstract read: where recruitment was informal, expectations of the role differed; flexible working arrangements for peer workers could reinforce team hierarchies; protective boundaries enforced in supervision and training could hold back a distinct peer practice.' },
  { id: 'S6', group: 'research', confidence: 'partly-read', citation: 'Holley J., Gillard S., Gibson S. (2015). Peer worker roles and risk in mental health services. *Community Mental Health Journal*.', note: 'Abstract read.' },
  { id: 'S7', group: 'research', confidence: 'partly-read', citation: 'The impact of working as a peer worker in mental health services: a longitudinal mixed methods study. *BMC Psychiatry* (2022).', note: 'Abstract read.' },
  { id: 'S8', group: 'research', confidence: 'read', citation: 'ENRICH trial: core components of the peer worker intervention. *BMC Research Notes* 14:320 (2021).' },
  { id: 'S9', group: 'research', confidence: 'partly-read', citation: 'Robertson S. et al. (2024). What supports the emotional well-being of peer workers in an NHS mental health service? *Mental Health and Social Inclusion*.', note: 'Abstract read.' },
  { id: 'S10', group: 'research', confidence: 'partly-read', citation: 'Dunkerley L., Jordan M. (2024). The roles, responsibilities and tasks of peer support workers in Coventry and Warwickshire Partnership Trust: a service review (ImROC).', note: 'Opening read.' },
  { id: 'S11', group: 'research', confidence: 'read', citation: 'Workforce Challenge Hub (2025). Peer Support Workers: the Sheffield Health and Social Care Peer Support Lead.' },
  { id: 'S66', group: 'research', confidence: 'partly-read', citation: 'Jacobson N., Trojanowski L., Dewa C. (2012). What do peer support workers do? A job description. *BMC Health Services Research* 12:205 (Canada).', note: 'Abstract read.' },
  { id: 'S12', group: 'frameworks', confidence: 'partly-read', citation: 'ImROC briefing 25, Supervision for Peer Workers.', note: 'Opening read; no supervision frequency found in it.' },
  { id: 'S13', group: 'frameworks', confidence: 'partly-read', citation: 'ImROC briefing 7, Peer Support Workers: a practical guide to implementation.', note: 'Opening read.' },
  { id: 'S14', group: 'frameworks', confidence: 'partly-read', citation: 'ImROC briefing 17, Preparing organisations for peer support.', note: 'Opening read.' },
  { id: 'S17', group: 'frameworks', confidence: 'partly-read', citation: 'The Competence Framework for Mental Health Peer Support Workers (HEE, 2020), contents of parts 1 and 2.', note: 'Tables of contents read: the names and numbers of domains 1–4, and the sections of Part 1.' },
  { id: 'S18', group: 'frameworks', confidence: 'read', citation: 'RCPsych/NCCMH page for the competence framework.' },
  { id: 'S19', group: 'frameworks', confidence: 'secondary', citation: 'A summary of the framework\'s domains (part 1), as quoted by a third party.', note: 'Quotes Part 1\'s list of the other domains: the source of the names of domains 5–9.' },
  { id: 'S20', group: 'frameworks', confidence: 'secondary', citation: 'An adapted online version of the framework (organisational competences, self-care) and its curriculum.', note: 'A third party\'s adaptation; the curriculum\'s sections confirm the order of the domains after 4.' },
  { id: 'S21', group: 'frameworks', confidence: 'read', citation: 'Health Education England, peer support worker pages and the framework\'s launch news (2020).' },
  { id: 'S23', group: 'frameworks', confidence: 'read', citation: 'North West peer support worker and supervisor training offer (HEE North West).' },
  { id: 'S24', group: 'frameworks', confidence: 'partly-read', citation: 'Institute for Apprenticeships and Technical Education, Peer worker standard ST0896 (Level 3) and its occupational map.', note: 'The occupation summary and the skills on the course page read; the numbered duties and the knowledge, skills and behaviour codes were not readable.' },
  { id: 'S25', group: 'frameworks', confidence: 'read', citation: 'Find apprenticeship training: Peer worker (Level 3).' },
  { id: 'S29', group: 'frameworks', confidence: 'read', citation: 'NHS Health Careers: Peer support worker (usual bands).' },
  { id: 'S30', group: 'frameworks', confidence: 'secondary', citation: 'Agenda for Change pay tables 2025/26 and the pay structure (NHS Employers and summaries). The 2025/26 figures were read from third-party tables that cite NHS Employers.', note: 'Read from third-party tables that cite NHS Employers.' },
  { id: 'S30-b', group: 'frameworks', confidence: 'read', citation: 'Department of Health and Social Care, Written Ministerial Statement “NHS Agenda for Change workforce” (12 February 2026), with RCN and NHS Employers reports of it: a 3.3 % consolidated rise on every Agenda for Change pay point from 1 April 2026 in England (Wales and Northern Ireland also 3.3 %). The published NHS Employers 2026/27 pay table could not be read: the toolkit\'s 2026/27 figures are **computed** from the award (each 2025/26 point × 1.033, rounded to the nearest pound), not copied from that table. The toolkit holds no Scottish or Welsh table (Wales adds a living-wage floor for the lowest bands).' },
  { id: 'S41', group: 'frameworks', confidence: 'read', citation: 'Royal College of Psychiatrists, developing and putting in place reasonable adjustments (archived page).' },
  { id: 'S42', group: 'frameworks', confidence: 'secondary', citation: 'Summaries of Acas guidance (April 2023) on reasonable adjustments for mental health at work.', note: 'Summaries of the guidance, not the guidance itself.' },
  { id: 'S43', group: 'frameworks', confidence: 'read', citation: 'DWP Access to Work, Mental Health Support Service provider guidance.' },
  { id: 'S44', group: 'frameworks', confidence: 'partly-read', citation: 'Mind, Guide for employees: Wellness Action Plans.', note: 'Document title and a copy on a document-sharing site.' },
  { id: 'S45', group: 'frameworks', confidence: 'read', citation: 'Health Research Authority summary: Understanding peer-to-peer supervision of peer support workers in NHS settings (Cardiff University).' },
  { id: 'S46', group: 'frameworks', confidence: 'partly-read', citation: 'Foglesong D. et al. (2021). A national survey of supervisors of peer support workers (US). *Community Mental Health Journal*.', note: 'Abstract read.' },
  { id: 'S47', group: 'frameworks', confidence: 'partly-read', citation: 'Peer support specialists supervised by non-peer supervisors (US). *Psychiatric Rehabilitation Journal*.', note: 'Abstract read.' },
  { id: 'S52', group: 'frameworks', confidence: 'read', citation: 'NHS England, mental health practitioners in primary care (and training hub pages on the roles).' },
  { id: 'S53', group: 'frameworks', confidence: 'read', citation: 'NHS England, community mental health services.' },
  { id: 'S57', group: 'frameworks', confidence: 'read', citation: 'schema.org `JobPosting` and related types; Google\'s job posting structured data.' },
  { id: 'S31', group: 'adverts', confidence: 'read', citation: 'NHS and VCSE peer support worker adverts and job descriptions in general (the items below).' },
  { id: 'S31-a', group: 'adverts', confidence: 'read', citation: 'Herefordshire and Worcestershire Health and Care NHS Trust: PSW, complex needs service, 18-month fixed term.' },
  { id: 'S31-b', group: 'adverts', confidence: 'read', citation: 'Sussex Partnership: PSW, early intervention in psychosis, Band 3.' },
  { id: 'S31-c', group: 'adverts', confidence: 'read', citation: 'West London NHS Trust: transition peer worker, Band 3.' },
  { id: 'S31-d', group: 'adverts', confidence: 'read', citation: 'Nottinghamshire Healthcare: carer peer support worker posts.' },
  { id: 'S31-e', group: 'adverts', confidence: 'read', citation: 'Devon Partnership: peer support worker.' },
  { id: 'S31-g', group: 'adverts', confidence: 'read', citation: 'An inpatient PSW advert listing generic ward duties.' },
  { id: 'S31-h', group: 'adverts', confidence: 'read', citation: 'South West London and St George\'s: Senior PSW.' },
  { id: 'S31-i', group: 'adverts', confidence: 'read', citation: 'South West London and St George\'s: Advanced Peer Support Practitioner.' },
  { id: 'S31-j', group: 'adverts', confidence: 'read', citation: 'A Band 3 PSW job description for adult and older people\'s pathways (2009).' },
  { id: 'S31-k', group: 'adverts', confidence: 'read', citation: 'Leeds Mind: PSW job description and person specification.' },
  { id: 'S32', group: 'adverts', confidence: 'read', citation: 'Coventry and Warwickshire: lived-experience career pathway.' },
  { id: 'S33', group: 'adverts', confidence: 'read', citation: 'Sheffield, “New roles in mental health”: PSW pen portrait.' },
  { id: 'S34', group: 'adverts', confidence: 'read', citation: 'Devon Partnership: peer support page (protecting PSW time from involvement requests).' },
  { id: 'S36', group: 'adverts', confidence: 'read', citation: 'Surrey and Borders perinatal service.' },
  { id: 'S37', group: 'adverts', confidence: 'read', citation: 'NELFT: peer support workers page.' },
  { id: 'S38', group: 'settings', confidence: 'read', citation: 'Borderline Support peer training: boundaries, clarity in boundaries, confidentiality.' },
  { id: 'S39', group: 'settings', confidence: 'read', citation: 'NHS People, staff peer support principles of practice (used as analogous guidance).' },
  { id: 'S40', group: 'settings', confidence: 'read', citation: 'Springfield Project, professional boundaries policy.' },
  { id: 'S48', group: 'settings', confidence: 'read', citation: 'Yorkshire and Humber Involvement Network: peer support workers in secure services (2023).' },
  { id: 'S49', group: 'settings', confidence: 'read', citation: 'Together: peer support in secure settings (2014).' },
  { id: 'S50', group: 'settings', confidence: 'read', citation: 'Arnold Lodge medium secure hospital: introducing peer support.' },
  { id: 'S51', group: 'settings', confidence: 'read', citation: 'NHS England Liaison and Diversion: peer support.' },
  { id: 'S54', group: 'settings', confidence: 'read', citation: 'Mind/McPin perinatal peer support principles; LSE CPEC on the RAPPORT study.' },
  { id: 'S55', group: 'settings', confidence: 'partly-read', citation: 'Nottinghamshire CAMHS peer support workers; youth peer workers in CAMHS (*European Child & Adolescent Psychiatry*).', note: 'Openings read.' },
  { id: 'S56', group: 'settings', confidence: 'partly-read', citation: 'JCP-MH crisis houses; NHS England crisis alternatives case study pack.', note: 'Titles and openings read.' },
  { id: 'S67', group: 'settings', confidence: 'read', citation: 'General lone-working policy elements (not specific to peer work).' },
  { id: 'S68', group: 'settings', confidence: 'read', citation: 'A webinar transcript on one trust\'s lived-experience workforce.' },
  { id: 'S90', group: 'settings', confidence: 'partly-read', citation: 'Royal College of Paediatrics and Child Health and partners, Safeguarding children and young people: roles and competencies for healthcare staff (intercollegiate document, 4th edition, January 2019), and its online Level 3 page.', note: 'The Level 3 page read: it applies to staff who deliver a clinical service to children and young people or who regularly provide services to them.' },
  { id: 'S80', group: 'recruitment', confidence: 'secondary', citation: 'Equality Act 2010, section 60 (enquiries about disability and health before an offer of work) and section 20 (reasonable adjustments) as they apply to recruitment: the EHRC\'s employer guidance on s.60, the explanatory notes and employment-law summaries (XpertHR, Lexology, Stammering Law).', note: 'Summaries and the guidance\'s contents were read, not the section itself. Health questions before an offer are barred except for listed purposes, among them adjustments to the recruitment process and diversity monitoring.' },
  { id: 'S81', group: 'recruitment', confidence: 'read', citation: 'Equality Act 2010, Schedule 9, paragraph 1 (occupational requirements), with its explanatory notes ([legislation.gov.uk](https://www.legislation.gov.uk/ukpga/2010/15/schedule/9)).', note: 'The text was read: a requirement to have a protected characteristic is lawful when it is an occupational requirement for the work and a proportionate means to a legitimate aim. Whether lived experience of mental ill-health is a disability for a given candidate is a question for the employer\'s advisers.' },
  { id: 'S82', group: 'recruitment', confidence: 'read', citation: 'Equality Act 2010, sections 158 and 159 (positive action), with the explanatory notes and summaries.', note: 'The text of s.159 and the notes on s.158 were read: in recruitment, a candidate with the characteristic may be preferred only over one as qualified, case by case, never as a policy.' },
  { id: 'S83', group: 'recruitment', confidence: 'secondary', citation: 'Disclosure and Barring Service check levels and barred lists: DBS guidance leaflets (GOV.UK) and local-authority and employer summaries of the levels.', note: 'Summaries of the DBS eligibility guidance, not the guidance itself: basic, standard, enhanced, and enhanced with a check of the adults\', the children\'s or both barred lists (barred-list checks only for regulated activity).' },
  { id: 'S84', group: 'recruitment', confidence: 'secondary', citation: 'NHS Employers, apprenticeship pay guidance and FAQs (June 2024), on section 1 and Annex 30 of the NHS Terms and Conditions of Service Handbook (England); UNISON\'s report (2017) of the NHS Staff Council\'s joint guidance on apprentices\' pay (Annex 21).', note: 'Read in NHS Employers\' and UNISON\'s pages, not the handbook. No apprentice pay figure is held.' },
  { id: 'S85', group: 'recruitment', confidence: 'read', citation: 'NHS Employers, Pay in High Cost Areas (NHS Terms and Conditions of Service Handbook, section 4 and Annexes 8 and 9), with an NHSBSA summary.', note: 'The shares of basic pay were read (inner London 20 %, outer London 15 %, fringe 5 %); the current minimum and maximum were not, so no amount is printed.' },
  { id: 'S86', group: 'recruitment', confidence: 'secondary', citation: 'NHS Employers, FAQs on unsocial hours payments (section 2 of the NHS Terms and Conditions of Service Handbook, England), with one trust\'s table of the rates from 1 April 2020.', note: 'The rates were read in a trust\'s table, not the handbook.' },
  { id: 'S87', group: 'recruitment', confidence: 'secondary', citation: 'Apprenticeship funding rules on off-the-job training (England), as summarised by Skills for Health\'s apprenticeship service and training providers.', note: 'Summaries only: from August 2025 the minimum is a number of hours set for each standard, so the toolkit records the share the post sets aside and prints no minimum.' },
  { id: 'S88', group: 'recruitment', confidence: 'secondary', citation: 'A police force\'s published answer to a freedom-of-information request (Gwent Police, 2021) citing the College of Policing\'s Authorised Professional Practice on vetting.', note: 'Low confidence: one secondary report of the vetting guidance (forces vet non-police staff who work closely with the police or share their premises before unsupervised access).' },
];

/** The source with this id, if the registry holds it. */
export const sourceById = (id: string): Source | undefined => sources.find((s) => s.id === id);
