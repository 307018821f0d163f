// The main path with the keyboard only: pick a template, edit the title, add a duty, set its kind
// and share; then undo with Ctrl+Z.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PswRoleBuilder } from '../../../components/role-builder/role-builder.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { focused, resetPage, settle } from './helpers.js';

/** Presses Tab until the focused control in the builder matches, at most `max` times. */
async function tabTo(builder: PswRoleBuilder, matches: (el: HTMLElement) => boolean, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = focused(builder);
    if (el && matches(el)) return el;
  }
  throw new Error('not reached with Tab');
}
const labelOf = (el: HTMLElement) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim();

describe('psw-role-builder: keyboard only', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('completes the main path: template → job title → add a duty → its kind and share', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Before</button>
      <psw-role-document><psw-role-builder></psw-role-builder></psw-role-document>
    </div>`);
    const wrapper = container.querySelector<PswRoleDocument>('psw-role-document')!;
    const builder = container.querySelector<PswRoleBuilder>('psw-role-builder')!;
    await settle(builder);
    container.querySelector<HTMLButtonElement>('#before')!.focus();

    // Pick the second setting in the list and use its template.
    await tabTo(builder, (el) => labelOf(el) === 'Template for the setting');
    await sendKeys({ press: 'ArrowDown' });
    await settle(builder);
    await tabTo(builder, (el) => el.textContent?.trim() === 'Use this template', 3);
    await sendKeys({ press: 'Enter' });
    await settle(builder);
    expect(wrapper.value.context.setting).to.equal('acute-inpatient');
    const templateDuties = wrapper.value.duties.length;

    // Focus is on the job title: replace it.
    expect(labelOf(focused(builder)!)).to.equal('Job title');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Ward Peer Worker' });
    await settle(builder);
    expect(wrapper.value.role.title).to.equal('Ward Peer Worker');

    // Add a core duty.
    await tabTo(builder, (el) => el.textContent?.trim() === 'Add duty', 80);
    await sendKeys({ press: 'Enter' });
    await settle(builder);
    expect(labelOf(focused(builder)!)).to.equal('Duty title');
    await sendKeys({ type: 'Run a ward recovery group' });
    await settle(builder);
    // Kind: from Core to Flexible with the arrow key; focus follows the duty to its new group.
    await sendKeys({ press: 'Tab' });
    expect(labelOf(focused(builder)!)).to.equal('Kind');
    await sendKeys({ press: 'ArrowDown' });
    await settle(builder);
    expect(labelOf(focused(builder)!)).to.equal('Kind');
    await sendKeys({ press: 'Tab' });
    expect(labelOf(focused(builder)!)).to.equal('Share of contracted hours');
    await sendKeys({ type: '15' });
    await settle(builder);

    const doc = wrapper.value;
    expect(doc.duties).to.have.length(templateDuties + 1);
    const added = doc.duties[doc.duties.length - 1]!;
    expect(added).to.deep.include({ title: 'Run a ward recovery group', kind: 'flexible', timeShare: 15 });

    // Ctrl+Z takes back the share, not the input's own undo.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(builder);
    expect(wrapper.value.duties[doc.duties.length - 1]).to.not.have.property('timeShare');
  });
});
