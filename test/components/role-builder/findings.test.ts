// Findings in place, the balance bar, psw-navigate, the read-only view and axe in every state.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import type { Balance } from '../../../src/assess/types.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { PswNavigateEvent } from '../../../components/base/events.js';
import type { PswRoleBuilder } from '../../../components/role-builder/role-builder.component.js';
import { button, dutyCard, field, finding, focused, mountAssessed, mountInWrapper, openLimits, resetPage, root, settle } from './helpers.js';
import '../../../components/role-insights/role-insights.js';

const balance = (over: Partial<Balance> = {}): Balance => ({
  core: 55, flexible: 25, excluded: 0, unallocated: 20, total: 80, overAllocated: false, flexibleWithoutBounds: 1, flexibleWithoutReview: 2, verdict: 'balanced', ...over,
});

async function openAll(builder: PswRoleBuilder): Promise<void> {
  const toggle = root(builder).querySelector<HTMLButtonElement>('#toggle-all')!;
  if (toggle.textContent!.includes('Open')) toggle.click();
  await settle(builder);
}

const rulesIn = (el: ParentNode | null) => [...(el?.querySelectorAll('.finding') ?? [])].map((f) => f.getAttribute('data-rule'));

function withFindings(doc: RoleDocument) {
  const flexible = doc.duties.findIndex((d) => d.kind === 'flexible');
  return () => ({
    balance: balance(),
    findings: [
      finding({ ruleId: 'R-title', path: 'role.title', message: 'The title does not say peer.', themes: ['T1'], basis: 'evidence', sources: ['S10'] }),
      finding({ ruleId: 'R-bounds', path: `duties[${flexible}].flexibility`, itemId: doc.duties[flexible]!.id, message: 'No review.' }),
      finding({ ruleId: 'R-duties', path: 'duties', message: 'Too few core duties.', severity: 'error' }),
      finding({ ruleId: 'R-exit', path: 'employment.funding.exitPlan', message: 'No exit plan.' }),
      finding({ ruleId: 'R-spec', path: 'recruitment.personSpec.essential', message: 'Lived experience vague.' }),
      finding({ ruleId: 'R-boundaries', path: 'boundaries', message: 'Not ours.' }),
    ],
  });
}

