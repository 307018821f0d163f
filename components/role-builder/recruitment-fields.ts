/**
 * The role builder's controls for lawful recruitment, vetting, the apprenticeship route and pay
 * beyond the band: the DBS level with its barred lists and reason, police vetting, unsocial hours and
 * the apprenticeship's details (in the employment section); the lawful basis for asking for lived
 * experience, health questions, adjustments, accessible steps and the approach to convictions (in
 * the person specification). Rules R70–R80 (src/assess/rules/recruitment.ts) read these fields.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderState } from './builder-state.js';
import { docNumber, docSelect, docSetMembers, docText, docYesNo } from './fields.js';

export function dbsFields(b: BuilderState): TemplateResult {
  const t = b.t;
  return html`
    ${docSelect(b, {
      id: 'dbs-level', path: ['employment', 'dbs', 'level'], label: t('dbsLevel'), emptyLabel: t('chooseOne'), hint: t('dbsLevelHint'),
      options: [
        { value: 'none', label: t('dbsNone') }, { value: 'basic', label: t('dbsBasic') },
        { value: 'standard', label: t('dbsStandard') }, { value: 'enhanced', label: t('dbsEnhanced') },
        { value: 'enhanced-barred-adults', label: t('dbsBarredAdults') },
        { value: 'enhanced-barred-children', label: t('dbsBarredChildren') },
        { value: 'enhanced-barred-both', label: t('dbsBarredBoth') },
      ],
    })}
    ${docText(b, { id: 'dbs-reason', path: ['employment', 'dbs', 'reason'], label: t('dbsReason'), hint: t('dbsReasonHint') })}`;
}

export function vettingAndHoursFields(b: BuilderState): TemplateResult {
  const t = b.t;
  return html`<fieldset data-path="employment.policeVetting">
      <legend>${t('policeVetting')}</legend>
      <div class="grid">
        ${docYesNo(b, { id: 'police-vetting', path: ['employment', 'policeVetting', 'required'], label: t('policeVettingRequired'), yes: t('yesNeeded'), no: t('notNeeded') })}
        ${docText(b, { id: 'police-vetting-reason', path: ['employment', 'policeVetting', 'reason'], label: t('policeVettingReason'), hint: t('policeVettingHint') })}
      </div>
    </fieldset>
    ${docYesNo(b, { id: 'unsocial-hours', path: ['employment', 'unsocialHours'], label: t('unsocialHours'), hint: t('unsocialHoursHint'), yes: t('yes'), no: t('no') })}`;
}

/** The apprenticeship's details, shown when the contract is an apprenticeship (or details exist). */
export function apprenticeshipFields(b: BuilderState): TemplateResult | typeof nothing {
  const t = b.t;
  const e = b.doc.employment;
  if (e.contractType !== 'apprenticeship' && !e.apprenticeship) return nothing;
  return html`<fieldset data-path="employment.apprenticeship">
    <legend>${t('apprenticeship')}</legend>
    <p class="hint">${t('apprenticeshipHint')}</p>
    <div class="grid">
      ${docText(b, { id: 'apprenticeship-standard', path: ['employment', 'apprenticeship', 'standard'], label: t('apprenticeshipStandard'), hint: t('apprenticeshipStandardHint') })}
      ${docNumber(b, { id: 'apprenticeship-months', path: ['employment', 'apprenticeship', 'durationMonths'], label: t('apprenticeshipMonths'), min: 1, max: 72, step: 1, inputmode: 'numeric' })}
      ${docNumber(b, { id: 'apprenticeship-otj', path: ['employment', 'apprenticeship', 'offTheJobShare'], label: t('apprenticeshipOffTheJob'), hint: t('apprenticeshipOffTheJobHint'), min: 0, max: 100 })}
      ${docText(b, { id: 'apprenticeship-provider', path: ['employment', 'apprenticeship', 'provider'], label: t('apprenticeshipProvider') })}
    </div>
  </fieldset>`;
}

export function recruitmentFields(b: BuilderState): TemplateResult {
  const t = b.t;
  return html`<fieldset data-path="recruitment.livedExperienceBasis">
      <legend>${t('lawfulRecruitment')}</legend>
      ${docSelect(b, {
        id: 'lived-basis', path: ['recruitment', 'livedExperienceBasis'], label: t('livedBasis'), emptyLabel: t('chooseOne'), hint: t('livedBasisHint'),
        options: [
          { value: 'occupational-requirement', label: t('basisOccupational') },
          { value: 'positive-action', label: t('basisPositiveAction') },
          { value: 'none', label: t('basisNone') },
        ],
      })}
      ${docYesNo(b, { id: 'health-questions', path: ['recruitment', 'healthQuestionsBeforeOffer'], label: t('healthQuestions'), hint: t('healthQuestionsHint'), yes: t('yes'), no: t('no') })}
      ${docYesNo(b, { id: 'adjustments-offered', path: ['recruitment', 'adjustmentsOffered'], label: t('adjustmentsOffered'), yes: t('yes'), no: t('no') })}
    </fieldset>
    ${docSetMembers(b, {
      id: 'accessible-steps', path: ['recruitment', 'accessibleSteps'], legend: t('accessibleSteps'), hint: t('accessibleStepsHint'),
      options: [
        { value: 'informal-conversation', label: t('stepConversation') },
        { value: 'taster-session', label: t('stepTaster') },
        { value: 'questions-in-advance', label: t('stepQuestions') },
      ],
    })}
    <fieldset data-path="recruitment.convictionsApproach">
      <legend>${t('convictions')}</legend>
      ${docSelect(b, {
        id: 'convictions-approach', path: ['recruitment', 'convictionsApproach'], label: t('convictionsApproach'), emptyLabel: t('chooseOne'),
        options: [{ value: 'individual-assessment', label: t('convictionsIndividual') }, { value: 'blanket-bar', label: t('convictionsBar') }],
      })}
      ${docText(b, { id: 'convictions-statement', path: ['recruitment', 'convictionsStatement'], label: t('convictionsStatement'), hint: t('convictionsStatementHint'), multiline: true })}
    </fieldset>`;
}
