/**
 * The organisation-wide facts and how peer supervision is provided. Each fact is answered yes, no
 * or not answered (left out of the profile, so each role is asked instead), with why it matters and
 * what the assessment checks with it: the rule and the sources of that rule (src/assess/rules/,
 * docs/sources.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clockToday } from '../../src/assess/policy.js';
import type { Path } from '../../src/store/ops.js';
import { idOf, type ProfileView } from './fields.js';
import type { OrganisationStrings } from './strings.js';

type Key = keyof OrganisationStrings & string;

interface FactInfo {
  /** The field under `facts`, also the label's key; its why is `<key>Why`. */
  key: string;
  /** Rules that read it, and their sources. */
  rules: readonly string[];
  sources: readonly string[];
}

const FACTS: readonly FactInfo[] = [
  { key: 'peerLeadInOrganisation', rules: ['R16'], sources: ['S1', 'S11'] },
  { key: 'peerNetwork', rules: ['R15'], sources: ['S7', 'S8'] },
  { key: 'peerVoiceForum', rules: [], sources: [] },
  { key: 'teamBriefingOffered', rules: ['R14'], sources: ['S8', 'S13', 'S14'] },
  { key: 'briefingCoDeliveredByPeer', rules: ['R48'], sources: ['S8'] },
  { key: 'coProducedRecruitment', rules: ['R25'], sources: ['S20', 'S8'] },
  { key: 'peerOnPanel', rules: ['R25'], sources: ['S20', 'S8'] },
  { key: 'wellnessPlanOffered', rules: ['R46'], sources: ['S44', 'S9', 'S4'] },
  { key: 'adjustmentsProcess', rules: ['R24'], sources: ['S41', 'S42'] },
  { key: 'accessToWorkSignposted', rules: ['R24'], sources: ['S43'] },
  { key: 'recruitmentAdjustmentsOffered', rules: ['R72'], sources: ['S80', 'S41', 'S42'] },
  { key: 'healthQuestionsBeforeOffer', rules: ['R70'], sources: ['S80'] },
];

const SUPERVISION: readonly FactInfo[] = [
  { key: 'providerHasPeerBackground', rules: ['R09'], sources: ['S12', 'S45', 'S46', 'S47'] },
  { key: 'providerTrainedInPeerSupervision', rules: ['R13'], sources: ['S21', 'S23'] },
];

/** Why a fact matters, the rule that checks it and its sources, tied to the control by id. */
function why(v: ProfileView, info: FactInfo, id: string): TemplateResult {
  return html`<div class="why" id="${id}-why">
    <p><strong>${v.t('whyItMatters')}:</strong> ${v.s(`${info.key}Why` as Key)}</p>
    <p class="hint">${info.rules.length
      ? html`${v.t('checkedBy', info.rules.join(', '))} · ${v.t('sourcesLine', info.sources.join(', '))}`
      : v.t('noSources')}</p>
  </div>`;
}

function fact(v: ProfileView, path: Path, info: FactInfo): TemplateResult {
  return html`<div class="fact" part="fact" data-fact=${info.key}>${v.yesNo(path, v.s(info.key as Key), why(v, info, idOf(path)))}</div>`;
}

export function renderFacts(v: ProfileView): TemplateResult {
  const { t } = v;
  const dbs = ['facts', 'dbsFeePaidBy'] as const;
  const convictions = ['facts', 'convictionsApproach'] as const;
  const basis = ['facts', 'livedExperienceBasis'] as const;
  return html`<section class="section" part="facts" aria-labelledby="facts-heading">
    <h3 id="facts-heading">${t('factsHeading')}</h3>
    <p class="hint">${t('factsIntro')}</p>
    <div class="as-of">
      ${v.text(['asOf'], { label: t('asOf'), hint: t('asOfHint'), type: 'date', required: true })}
      <button type="button" @click=${() => confirmToday(v)}>${t('confirmToday')}</button>
    </div>
    ${FACTS.map((info) => fact(v, ['facts', info.key], info))}
    <div class="fact" part="fact" data-fact="dbsFeePaidBy">
      ${v.choices(dbs, t('dbsFeePaidBy'), [['employer', t('dbsEmployer'), 'employer'], ['post-holder', t('dbsPostHolder'), 'post-holder'], ['unset', t('notAnswered'), undefined]],
        why(v, { key: 'dbsFeePaidBy', rules: ['R27'], sources: ['S31-d'] }, idOf(dbs)))}
    </div>
    <div class="fact" part="fact" data-fact="livedExperienceBasis">
      ${v.choices(basis, t('livedExperienceBasis'), [['occupational', t('basisOccupational'), 'occupational-requirement'], ['positive', t('basisPositiveAction'), 'positive-action'], ['none', t('basisNone'), 'none'], ['unset', t('notAnswered'), undefined]],
        why(v, { key: 'livedExperienceBasis', rules: ['R71'], sources: ['S81', 'S82'] }, idOf(basis)))}
    </div>
    <div class="fact" part="fact" data-fact="convictionsApproach">
      ${v.choices(convictions, t('convictionsApproach'), [['individual', t('convictionsIndividual'), 'individual-assessment'], ['bar', t('convictionsBar'), 'blanket-bar'], ['unset', t('notAnswered'), undefined]],
        why(v, { key: 'convictionsApproach', rules: ['R75', 'R76'], sources: ['S51', 'S13'] }, idOf(convictions)))}
    </div>
  </section>`;
}

