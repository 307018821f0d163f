/**
 * Employment: pay scheme, band (Agenda for Change bands from the pay table fill in the salary and
 * the pay table year, still editable), hours, contract, funding, location, working pattern, lone
 * working, the DBS check and police vetting, unsocial hours and the apprenticeship's details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { clockToday } from '../../src/assess/policy.js';
import { payTableBand, payTableInForce, payTableYearOf, paySchemes } from '../../src/catalogue/pay.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { setIn } from '../../src/store/ops.js';
import { editField } from '../base/editor-kit/edit-fields.js';
import { parseNumber } from '../base/editor-kit/edit-kit.js';
import { findingsList, selectField, textField } from '../base/ui.js';
import type { BuilderState } from './builder-state.js';
import { section, sectionFindings } from './section-frame.js';
import { docCheckbox, docNumber, docSelect, docText } from './fields.js';
import { apprenticeshipFields, dbsFields, vettingAndHoursFields } from './recruitment-fields.js';

type Salary = NonNullable<RoleDocument['employment']['salary']>;

/**
 * The Agenda for Change table in force today (the organisation's own, if its profile has one); none
 * past the newest table held (then the band is typed).
 */
const afcTableToday = (b: BuilderState) => payTableInForce('agenda-for-change', clockToday(), { organisation: b.organisation });
/** The pay scheme the role uses: its own, or the organisation's. */
const schemeOf = (b: BuilderState) => b.sources.effective.employment.payScheme;

function pickBand(b: BuilderState, band: string): void {
  const t = b.t;
  const table = afcTableToday(b);
  const entry = table && band ? payTableBand(table, band) : undefined;
  const year = table ? payTableYearOf(table) : '';
  const done = b.run(
    'employment-band',
    (d) => {
      let next = setIn(d, ['employment', 'band'], band || undefined);
      if (entry) {
        next = setIn(next, ['employment', 'payTableYear'], year);
        next = setIn(next, ['employment', 'salary'], { min: entry.min, max: entry.max, currency: 'GBP', period: entry.period } satisfies Salary);
      }
      return next;
    },
    { label: t('band') },
  );
  if (done && entry) {
    // What was typed into either end gives way to the band's figures.
    b.kit.clearUnder('salary-min');
    b.kit.clearUnder('salary-max');
    b.announce(t('bandFilled', entry.band, year));
  }
}

/**
 * One end of the salary range. A range needs both ends: a first figure starts a one-point range,
 * clearing one end while the other still has a figure is refused (and said), clearing both removes
 * the salary. A figure the range refused (a minimum above the maximum) is applied once the other
 * end makes room for it.
 */
function setSalaryEnd(b: BuilderState, end: 'min' | 'max', raw: string, event: Event): void {
  const key = `salary-${end}`;
  const otherEnd = end === 'min' ? 'max' : 'min';
  const other = `salary-${otherEnd}`;
  const labelOf = (e: 'min' | 'max') => (e === 'min' ? b.t('salaryMin') : b.t('salaryMax'));
  const label = labelOf(end);
  const parsed = b.kit.typedNumber(key, raw, event, { label, path: 'employment.salary' });
  if (parsed === null) return;
  const salary = b.doc.employment.salary;
  let done: boolean;
  if (parsed === undefined) {
    if (!salary) return b.kit.clear(key);
    const otherInput = ((event.target as Element).getRootNode() as ShadowRoot).getElementById(other) as HTMLInputElement | null;
    if (otherInput && otherInput.value.trim() !== '') return b.kit.refuse(key, b.t('salaryBothNeeded'), undefined, { label, path: 'employment.salary' });
    done = b.run(key, (d) => setIn(d, ['employment', 'salary'], undefined), { label: b.t('salary') });
  } else if (!salary || (b.ui.salaryPointFrom === end && salary.min === salary.max)) {
    // A first figure, typed key by key: the range is one point that follows it (2, 24, 240…), so
    // no keystroke on the way is refused for passing the other end.
    const start: Salary = { currency: 'GBP', period: 'year', ...salary, min: parsed, max: parsed };
    done = b.kit.applyTypedNumber(key, (d) => setIn(d, ['employment', 'salary'], start), { label });
    if (done) b.ui.salaryPointFrom = end;
  } else {
    b.ui.salaryPointFrom = undefined;
    done = b.kit.applyTypedNumber(key, (d) => setIn(d, ['employment', 'salary', end], parsed), { label });
  }
  if (done && b.kit.error(other) !== undefined) {
    // The other end's figure waited for this one, or was refused for being the only one cleared.
    const waiting = parseNumber(b.kit.draft(other) ?? '');
    if (typeof waiting === 'number' && b.doc.employment.salary) {
      b.kit.applyTypedNumber(other, (d) => setIn(d, ['employment', 'salary', otherEnd], waiting), { label: labelOf(otherEnd) });
    } else b.kit.clear(other);
  }
  b.requestUpdate();
}

