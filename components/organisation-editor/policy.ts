/**
 * The assessment's thresholds (every key of `defaultPolicy` in src/assess/policy.ts): each is the
 * organisation's choice. An empty field leaves the key out of the profile, so the toolkit's default
 * applies; each field shows that default and what evidence stands behind the threshold.
 */
import { html, type TemplateResult } from 'lit';
import { defaultPolicy } from '../../src/assess/policy.js';
import type { Path } from '../../src/store/ops.js';
import { getIn } from '../../src/store/ops.js';
import type { ProfileView } from './fields.js';
import type { OrganisationStrings } from './strings.js';

type Key = keyof OrganisationStrings & string;

interface Threshold {
  path: readonly string[];
  label: Key;
  note?: Key;
  max: number;
}

const TOP: readonly Threshold[] = [
  { path: ['minFixedTermMonths'], label: 'minFixedTermMonths', note: 'minFixedTermMonthsNote', max: 120 },
  { path: ['maxInvolvementRequestCap'], label: 'maxInvolvementRequestCap', note: 'maxInvolvementRequestCapNote', max: 100 },
  { path: ['minCoreDuties'], label: 'minCoreDuties', note: 'minCoreDutiesNote', max: 50 },
  { path: ['minSupervisionSessionsPerMonth'], label: 'minSupervisionSessionsPerMonth', note: 'minSupervisionSessionsPerMonthNote', max: 31 },
];
const BALANCE: readonly Threshold[] = [
  { path: ['balance', 'tooRigidFlexibleBelow'], label: 'tooRigidFlexibleBelow', max: 100 },
  { path: ['balance', 'tooLooseFlexibleAbove'], label: 'tooLooseFlexibleAbove', max: 100 },
  { path: ['balance', 'tooLooseCoreBelow'], label: 'tooLooseCoreBelow', max: 100 },
];

function threshold(v: ProfileView, th: Threshold): TemplateResult {
  const path: Path = ['policy', ...th.path];
  const fallback = getIn(defaultPolicy, th.path) as number;
  const chosen = v.get<number>(path) !== undefined;
  return html`<div class="threshold" data-chosen=${chosen ? 'true' : 'false'}>
    ${v.number(path, {
      label: v.t(th.label), min: 0, max: th.max,
      // The default, whose choice the value is, and the evidence: all read out with the field.
      hint: `${v.t('toolDefault', fallback)}. ${chosen ? v.t('yourChoice') : v.t('usingDefault')}.${th.note ? ` ${v.t(th.note)}` : ''}`,
    })}
  </div>`;
}

export function renderPolicy(v: ProfileView): TemplateResult {
  const { t } = v;
  return html`<section class="section" part="policy" aria-labelledby="policy-heading">
    <h3 id="policy-heading">${t('policyHeading')}</h3>
    <p class="hint">${t('policyIntro')}</p>
    ${TOP.map((th) => threshold(v, th))}
    <fieldset>
      <legend>${t('balanceHeading')}</legend>
      <p class="hint">${t('balanceNote')}</p>
      ${BALANCE.map((th) => threshold(v, th))}
    </fieldset>
  </section>`;
}