describe('psw-role-builder: findings, balance, navigation, read-only, accessibility', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows each finding once, next to the field or duty it concerns, with theme, basis and sources', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { builder } = await mountAssessed(doc, withFindings(doc));
    await openAll(builder);
    const flexible = doc.duties.find((d) => d.kind === 'flexible')!;
    const limits = dutyCard(builder, flexible.title).querySelector('details.limits')!;
    expect(limits.querySelector('summary')!.textContent).to.include('1 check', 'closed limits count their findings');
    await openLimits(builder, dutyCard(builder, flexible.title));
    expect(limits.querySelector('summary')!.textContent!.trim()).to.equal('Limits of this flexible duty');
    const r = root(builder);
    const all = rulesIn(r);
    expect(all.sort()).to.deep.equal(['R-bounds', 'R-duties', 'R-exit', 'R-spec', 'R-title'], 'each once; boundaries are not the builder’s');
    expect(rulesIn(field(builder, 'Job title').closest('.field'))).to.deep.equal(['R-title']);
    expect(rulesIn(dutyCard(builder, flexible.title).querySelector('fieldset.bounds'))).to.deep.equal(['R-bounds']);
    expect(rulesIn(r.querySelector('[part="duties"] > .section-body > .section-findings'))).to.deep.equal(['R-duties']);
    expect(rulesIn(field(builder, 'Plan when the funding ends').closest('.field'))).to.deep.equal(['R-exit']);
    expect(rulesIn(r.querySelector('[data-path="recruitment.personSpec.essential"]'))).to.include('R-spec');
    const title = r.querySelector('[data-rule="R-title"]')!;
    expect(title.textContent).to.include('T1').and.include('Other evidence').and.include('S10').and.include('Fix it');
    expect(builder.matches(':state(has-errors)')).to.equal(true, 'a must-fix finding about the duties');
  });

  it('keeps a finding in its own list when an item of another list has the same id (ids are unique only within a list)', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const [first, second] = doc.duties;
    doc.boundaries[0]!.id = first!.id;
    doc.recruitment.personSpec.desirable = [{ id: second!.id, text: 'Experience of groups' }];
    const { builder } = await mountAssessed(doc, () => ({
      balance: balance(),
      findings: [
        finding({ ruleId: 'R-boundary', path: 'boundaries[0].status', itemId: first!.id, message: 'A boundary, not a duty.' }),
        finding({ ruleId: 'R-criterion', path: 'recruitment.personSpec.desirable[0]', itemId: second!.id, message: 'Say how it is assessed.' }),
        finding({ ruleId: 'R-duty', path: 'duties[1].title', itemId: second!.id, message: 'About the duty.' }),
      ],
    }));
    await openAll(builder);
    expect(rulesIn(dutyCard(builder, first!.title))).to.deep.equal([], 'the boundary’s finding is not the first duty’s');
    expect(rulesIn(dutyCard(builder, second!.title))).to.deep.equal(['R-duty']);
    expect(rulesIn(root(builder).querySelector('[data-path="recruitment.personSpec.desirable"]'))).to.deep.equal(['R-criterion']);
    expect(rulesIn(root(builder)).sort()).to.deep.equal(['R-criterion', 'R-duty'], 'the boundaries are not the builder’s');
  });

  it('shows a duty finding’s fix, themes, basis and sources once its “How to fix” is opened', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { builder } = await mountAssessed(doc, withFindings(doc));
    await openAll(builder);
    const flexible = doc.duties.find((d) => d.kind === 'flexible')!;
    await openLimits(builder, dutyCard(builder, flexible.title));
    const item = dutyCard(builder, flexible.title).querySelector('[data-rule="R-bounds"]')!;
    expect(item.textContent).to.include('Check').and.include('No review.');
    const more = item.querySelector('details')!;
    expect(more.querySelector('summary')!.textContent).to.equal('How to fix');
    expect(more.querySelector('.fix')).to.equal(null, 'the detail is made when it is opened');
    more.open = true;
    await oneEvent(more, 'toggle');
    expect(more.querySelector('.fix')!.textContent).to.include('Fix it');
    expect([...more.querySelectorAll('.badge')].map((b) => b.textContent)).to.deep.equal(['T1', 'Tool heuristic']);
  });

  it('turns :state(has-errors) on for refused input and off again once the field is valid', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { provider, builder } = await mountAssessed(doc, () => ({}));
    const share = root(builder).querySelector<HTMLInputElement>('input[id$="-share"]')!;
    expect(builder.matches(':state(has-errors)')).to.equal(false);
    share.value = '150';
    share.dispatchEvent(new Event('input'));
    await settle(builder);
    expect(builder.matches(':state(has-errors)')).to.equal(true);
    share.value = '20';
    share.dispatchEvent(new Event('input'));
    await settle(builder);
    expect(provider.value.duties[0]!.timeShare).to.equal(20);
    expect(builder.matches(':state(has-errors)')).to.equal(false);
  });

  it('counts a closed group’s findings on its heading', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { builder } = await mountAssessed(doc, withFindings(doc));
    root(builder).querySelector<HTMLButtonElement>('#group-flexible-toggle')!.click();
    await settle(builder);
    const heading = root(builder).querySelector('#group-flexible-toggle')!.closest('h4')!;
    expect(heading.textContent).to.include('1 check');
    expect(rulesIn(root(builder))).to.not.include('R-bounds');
  });

  it('draws the balance from the assessment, with its text equivalent, verdict, thresholds and gaps', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { builder } = await mountAssessed(doc, () => ({ balance: balance() }));
    const part = root(builder).querySelector('[part="balance"]')!;
    const legend = [...part.querySelectorAll('.legend li .value')].map((v) => v.textContent!.trim());
    expect(legend).to.deep.equal(['Core: 55%', 'Flexible: 25%', 'Excluded: 0%', 'Not allocated: 20%']);
    expect(part.querySelector('.verdict')!.textContent).to.match(/Verdict:\s*Balanced\s/);
    expect(part.textContent).to.include('“too rigid” means under 10% flexible time');
    expect(part.textContent).to.include('1 flexible duty has no limit').and.include('2 flexible duties have no review interval');
    const width = (s: string) => part.querySelector<HTMLElement>(`.stacked-bar [data-kind="${s}"].segment`)?.style.inlineSize;
    expect([width('core'), width('flexible'), width('excluded'), width('unallocated')]).to.deep.equal(['55%', '25%', undefined, '20%']);
    expect(part.querySelector('.stacked-bar')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('scales an over-allocated balance and says so', async () => {
    const doc = createRoleDocument();
    const { builder } = await mountAssessed(doc, () => ({
      balance: balance({ core: 100, flexible: 60, unallocated: 0, total: 160, overAllocated: true, verdict: 'too-loose' }),
    }));
    const part = root(builder).querySelector('[part="balance"]')!;
    expect(part.querySelector<HTMLElement>('.stacked-bar [data-kind="core"].segment')!.style.inlineSize).to.equal('62.5%');
    expect(part.textContent).to.include('add up to 160%');
    expect(part.querySelector('.verdict .badge')!.textContent).to.equal('Too loose');
  });

  it('follows psw-navigate for its own paths: opens the section and focuses the field; ignores others', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { builder } = await mountAssessed(doc, () => ({}));
    document.dispatchEvent(new PswNavigateEvent({ path: 'employment.funding.exitPlan' }));
    await settle(builder);
    expect(button(builder, 'Employment').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(builder)?.id).to.equal('funding-exit');
    const flexible = doc.duties.find((d) => d.kind === 'flexible')!;
    // The finding's index is stale (the duty moved); its itemId still finds it.
    document.dispatchEvent(new PswNavigateEvent({ path: 'duties[0].flexibility.maxShare', itemId: flexible.id }));
    await settle(builder);
    expect(focused(builder)?.id).to.equal(`duty-${flexible.id}-max`);
    document.dispatchEvent(new PswNavigateEvent({ path: 'recruitment.personSpec.essential[1]' }));
    await settle(builder);
    expect(focused(builder)?.id).to.equal(`crit-${doc.recruitment.personSpec.essential[1]!.id}-text`);
    document.dispatchEvent(new PswNavigateEvent({ path: 'boundaries[0].position' }));
    await settle(builder);
    expect(focused(builder)?.id).to.equal(`crit-${doc.recruitment.personSpec.essential[1]!.id}-text`, 'not ours: nothing moves');
  });

  it('lands the field “Go to the field” names in the window, with insights above the builder', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    // Test markup only (no user data).
    container.innerHTML = '<psw-role-document template="adult-community"><psw-role-insights></psw-role-insights><psw-role-builder></psw-role-builder></psw-role-document>';
    const insights = container.querySelector('psw-role-insights')!;
    const builder = container.querySelector('psw-role-builder')!;
    await insights.updateComplete;
    await builder.updateComplete;
    // A field far down the builder, past many cards: the lawful basis for asking for lived experience.
    const go = [...root(insights).querySelectorAll<HTMLButtonElement>('button')]
      .filter((b) => b.textContent!.includes('Go to the field') && /lawful basis/i.test(b.closest('li')?.textContent ?? ''));
    expect(go.length, 'a finding about the lawful basis to go to').to.be.greaterThan(0);
    go[0]!.click();
    await settle(builder);
    for (let i = 0; i < 15; i++) await new Promise(requestAnimationFrame); // the builder checks over the next frames
    const target = focused(builder)!;
    const box = target.getBoundingClientRect();
    expect(box.bottom > 0 && box.top < innerHeight, `${target.id} at ${Math.round(box.top)} px in a ${innerHeight} px window`).to.equal(true);
  });

  it('opens a folded duty of a long role when navigated to', async () => {
    const base = createRoleDocument();
    const duties = Array.from({ length: 80 }, (_, i) => ({ id: `d${i}`, title: `Duty ${i}`, kind: 'core' as const }));
    const { builder } = await mountAssessed({ ...base, duties }, () => ({}));
    document.dispatchEvent(new PswNavigateEvent({ path: 'duties[41].timeShare', itemId: 'd41' }));
    await settle(builder);
    expect(focused(builder)?.id).to.equal('duty-d41-share');
  });

  it('renders a clean read-only view: values as text, no inputs, no editing buttons', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    const { builder } = await mountInWrapper(doc, 'readonly');
    await openAll(builder);
    const r = root(builder);
    expect(builder.matches(':state(readonly)')).to.equal(true);
    expect(r.querySelectorAll('input, select, textarea')).to.have.length(0);
    const names = [...r.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(names.some((n) => /Add|Remove|Undo|Redo|Use this template/.test(n))).to.equal(false);
    expect(r.textContent).to.include(doc.role.title!);
    expect(r.textContent).to.include(doc.duties.find((d) => d.kind === 'excluded')!.exclusionReason!);
    expect(r.querySelector('[part="templates"]')).to.equal(null);
  });

  it('lets a read-only long role be opened duty by duty with Show and Close', async () => {
    const base = createRoleDocument();
    const duties = Array.from({ length: 55 }, (_, i) => ({ id: `d${i}`, title: `Duty ${i}`, kind: 'excluded' as const, exclusionReason: `Reason ${i}` }));
    const { builder } = await mountInWrapper({ ...base, duties }, 'readonly');
    button(builder, 'Show “Duty 3”').click();
    await settle(builder);
    expect(root(builder).textContent).to.include('Reason 3');
    expect(focused(builder)?.getAttribute('aria-label')).to.equal('Close “Duty 3”');
    (focused(builder) as HTMLButtonElement).click();
    await settle(builder);
    expect(root(builder).textContent).to.not.include('Reason 3');
    expect(focused(builder)?.getAttribute('aria-label')).to.equal('Show “Duty 3”');
  });

  // Empty, filled, findings, refused input and read only are in the every-element sweep
  // (test/components/a11y); this state is not.
  describe('axe', () => {
    it('passes with a long role folded to one line per duty and the template dialog open', async () => {
      const base = createRoleDocument();
      const duties = Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, title: `Duty ${i}`, kind: 'flexible' as const, timeShare: 1 }));
      const { builder } = await mountInWrapper({ ...base, duties });
      button(builder, 'Start from a template').click();
      await settle(builder);
      button(builder, 'Use this template').click();
      await settle(builder);
      expect(root(builder).querySelector<HTMLDialogElement>('#template-confirm')!.open).to.equal(true);
      await expect(builder).to.be.accessible();
    });
  });
});
