// The long steps: every boundary topic and every supervision arrangement (and training item) is one
// line — its name, status and what is left — until it is opened with a button that says whether it
// is open (aria-expanded); "Go to the field" opens the one that holds the field and focuses it.
import { expect } from '@open-wc/testing';
import { assessRole } from '../../../src/assess/index.js';
import { createRoleDocument } from '../../../src/model/create.js';
import { PswNavigateEvent } from '../../../components/base/events.js';
import type { PswRoleDesigner } from '../../../components/role-designer/role-designer.component.js';
import { deepActive, expectFocused, hostOf, inStep, mountInWrapper, resetPage, root, settle, spoken, text } from './helpers.js';

const template = () => createRoleDocument({ template: 'adult-community' });
const FIELDS = 'input, textarea, select';

async function navigate(designer: PswRoleDesigner, path: string, itemId?: string): Promise<void> {
  designer.dispatchEvent(new PswNavigateEvent({ path, itemId }));
  await settle(designer);
}

describe('psw-role-designer: long steps as summaries', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows each boundary topic as one line (name, status, what is left) until it is opened', async () => {
    const doc = template();
    const { designer } = await mountInWrapper(doc, { step: 'boundaries' });
    const checklist = root(inStep(designer, 'psw-boundary-checklist'));
    const cards = [...checklist.querySelectorAll<HTMLElement>('[part~="topic"]')];
    expect(cards.length).to.be.greaterThan(10);
    const findings = assessRole(doc).findings;
    for (const card of cards) {
      const name = text(card.querySelector('[part~="topic-heading"]'));
      expect(name, 'the topic is named').to.not.equal('');
      expect(card.querySelectorAll(FIELDS), name).to.have.length(0, 'a closed summary hides its fields');
      expect(spoken(card.querySelector('.status')!), name).to.match(/^Status: /);
      const left = text(card.querySelector('.left'));
      expect(left, name).to.match(/^(\d+ to fix(, \d+ to check)?|\d+ to check|Nothing to fix or check)$/);
      const toggle = card.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
      expect(toggle.getAttribute('aria-expanded'), name).to.equal('false');
      expect(spoken(toggle), name).to.equal(`Show details of ${name}`);
    }
    // What is left is the assessment's count for that topic.
    const id = doc.boundaries[0]!.id;
    const index = 0;
    const own = findings.filter((f) => f.severity !== 'info' && (f.itemId === id || f.path?.startsWith(`boundaries[${index}]`)));
    const first = checklist.querySelector<HTMLElement>(`[data-item-id="${id}"]`)!;
    if (own.length === 0) expect(text(first.querySelector('.left'))).to.equal('Nothing to fix or check');
    else expect(text(first.querySelector('.left'))).to.match(/\d/);

    // Opened with its button (Enter or Space on a native button): the fields are there; closed again, gone.
    const toggle = first.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    toggle.click();
    await settle(designer);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(first.querySelectorAll('textarea').length).to.be.greaterThan(0);
    expect(first.querySelector('.left')).to.equal(null, 'an open topic shows its findings themselves');
    await expect(inStep(designer, 'psw-boundary-checklist')).to.be.accessible();
    toggle.click();
    await settle(designer);
    expect(first.querySelectorAll(FIELDS)).to.have.length(0);
    await expect(inStep(designer, 'psw-boundary-checklist')).to.be.accessible();
  });

  it('opens the topic that holds a field when asked to go to it, and focuses the field', async () => {
    const doc = template();
    const { designer } = await mountInWrapper(doc, { step: 'role' });
    const b = doc.boundaries[2]!;
    await navigate(designer, 'boundaries[2].position', b.id);
    expect(designer.step).to.equal('boundaries');
    const checklist = inStep(designer, 'psw-boundary-checklist');
    const card = root(checklist).querySelector<HTMLElement>(`[data-item-id="${b.id}"]`)!;
    expect(card.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).to.equal('true');
    const position = card.querySelector<HTMLTextAreaElement>('textarea[id$="-position"]')!;
    expectFocused(position);
    expect(position.value).to.equal(b.position ?? '');
    const others = [...root(checklist).querySelectorAll<HTMLElement>('[part~="topic"]')].filter((c) => c !== card);
    expect(others.every((c) => c.querySelectorAll(FIELDS).length === 0)).to.equal(true, 'the others stay summaries');
  });

  it('shows each supervision arrangement and training item as one line until opened; Go to the field opens it', async () => {
    const doc = template();
    expect(doc.supervision.arrangements.length).to.be.greaterThan(0);
    const { designer } = await mountInWrapper(doc, { step: 'support' });
    const planner = root(inStep(designer, 'psw-supervision-planner'));
    const items = [...planner.querySelectorAll<HTMLElement>('li.item')];
    expect(items.length).to.be.at.least(doc.supervision.arrangements.length);
    for (const item of items) {
      const name = text(item.querySelector('h4, h5'));
      expect(item.querySelectorAll(FIELDS), name).to.have.length(0, 'a closed summary hides its fields');
      expect(text(item.querySelector('.left')), name).to.match(/^(\d+ to fix(, \d+ to check)?|\d+ to check|Nothing to fix or check)$/);
      expect(item.querySelector('button[data-action="toggle"]')!.getAttribute('aria-expanded'), name).to.equal('false');
    }
    const first = planner.querySelector<HTMLElement>(`[data-item-id="${doc.supervision.arrangements[0]!.id}"]`)!;
    const edit = first.querySelector<HTMLButtonElement>('button[data-action="toggle"]')!;
    edit.click();
    await settle(designer);
    expect(edit.getAttribute('aria-expanded')).to.equal('true');
    expect(first.querySelector('select')).to.exist;
    await expect(inStep(designer, 'psw-supervision-planner')).to.be.accessible();

    const second = doc.supervision.arrangements[1] ?? doc.supervision.arrangements[0]!;
    const at = doc.supervision.arrangements.indexOf(second);
    designer.step = 'role';
    await settle(designer);
    await navigate(designer, `supervision.arrangements[${at}].durationMinutes`, second.id);
    expect(designer.step).to.equal('support');
    const focused = deepActive() as HTMLInputElement;
    expect(hostOf(focused)?.localName).to.equal('psw-supervision-planner');
    expect(focused.closest('[data-item-id]')?.getAttribute('data-item-id')).to.equal(second.id);
    expect(focused.localName).to.equal('input');
  });
});
