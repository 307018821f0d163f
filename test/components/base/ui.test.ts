import { expect, fixture, html } from '@open-wc/testing';
import { PswElement } from '../../../components/base/psw-element.js';
import { Localizer } from '../../../components/base/localize.js';
import { commonStrings } from '../../../components/base/strings.js';
import { uiStyles } from '../../../components/base/ui.styles.js';
import { checkboxField, findingsList, radioGroup, selectField, textField } from '../../../components/base/ui.js';
import type { Finding } from '../../../src/assess/types.js';

const finding: Finding = {
  ruleId: 'R99', severity: 'warning', themes: ['T1', 'T4'], basis: 'heuristic', sources: ['S34'],
  message: 'A <b>message</b>', fix: 'Do this', path: 'role.title',
};

class UiProbe extends PswElement {
  static override styles = [PswElement.styles, uiStyles];
  static override properties = { readonly: { type: Boolean }, error: {} };
  declare readonly: boolean;
  declare error: string | undefined;
  stored = 'Peer support worker';
  went: Finding[] = [];
  flag = false;
  pick = 'core';
  choice = 'b';
  private c = new Localizer(this, 'common', commonStrings);
  constructor() {
    super();
    this.readonly = false;
  }
  override render() {
    const t = this.c.t.bind(this.c);
    return html`
      ${textField({ id: 'title', label: 'Job title', hint: 'As advertised', value: this.stored, readonly: this.readonly, error: this.error,
        findings: [finding], onInput: (v) => { if (v.length <= 5) this.stored = v; else this.error = 'Too long'; this.requestUpdate(); } }, t)}
      ${textField({ id: 'share', label: 'Time share', value: 20, type: 'number', unit: '%', readonly: this.readonly, onInput: () => {} }, t)}
      ${selectField({ id: 'kind', label: 'Kind', value: this.pick, options: [{ value: 'core', label: 'Core' }, { value: 'flexible', label: 'Flexible' }],
        readonly: this.readonly, onChange: (v) => { this.pick = v; } }, t)}
      ${checkboxField({ id: 'flag', label: 'Protected time', checked: this.flag, readonly: this.readonly, onChange: (v) => { this.flag = v; } }, t)}
      ${radioGroup({ name: 'r', legend: 'Mode', value: this.choice, readonly: this.readonly,
        options: [{ value: 'a', label: 'Fixed' }, { value: 'b', label: 'Negotiable' }], onChange: (v) => { this.choice = v; } }, t)}
      ${findingsList([finding], t, (f) => this.went.push(f))}
    `;
  }
}
UiProbe.define('psw-test-ui-probe');

class MustFixProbe extends PswElement {
  static override styles = [PswElement.styles, uiStyles];
  private c = new Localizer(this, 'common', commonStrings);
  override render() {
    return selectField({ id: 'kind', label: 'Kind', value: undefined, emptyLabel: 'Choose', options: [{ value: 'core', label: 'Core' }],
      findings: [{ ...finding, severity: 'error', message: 'Choose a kind.' }], onChange: () => {} }, this.c.t.bind(this.c));
  }
}
MustFixProbe.define('psw-test-ui-must-fix');

describe('ui helpers', () => {
  it('give every control a visible label that is its accessible name, and pass axe', async () => {
    const el = await fixture<UiProbe>(html`<psw-test-ui-probe></psw-test-ui-probe>`);
    const root = el.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('#title')!;
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Job title');
    // The finding shown with the field describes it too: its severity and message, not its detail.
    expect(input.getAttribute('aria-describedby')).to.equal('title-hint title-finding-0');
    expect(root.getElementById('title-finding-0')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Check: A <b>message</b>');
    expect(input.getAttribute('aria-invalid'), 'a finding to check leaves the field valid').to.equal('false');
    expect(root.querySelector<HTMLInputElement>('#flag')!.labels?.[0]?.textContent?.trim()).to.equal('Protected time');
    await expect(el).to.be.accessible();
  });

  it('keep what the user typed when the edit is refused, and show the error in place', async () => {
    const el = await fixture<UiProbe>(html`<psw-test-ui-probe></psw-test-ui-probe>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
    input.value = 'Far too long a title';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(input.value).to.equal('Far too long a title');
    expect(el.stored).to.equal('Peer support worker');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#title-error')!.textContent).to.equal('Too long');
    expect(input.getAttribute('aria-describedby')).to.equal('title-hint title-error title-finding-0');
  });

  it('mark a field invalid while a finding shown with it must be fixed', async () => {
    const el = await fixture<HTMLElement>(html`<psw-test-ui-must-fix></psw-test-ui-must-fix>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.equal('kind-finding-0');
    expect(el.shadowRoot!.getElementById('kind-finding-0')!.textContent).to.contain('Must fix');
  });

  it('render findings as text (never markup) with severity, themes, basis, sources and a go-to control', async () => {
    const el = await fixture<UiProbe>(html`<psw-test-ui-probe></psw-test-ui-probe>`);
    const item = el.shadowRoot!.querySelectorAll('.finding')[1] as HTMLElement;
    expect(item.querySelector('b')).to.equal(null);
    expect(item.textContent).to.contain('A <b>message</b>');
    expect(item.textContent).to.contain('Check:');
    expect(item.textContent).to.contain('Tool heuristic');
    expect(item.textContent).to.contain('S34');
    expect([...item.querySelectorAll('.badge')].map((b) => b.textContent)).to.deep.equal(['T1', 'T4', 'Tool heuristic']);
    item.querySelector('button')!.click();
    expect(el.went).to.deep.equal([finding]);
  });

  it('drive selects, checkboxes and radios', async () => {
    const el = await fixture<UiProbe>(html`<psw-test-ui-probe></psw-test-ui-probe>`);
    const root = el.shadowRoot!;
    const select = root.querySelector<HTMLSelectElement>('#kind')!;
    select.value = 'flexible';
    select.dispatchEvent(new Event('change'));
    root.querySelector<HTMLInputElement>('#flag')!.click();
    root.querySelector<HTMLInputElement>('input[type=radio][value=a]')!.click();
    expect([el.pick, el.flag, el.choice]).to.deep.equal(['flexible', true, 'a']);
  });

  it('render a clean read-only view with no controls', async () => {
    const el = await fixture<UiProbe>(html`<psw-test-ui-probe readonly></psw-test-ui-probe>`);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('input, select, textarea')).to.have.length(0);
    const text = root.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Job title Peer support worker');
    expect(text).to.contain('Time share 20 %');
    expect(text).to.contain('Kind Core');
    expect(text).to.contain('Protected time No');
    expect(text).to.contain('Mode Negotiable');
    await expect(el).to.be.accessible();
  });
});