/** Every answer confirmed today: the days answers were set before go with it. */
function confirmToday(v: ProfileView): void {
  const today = clockToday();
  const confirmed = v.edit('asOf', (p) => {
    if (p.asOf === today && !p.answeredOn) return p;
    const { answeredOn: _days, ...rest } = p;
    return { ...rest, asOf: today };
  }, v.t('confirmToday'));
  if (confirmed) v.announce(v.t('confirmedToday'));
}

const PERS = ['week', 'month', 'quarter'] as const;
type Per = (typeof PERS)[number];

export function renderSupervision(v: ProfileView): TemplateResult {
  const { t } = v;
  const base = ['facts', 'peerSupervision'] as const;
  const freq = v.p.facts.peerSupervision?.frequency;
  const key = 'facts.peerSupervision.frequency';
  const pending = v.el.ui.pendingPer;
  const setFrequency = (count: number | undefined, per: Per | undefined) => {
    if (count === undefined && per === undefined) return v.set([...base, 'frequency'], undefined, t('frequency'));
    if (count === undefined || per === undefined) {
      v.el.ui.pendingPer = per;
      return v.model.refuse(key, t('frequencyNeedsBoth'));
    }
    v.el.ui.pendingPer = undefined;
    return v.set([...base, 'frequency'], { count, per }, t('frequency'), true);
  };
  // The other half as its control shows it now (not as stored), so emptying both removes the frequency.
  const shown = (e: Event, id: string) => (((e.target as Element).getRootNode() as ShadowRoot).getElementById(id) as HTMLInputElement | null)?.value.trim() || undefined;
  const error = v.model.error(key);
  return html`<section class="section" part="supervision" aria-labelledby="supervision-heading">
    <h3 id="supervision-heading">${t('supervisionHeading')}</h3>
    <p class="hint">${t('supervisionIntro')}</p>
    ${v.text([...base, 'providerRole'], { label: t('providerRole'), hint: t('providerRoleHint') })}
    ${SUPERVISION.map((info) => fact(v, [...base, info.key], info))}
    <fieldset class="frequency" data-path=${key}>
      <legend>${t('frequency')}</legend>
      <p class="hint" id="frequency-hint">${t('frequencyWhy')} ${t('checkedBy', 'R11, R42')}</p>
      ${error ? html`<p class="error" id="frequency-error" role="alert">${error}</p>` : nothing}
      <div class="inline">
        <div class="field">
          <label for="frequency-count">${t('frequencyCount')}</label>
          <input id="frequency-count" type="number" min="0" max="100" step="1" inputmode="numeric" .value=${freq ? String(freq.count) : ''}
            aria-describedby="frequency-hint" aria-invalid=${error ? 'true' : 'false'}
            @input=${(e: Event) => {
              const raw = (e.target as HTMLInputElement).value.trim();
              const n = raw === '' ? undefined : Number(raw);
              if (n !== undefined && !Number.isFinite(n)) return v.model.refuse(key, t('enterNumber'));
              setFrequency(n, shown(e, 'frequency-per') as Per | undefined);
            }} />
        </div>
        <div class="field">
          <label for="frequency-per">${t('frequencyPer')}</label>
          <select id="frequency-per" @change=${(e: Event) => {
            const count = shown(e, 'frequency-count');
            setFrequency(count === undefined ? undefined : Number(count), ((e.target as HTMLSelectElement).value || undefined) as Per | undefined);
          }}>
            <option value="" ?selected=${!(freq?.per ?? pending)}>${t('none')}</option>
            ${PERS.map((per) => html`<option value=${per} ?selected=${(freq?.per ?? pending) === per}>${v.s(`per${per[0]!.toUpperCase()}${per.slice(1)}` as Key)}</option>`)}
          </select>
        </div>
      </div>
    </fieldset>
  </section>`;
}
