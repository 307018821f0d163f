// <psw-boundary-checklist> driven through its real UI (clicks, typing, keyboard), asserting the
// document the wrapper holds afterwards and the psw-change events.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeBurst } from '../util/type-burst.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { boundaryTopics } from '../../../src/catalogue/boundary-topics.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import {
  boundary,
  button,
  card,
  cards,
  click,
  control,
  deepActive,
  docWith,
  headingOf,
  maybeControl,
  progressText,
  radio,
  root,
  type,
} from './helpers.js';

async function setup(doc?: RoleDocument) {
  const wrapper = doc
    ? await fixture<PswRoleDocument>(html`<psw-role-document .value=${doc}><psw-boundary-checklist></psw-boundary-checklist></psw-role-document>`)
    : await fixture<PswRoleDocument>(html`<psw-role-document><psw-boundary-checklist></psw-boundary-checklist></psw-role-document>`);
  const el = wrapper.querySelector('psw-boundary-checklist')!;
  await el.updateComplete;
  const changes: Event[] = [];
  el.addEventListener('psw-change', (e) => changes.push(e));
  return { wrapper, el, changes };
}

const hasState = (el: Element, name: string) => (el as unknown as { matches(s: string): boolean }).matches(`:state(${name})`);


/** Who agreed a boundary and when (an agreement without them is flagged, so the topic is not settled). */
const RECORD = { agreedWith: 'The post-holder and their supervisor', agreedOn: '2026-10-01' };
describe('psw-boundary-checklist', () => {
  it('lists every catalogue topic in catalogue order, each with a heading, why it matters and its sources', async () => {
    const { el, wrapper } = await setup();
    const all = cards(el);
    expect(all.map(headingOf)).to.deep.equal(boundaryTopics.map((t) => t.label));
    const social = card(el, 'social-media');
    expect(social.textContent).to.include('Why it matters');
    expect(social.textContent).to.include(boundaryTopics.find((t) => t.id === 'social-media')!.whyItMatters);
    expect(social.querySelector('.unconfirmed'), 'unconfirmed note on a topic with no peer-specific guidance').to.exist;
    expect(card(el, 'confidentiality').querySelector('.unconfirmed')).to.equal(null);
    expect(card(el, 'confidentiality').textContent).to.include('Sources: S17, S38, S39');
    expect(card(el, 'self-disclosure').textContent, 'minimum-set topics are marked').to.include('Every role');
    expect(radio(card(el, 'endings'), 'Not started').checked).to.equal(true);
    expect(progressText(el)).to.include('0 of 14 agreed');
    expect(wrapper.value.boundaries, 'untouched topics cost nothing in the document').to.deep.equal([]);
  });

  it('marks a topic Agreed with a Position: the record is created on the first edit, progress and psw-change follow', async () => {
    const { el, wrapper, changes } = await setup();
    const c = card(el, 'self-disclosure');
    await click(el, radio(c, 'Agreed'));
    const created = boundary(wrapper.value, 'self-disclosure')!;
    expect(created.status).to.equal('agreed');
    expect(created.id).to.match(/^[a-z][a-z2-9]{15}$/);
    await type(el, control(c, 'Position'), 'The PSW decides what to share.');
    await type(el, control(c, 'Rationale'), 'Sharing is a choice.');
    const b = boundary(wrapper.value, 'self-disclosure')!;
    expect(b).to.deep.equal({ id: created.id, topic: 'self-disclosure', status: 'agreed', position: 'The PSW decides what to share.', rationale: 'Sharing is a choice.' });
    expect(wrapper.value.boundaries).to.have.length(1);
    expect(progressText(el)).to.include('1 of 14 agreed');
    expect(progressText(el)).to.include('13 not yet proposed');
    expect(root(el).querySelector('progress')!.value).to.equal(1);
    expect(changes).to.have.length(3);
    expect((changes[2] as CustomEvent).detail.document).to.equal(wrapper.value);
    expect(card(el, 'self-disclosure').dataset.status).to.equal('agreed');
  });

  it('keeps the document in catalogue order when topics are started out of order, custom topics last', async () => {
    const { el, wrapper } = await setup();
    await type(el, control(card(el, 'endings'), 'Position'), 'Endings are planned.');
    await click(el, button(root(el), 'Add a custom topic'));
    await type(el, control(card(el, 'custom'), 'Topic name'), 'Parking');
    await type(el, control(card(el, 'confidentiality'), 'Position'), 'Limits explained.');
    await type(el, control(card(el, 'self-disclosure'), 'Who to go to / how to escalate'), 'Supervisor.');
    expect(wrapper.value.boundaries.map((b) => b.topic)).to.deep.equal(['self-disclosure', 'confidentiality', 'endings', 'custom']);
    expect(cards(el).map(headingOf).slice(-1)).to.deep.equal(['Parking']);
  });

  it('marks a topic Not applicable with a reason', async () => {
    const { el, wrapper } = await setup();
    const c = card(el, 'social-media');
    expect(maybeControl(c, 'Reason it does not apply'), 'reason shown only when not applicable').to.equal(null);
    await click(el, radio(c, 'Not applicable'));
    await type(el, control(c, 'Reason it does not apply'), 'The role has no online contact.');
    expect(boundary(wrapper.value, 'social-media')).to.include({ status: 'not-applicable', notApplicableReason: 'The role has no online contact.' });
    expect(progressText(el)).to.include('0 of 14 agreed');
    expect(progressText(el)).to.include('1 not applicable');
    expect(root(el).querySelector('progress')!.value).to.equal(1);
  });

  it('changes the mode and the escalation route; clearing a field removes the key', async () => {
    const { el, wrapper } = await setup();
    const c = card(el, 'risk-safeguarding');
    expect(c.textContent, 'the suggested mode is offered as a hint').to.include('Suggested starting point: Fixed');
    await click(el, radio(c, 'Decided case by case in supervision'));
    const escalation = control(c, 'Who to go to / how to escalate');
    await type(el, escalation, 'Duty worker the same day');
    expect(boundary(wrapper.value, 'risk-safeguarding')).to.include({ mode: 'case-by-case', escalation: 'Duty worker the same day' });
    await click(el, radio(c, 'Negotiable within limits'));
    await type(el, escalation, '');
    const b = boundary(wrapper.value, 'risk-safeguarding')!;
    expect(b.mode).to.equal('negotiable');
    expect('escalation' in b, 'optional fields are absent, not empty').to.equal(false);
  });

  it('adds, names and removes a custom topic, with focus kept sensible and an undo offer', async () => {
    const { el, wrapper, changes } = await setup();
    await click(el, button(root(el), 'Add a custom topic'));
    await el.updateComplete;
    const c = card(el, 'custom');
    const label = control(c, 'Topic name');
    expect(deepActive(), 'focus moves to the new topic’s name').to.equal(label);
    await type(el, label, 'Parking at visits');
    await type(el, control(c, 'Position'), 'Use the trust car park.');
    const custom = wrapper.value.boundaries.find((b) => b.topic === 'custom')!;
    expect(custom).to.include({ label: 'Parking at visits', position: 'Use the trust car park.' });
    expect(headingOf(card(el, 'Parking at visits'))).to.equal('Parking at visits');
    expect(progressText(el)).to.include('0 of 15 agreed');

    const remove = button(c, 'Remove topic');
    expect(remove.getAttribute('aria-label')).to.equal('Remove topic “Parking at visits”');
    await click(el, remove);
    await el.updateComplete;
    expect(wrapper.value.boundaries).to.deep.equal([]);
    expect(deepActive()).to.equal(button(root(el), 'Add a custom topic'));
    expect(root(el).querySelector('.removed')!.textContent).to.include('Removed “Parking at visits”.');
    expect(changes.length).to.equal(4);

    await click(el, button(root(el), 'Undo'));
    await el.updateComplete;
    expect(wrapper.value.boundaries.find((b) => b.id === custom.id)).to.deep.equal(custom);
    expect(deepActive()).to.equal(control(card(el, 'custom'), 'Topic name'));
  });

  it('a template’s suggested position becomes the team’s proposal with one click; Agreed asks with whom and on what date', async () => {
    const { el, wrapper, changes } = await setup(createRoleDocument({ template: 'adult-community' }));
    const before = boundary(wrapper.value, 'confidentiality')!;
    expect(before.status).to.equal('not-started');
    expect(before.position).to.be.a('string').and.not.equal('');
    const c = card(el, 'confidentiality');
    expect(c.textContent, 'the card asks for a review').to.include('written but not yet proposed');
    expect(maybeControl(c, 'Agreed with'), 'with whom is asked only once agreed').to.equal(null);
    await click(el, radio(c, 'Proposed'));
    expect(c.textContent).to.not.include('written but not yet proposed');
    expect(boundary(wrapper.value, 'confidentiality')).to.deep.equal({ ...before, status: 'proposed' });
    expect(progressText(el)).to.include('1 proposed');
    await click(el, radio(c, 'Agreed'));
    expect(c.textContent, 'an agreement without a record is flagged').to.include('does not say with whom or when');
    await type(el, control(c, 'Agreed with'), 'The post-holder and their supervisor');
    await type(el, control(c, 'Agreed on'), '2027-01-15');
    expect(boundary(wrapper.value, 'confidentiality')).to.deep.equal({
      ...before, status: 'agreed', agreedWith: 'The post-holder and their supervisor', agreedOn: '2027-01-15',
    });
    expect(c.textContent).to.not.include('does not say with whom');
    expect(changes).to.have.length(4);
  });

  it('marks every written position Proposed in one undoable step, and leaves the rest alone', async () => {
    const doc = createRoleDocument({ template: 'adult-community' });
    doc.boundaries[0] = { ...doc.boundaries[0]!, status: 'agreed' };
    const { el, wrapper, changes } = await setup(doc);
    const written = doc.boundaries.filter((b) => b.status === 'not-started' && b.position).length;
    const mark = button(root(el), `Mark the ${written} written positions as proposed`);
    expect(root(el).getElementById(mark.getAttribute('aria-describedby')!)!.textContent).to.include('the team’s starting position before anyone is appointed');
    await click(el, mark);
    expect(wrapper.value.boundaries.map((b) => b.status)).to.deep.equal(['agreed', ...Array(written).fill('proposed')]);
    expect(changes).to.have.length(1);
    expect(progressText(el)).to.include(`${written} proposed`);
    expect([...root(el).querySelectorAll('button')].some((b) => /written position/.test(b.textContent!)), 'nothing left to mark').to.equal(false);
    wrapper.undo();
    await el.updateComplete;
    expect(wrapper.value.boundaries.slice(1).every((b) => b.status === 'not-started')).to.equal(true);
  });

  it('dispatches psw-change for user edits only, never for a programmatic value', async () => {
    const { el, wrapper, changes } = await setup();
    const onDocument: Event[] = [];
    const listener = (e: Event) => onDocument.push(e);
    document.addEventListener('psw-change', listener);
    try {
      wrapper.value = docWith([{ id: 'b1', topic: 'endings', status: 'agreed', position: 'Planned.', ...RECORD }]);
      await el.updateComplete;
      expect(changes, 'no psw-change for a value set').to.have.length(0);
      expect(progressText(el), 'the checklist shows the new document').to.include('1 of 14 agreed');
      expect(card(el, 'endings').querySelector('button.toggle')!.getAttribute('aria-expanded'), 'a new document: settled topics start collapsed').to.equal('false');
      await click(el, radio(card(el, 'confidentiality'), 'Agreed'));
      expect(changes).to.have.length(1);
      expect(onDocument).to.have.length(1);
      expect(changes[0]!.target).to.equal(el);
      expect((changes[0]!.constructor as { type?: string }).type).to.equal('psw-change');
    } finally {
      document.removeEventListener('psw-change', listener);
    }
  });

  it('shows a refused edit in place and keeps what was typed', async () => {
    const { el, wrapper } = await setup();
    const c = card(el, 'endings');
    const position = control(c, 'Position');
    const long = 'x'.repeat(10_001);
    await type(el, position, long);
    expect(wrapper.value.boundaries).to.deep.equal([]);
    expect(position.value).to.equal(long);
    expect(position.getAttribute('aria-invalid')).to.equal('true');
    expect(c.querySelector('.error')!.textContent).to.match(/10,000/);
    await type(el, position, 'Short.');
    expect(c.querySelector('.error')).to.equal(null);
    expect(boundary(wrapper.value, 'endings')!.position).to.equal('Short.');
  });

  it('collapses topics already settled when the document is first shown, and opens them on request', async () => {
    const { el: list } = await setup(docWith([{ id: 'e1', topic: 'endings', status: 'agreed', position: 'Endings are planned from the start.', ...RECORD }]));
    const c = card(list, 'endings');
    const toggle = c.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(maybeControl(c, 'Position')).to.equal(null);
    expect(c.querySelector('.summary')!.textContent).to.equal('Endings are planned from the start.');
    await click(list, toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(control(c, 'Position').value).to.equal('Endings are planned from the start.');
    // A topic agreed while working stays open.
    await click(list, radio(card(list, 'confidentiality'), 'Agreed'));
    expect(maybeControl(card(list, 'confidentiality'), 'Position')).to.not.equal(null);
  });

  it('filters to the topics still to agree, keeping a topic in view while the user works on it', async () => {
    const { el } = await setup(docWith([{ id: 'e1', topic: 'endings', status: 'agreed', position: 'Planned.', ...RECORD }]));
    await click(el, radio(root(el).querySelector<HTMLElement>('[part~="progress"]')!, 'Still to agree (13)'));
    expect(cards(el).map((c) => c.dataset.topic)).to.not.include('endings');
    expect(cards(el)).to.have.length(13);
    await click(el, radio(card(el, 'confidentiality'), 'Agreed'));
    expect(cards(el).map((c) => c.dataset.topic), 'still shown until the filter is chosen again').to.include('confidentiality');
    await click(el, radio(root(el).querySelector<HTMLElement>('[part~="progress"]')!, 'Agreed or not applicable (2)'));
    expect(cards(el).map((c) => c.dataset.topic)).to.deep.equal(['confidentiality', 'endings']);
  });

  it('sets :state(complete) when every topic is agreed or not applicable', async () => {
    const rest = boundaryTopics.slice(1).map((t, i) => ({ id: `b${i}`, topic: t.id, status: 'agreed' as const, position: 'Agreed.' }));
    const { el } = await setup(docWith(rest));
    expect(hasState(el, 'complete')).to.equal(false);
    await click(el, radio(card(el, boundaryTopics[0]!.id), 'Not applicable'));
    expect(hasState(el, 'complete')).to.equal(true);
    expect(progressText(el)).to.include('13 of 14 agreed');
    expect(progressText(el)).to.include('Every topic is agreed or marked not applicable.');
  });

  it('renders a clean read-only view: topic, status, position, rationale, mode, escalation, and no controls', async () => {
    const doc = docWith([
      { id: 'c1', topic: 'confidentiality', status: 'agreed', position: 'Limits are explained at the start.', rationale: 'Trust.', mode: 'fixed', escalation: 'Supervisor' },
      { id: 's1', topic: 'social-media', status: 'not-applicable', notApplicableReason: 'No online contact.' },
      { id: 'x1', topic: 'custom', label: 'Parking', position: 'Trust car park.' },
    ]);
    const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document readonly .value=${doc}><psw-boundary-checklist></psw-boundary-checklist></psw-role-document>`);
    const el = wrapper.querySelector('psw-boundary-checklist')!;
    await el.updateComplete;
    expect(hasState(el, 'readonly')).to.equal(true);
    expect(root(el).querySelectorAll('input, textarea, select, button')).to.have.length(0);
    const conf = card(el, 'confidentiality');
    const text = conf.textContent!.replace(/\s+/g, ' ');
    for (const s of ['Confidentiality and information sharing', 'Agreed', 'Position', 'Limits are explained at the start.', 'Rationale', 'Trust.', 'Fixed', 'Who to go to / how to escalate', 'Supervisor'])
      expect(text).to.include(s);
    expect(card(el, 'social-media').textContent).to.include('No online contact.');
    expect(card(el, 'Parking').textContent).to.include('Trust car park.');
    expect(progressText(el)).to.include('1 of 15 agreed');
  });

  // Empty, filled and read only are in the every-element sweep (test/components/a11y); a custom topic,
  // a topic marked not applicable and a folded topic are not.
  it('is accessible with a custom topic, a topic not applicable and a folded topic (axe)', async () => {
    const { el } = await setup();
    await click(el, radio(card(el, 'endings'), 'Not applicable'));
    await type(el, control(card(el, 'self-disclosure'), 'Position'), 'The PSW decides.');
    await click(el, button(root(el), 'Add a custom topic'));
    await click(el, card(el, 'confidentiality').querySelector<HTMLButtonElement>('button.toggle')!);
    await expect(el).to.be.accessible();
  });

  it('completes the main path with the keyboard only: Tab to a topic, arrow to Agreed, type a Position', async () => {
    const wrapper = await fixture<PswRoleDocument>(html`<div>
      <button id="before">Before</button>
      <psw-role-document><psw-boundary-checklist></psw-boundary-checklist></psw-role-document>
    </div>`);
    const doc = wrapper.querySelector('psw-role-document')!;
    const el = wrapper.querySelector('psw-boundary-checklist')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const status = radio(card(el, 'agreeing-boundaries'), 'Not started');
    let tabs = 0;
    while (deepActive() !== status && tabs < 10) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    expect(deepActive(), 'Tab reaches the first topic’s status').to.equal(status);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepActive()).to.equal(radio(card(el, 'agreeing-boundaries'), 'Proposed'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepActive()).to.equal(radio(card(el, 'agreeing-boundaries'), 'Agreed'));
    expect(boundary(doc.value, 'agreeing-boundaries')!.status).to.equal('agreed');
    const position = control(card(el, 'agreeing-boundaries'), 'Position');
    while (deepActive() !== position && tabs < 20) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    expect(deepActive()).to.equal(position);
    await typeBurst('Agreed with each person at the start.');
    await el.updateComplete;
    expect(boundary(doc.value, 'agreeing-boundaries')).to.include({ status: 'agreed', position: 'Agreed with each person at the start.' });
    expect(progressText(el)).to.include('1 of 14 agreed');
    // Ctrl+Z takes the typing back as one step, not letter by letter.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(boundary(doc.value, 'agreeing-boundaries')!.position).to.equal(undefined);
    expect(boundary(doc.value, 'agreeing-boundaries')!.status).to.equal('agreed');
  });
});