function salary(b: BuilderState): TemplateResult {
  const t = b.t;
  const s = b.doc.employment.salary;
  const findings = b.claim('employment.salary');
  if (b.readonly) {
    const value = s ? t(s.period === 'hour' ? 'salaryRangeHour' : 'salaryRangeYear', b.money(s.min), b.money(s.max)) : undefined;
    return html`<div data-path="employment.salary">
      ${textField({ id: 'salary', label: t('salary'), value, readonly: true, onInput: () => {} }, b.ct)}
      ${findings.length ? findingsList(findings, b.ct) : nothing}
    </div>`;
  }
  const end = (which: 'min' | 'max') =>
    editField(
      b.kit,
      {
        id: `salary-${which}`, label: which === 'min' ? t('salaryMin') : t('salaryMax'), type: 'number', min: 0, step: 'any',
        inputmode: 'decimal', value: b.kit.draft(`salary-${which}`) ?? s?.[which], path: `employment.salary.${which}`,
        onInput: (v, e) => setSalaryEnd(b, which, v, e),
      },
      b.ct,
    );
  return html`<fieldset data-path="employment.salary">
    <legend>${t('salary')}</legend>
    ${findings.length ? findingsList(findings, b.ct) : nothing}
    <div class="grid">
      ${end('min')} ${end('max')}
      ${s
        ? selectField({
            id: 'salary-period', label: t('salaryPeriod'), value: s.period, path: 'employment.salary.period',
            options: [{ value: 'year', label: t('periodYear') }, { value: 'hour', label: t('periodHour') }],
            onChange: (v) => b.setValue('salary-period', ['employment', 'salary', 'period'], v, t('salaryPeriod')),
          })
        : nothing}
    </div>
  </fieldset>`;
}

function band(b: BuilderState): TemplateResult {
  const t = b.t;
  const e = b.doc.employment;
  const afc = schemeOf(b) === 'agenda-for-change';
  const table = afcTableToday(b);
  if (!afc || b.readonly || !table) {
    return docText(b, { id: 'employment-band', path: ['employment', 'band'], label: afc ? t('band') : t('bandOther') });
  }
  const bands = table.bands;
  const options = bands.map((p) => ({ value: p.band, label: t('bandOption', p.band, b.money(p.min), b.money(p.max), payTableYearOf(table)) }));
  if (e.band && !bands.some((p) => p.band === e.band)) options.push({ value: e.band, label: t('bandNotInCatalogue', e.band) });
  const chosen = bands.find((p) => p.band === e.band);
  const note = b.fieldNote('employment-band', ['employment', 'band'], t('band'));
  return selectField(
    {
      id: 'employment-band', label: t('band'), value: e.band, options, emptyLabel: t('chooseOne'), path: 'employment.band',
      hint: chosen && 'description' in chosen ? `${chosen.description} ${t('bandHint')}` : t('bandHint'), findings: b.claimField('employment.band', note), note,
      onChange: (v) => pickBand(b, v),
    },
    b.ct,
  );
}

function summary(b: BuilderState): string {
  const t = b.t;
  const e = b.doc.employment;
  const parts: string[] = [];
  if (e.band) parts.push(schemeOf(b) === 'agenda-for-change' ? t('bandShort', e.band) : e.band);
  if (e.salary) parts.push(t(e.salary.period === 'hour' ? 'salaryRangeHour' : 'salaryRangeYear', b.money(e.salary.min), b.money(e.salary.max)));
  if (e.hoursPerWeek !== undefined) parts.push(t('hoursSummary', String(e.hoursPerWeek)));
  if (e.contractType === 'fixed-term' && e.fixedTermMonths !== undefined) parts.push(t('contractFixedTermFor', String(e.fixedTermMonths)));
  else if (e.contractType) parts.push(contractLabel(b, e.contractType));
  return parts.length ? `${parts.join(', ')}.` : t('employmentSummaryEmpty');
}

