/**
 * Pay: the scheme, where the salary figures come from (the toolkit's built-in tables for the
 * scheme, or the organisation's own dated table with its bands) and the NHS High Cost Area
 * Supplement zone.
 */
import { html, type TemplateResult } from 'lit';
import { clockToday } from '../../src/assess/policy.js';
import { payTableYearOf, payTables, paySchemes } from '../../src/catalogue/pay.js';
import { newId } from '../../src/model/ids.js';
import type { PayTable } from '../../src/organisation/schema.js';
import { setIn } from '../../src/store/ops.js';
import { addItem, removeItem } from '../../src/store/list-ops.js';
import { radioGroup } from '../base/ui.js';
import type { ProfileView } from './fields.js';

const HCA = [['none', 'hcaNone'], ['inner-london', 'hcaInner'], ['outer-london', 'hcaOuter'], ['fringe', 'hcaFringe']] as const;

/** The years of the built-in tables of a scheme, newest first. */
function builtInYears(scheme: string | undefined): string[] {
  return payTables.filter((t) => t.scheme === scheme).map(payTableYearOf).sort().reverse();
}

export function renderPay(v: ProfileView): TemplateResult {
  const { t } = v;
  const pay = v.p.pay;
  const tables = pay.tables ?? [];
  const own = tables.length > 0 || !!v.el.ui.ownTable;
  const years = builtInYears(pay.scheme);
  return html`<section class="section" part="pay" aria-labelledby="pay-heading">
    <h3 id="pay-heading">${t('payHeading')}</h3>
    ${v.select(['pay', 'scheme'], t('payScheme'), paySchemes.map((s) => ({ value: s.id, label: s.label })))}
    ${radioGroup({
      name: 'pay-source', legend: t('payTableSource'), value: own ? 'own' : 'built-in', path: 'pay.tables',
      options: [{ value: 'built-in', label: t('builtInTables') }, { value: 'own', label: t('ownTable') }],
      onChange: (value) => chooseSource(v, value === 'own'),
    })}
    ${v.errorOf('pay.tables')}
    ${own
      ? tables.map((table, i) => renderTable(v, table, i))
      : html`<p class="hint">${years.length ? html`${t('builtInList')} ${years.join(', ')}` : t('noBuiltIn')}</p>`}
    ${v.select(['pay', 'highCostArea'], t('highCostArea'), HCA.map(([value, key]) => ({ value, label: t(key) })))}
  </section>`;
}

function newTable(v: ProfileView): PayTable {
  const p = v.p;
  return {
    id: newId('pay'), scheme: p.pay.scheme ?? 'other', label: v.t('newTableLabel', p.organisation.name).slice(0, 200), effectiveFrom: clockToday(),
    bands: [{ band: '1', min: 0, max: 0, period: 'year' }],
  };
}

function chooseSource(v: ProfileView, own: boolean): void {
  v.el.ui.ownTable = own;
  if (own && !(v.p.pay.tables ?? []).length) v.edit('pay.tables', (p) => addItem(p, ['pay', 'tables'], newTable(v)), v.t('ownTable'));
  else if (!own && (v.p.pay.tables ?? []).length) v.edit('pay.tables', (p) => setIn(p, ['pay', 'tables'], undefined), v.t('builtInTables'));
  v.el.requestUpdate();
}

function renderTable(v: ProfileView, table: PayTable, i: number): TemplateResult {
  const { t } = v;
  const at = ['pay', 'tables', i] as const;
  return html`<fieldset class="pay-table" data-item=${table.id}>
    <legend>${table.label}</legend>
    ${v.text([...at, 'label'], { label: t('tableLabel'), required: true })}
    ${v.select([...at, 'scheme'], t('payScheme'), paySchemes.map((s) => ({ value: s.id, label: s.label })), undefined, true)}
    <div class="inline">
      ${v.text([...at, 'effectiveFrom'], { label: t('effectiveFrom'), type: 'date', required: true })}
      ${v.text([...at, 'effectiveTo'], { label: t('effectiveTo'), hint: t('effectiveToHint'), type: 'date' })}
    </div>
    ${v.text([...at, 'source'], { label: t('tableSourceField') })}
    <h4>${t('bandsHeading')}</h4>
    <ul class="bands">
      ${table.bands.map((b, bi) => html`<li class="band-row">
        ${v.text([...at, 'bands', bi, 'band'], { label: t('band'), required: true })}
        ${v.number([...at, 'bands', bi, 'min'], { label: t('bandMin'), min: 0, step: 'any' })}
        ${v.number([...at, 'bands', bi, 'max'], { label: t('bandMax'), min: 0, step: 'any' })}
        ${v.select([...at, 'bands', bi, 'period'], t('bandPeriod'), [{ value: 'year', label: t('perYear') }, { value: 'hour', label: t('perHour') }], undefined, true)}
        <button type="button" @click=${() => removeBand(v, i, bi, b.band)} ?disabled=${table.bands.length < 2}>${t('removeBand', b.band)}</button>
      </li>`)}
    </ul>
    ${v.errorOf(`pay.tables.${i}.bands`)}
    <div class="actions">
      <button type="button" @click=${() => addBand(v, i)}>${t('addBand')}</button>
      <button type="button" @click=${() => removeTable(v, table.id)}>${t('removeTable')}</button>
    </div>
  </fieldset>`;
}

function addBand(v: ProfileView, i: number): void {
  const bands = v.p.pay.tables![i]!.bands;
  const last = bands[bands.length - 1];
  const band = { band: String(bands.length + 1), min: last?.max ?? 0, max: last?.max ?? 0, period: last?.period ?? 'year' };
  if (!v.set(['pay', 'tables', i, 'bands'], [...bands, band], v.t('addBand'))) return;
  void v.el.updateComplete.then(() => v.el.renderRoot.querySelector<HTMLInputElement>(`#pay-tables-${i}-bands-${bands.length}-band`)?.focus());
}

function removeBand(v: ProfileView, i: number, bi: number, label: string): void {
  const bands = v.p.pay.tables![i]!.bands;
  if (!v.set(['pay', 'tables', i, 'bands'], bands.filter((_, k) => k !== bi), v.t('removeBand', label))) return;
  v.announce(v.t('removed', label));
}

function removeTable(v: ProfileView, id: string): void {
  v.el.ui.ownTable = false;
  if (v.edit('pay.tables', (p) => {
    const next = removeItem(p, ['pay', 'tables'], id);
    return next.pay.tables?.length ? next : setIn(next, ['pay', 'tables'], undefined);
  }, v.t('removeTable'))) v.el.renderRoot.querySelector<HTMLInputElement>('input[name="pay-source"]')?.focus();
}