const contractKey = { permanent: 'contractPermanent', 'fixed-term': 'contractFixedTerm', bank: 'contractBank', apprenticeship: 'contractApprenticeship' } as const;
const contractLabel = (b: BuilderState, c: keyof typeof contractKey) => b.t(contractKey[c]);

/** The contract's own length, for a fixed-term post (or whenever one is given); the funding term is apart. */
function contractLength(b: BuilderState): TemplateResult | typeof nothing {
  const e = b.doc.employment;
  if (e.contractType !== 'fixed-term' && e.fixedTermMonths === undefined) return nothing;
  return docNumber(b, {
    id: 'employment-fixed-term', path: ['employment', 'fixedTermMonths'], label: b.t('fixedTermMonths'), hint: b.t('fixedTermMonthsHint'),
    min: 1, max: 120, step: 1, inputmode: 'numeric',
  });
}

export function renderEmployment(b: BuilderState): TemplateResult {
  const t = b.t;
  return section(b, 'employment', 'employment', t('employmentTitle'), summary(b), () => {
    const fields = html`
      <div class="grid">
        ${docSelect(b, {
          id: 'employment-scheme', path: ['employment', 'payScheme'], label: t('payScheme'), emptyLabel: t('chooseOne'),
          hint: paySchemes.find((p) => p.id === schemeOf(b))?.description,
          options: paySchemes.map((p) => ({ value: p.id, label: p.label })),
        })}
        ${band(b)}
        ${docText(b, { id: 'employment-pay-year', path: ['employment', 'payTableYear'], label: t('payTableYear'), hint: t('payTableYearHint') })}
      </div>
      ${salary(b)}
      <div class="grid">
        ${docNumber(b, { id: 'employment-hours', path: ['employment', 'hoursPerWeek'], label: t('hoursPerWeek'), min: 0, max: 80 })}
        ${docSelect(b, {
          id: 'employment-contract', path: ['employment', 'contractType'], label: t('contractType'), emptyLabel: t('chooseOne'),
          options: (Object.keys(contractKey) as (keyof typeof contractKey)[]).map((c) => ({ value: c, label: contractLabel(b, c) })),
        })}
        ${contractLength(b)}
        ${docText(b, { id: 'employment-location', path: ['employment', 'location'], label: t('location') })}
        ${docText(b, { id: 'employment-pattern', path: ['employment', 'workPattern'], label: t('workPattern'), hint: t('workPatternHint') })}
      </div>
      ${apprenticeshipFields(b)}
      <fieldset data-path="employment.funding">
        <legend>${t('funding')}</legend>
        <div class="grid">
          ${docText(b, { id: 'funding-source', path: ['employment', 'funding', 'source'], label: t('fundingSource') })}
          ${docNumber(b, { id: 'funding-term', path: ['employment', 'funding', 'termMonths'], label: t('fundingTerm'), hint: t('fundingTermHint'), min: 1, max: 120, step: 1, inputmode: 'numeric' })}
          ${docText(b, { id: 'funding-end', path: ['employment', 'funding', 'endDate'], label: t('fundingEnd'), type: 'date' })}
        </div>
        ${docText(b, { id: 'funding-exit', path: ['employment', 'funding', 'exitPlan'], label: t('fundingExitPlan'), hint: t('fundingExitPlanHint'), multiline: true })}
        ${docCheckbox(b, { id: 'funding-recurrent', path: ['employment', 'funding', 'recurrent'], label: t('fundingRecurrent') })}
      </fieldset>
      <fieldset data-path="employment.loneWorking">
        <legend>${t('loneWorking')}</legend>
        ${docCheckbox(b, { id: 'lone-expected', path: ['employment', 'loneWorking', 'expected'], label: t('loneWorkingExpected') })}
        ${docText(b, { id: 'lone-arrangements', path: ['employment', 'loneWorking', 'arrangements'], label: t('loneWorkingArrangements'), multiline: true })}
      </fieldset>
      <fieldset data-path="employment.dbs">
        <legend>${t('dbs')}</legend>
        <div class="grid">
          ${dbsFields(b)}
          ${docSelect(b, {
            id: 'dbs-fee', path: ['employment', 'dbs', 'feePaidBy'], label: t('dbsFee'), emptyLabel: t('chooseOne'),
            options: [{ value: 'employer', label: t('dbsEmployer') }, { value: 'employee', label: t('dbsEmployee') }],
          })}
        </div>
      </fieldset>
      ${vettingAndHoursFields(b)}`;
    return html`${sectionFindings(b, ['employment'])}${fields}`;
  });
}
