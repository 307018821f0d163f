/**
 * Accessibility sweep ("axe with zero violations in every element and state"):
 * every registered psw-* element, all inside one <psw-role-document>, in every state — an empty
 * document, a template-filled one, one with findings visible (everything opened), read only, in a
 * 320 px container with a 200-letter word added to every text field (where no box's content may be
 * wider than the box), and after an invalid edit that
 * shows an error in place — checked with axe (all rules, best practices included) over the wrapper,
 * which covers every element's shadow root (a violation's target names its element).
 *
 * The same run is the Lit dev-mode check: this file renders the source (development) build, and the
 * last test fails on any console warning or error issued meanwhile (e.g. "change-in-update",
 * "scheduled an update after an update completed", "Multiple versions of Lit loaded"), apart from
 * Lit's generic "Lit is in dev mode" notice.
 *
 * Generic: elements merged later are covered automatically (see ../util/every-element.ts).
 * This is the one place these states are checked with axe: an element's own tests call axe only for
 * states this sweep does not reach (a dialog open, an import preview, a designer step, a table view…).
 */
import { captured, isDevModeNotice } from '../util/capture-console.js';
import { expect } from '@open-wc/testing';
import { consumerTags, deepQuery, expandAll, mountAllInWrapper, pswElements, resetPage, settle, settleAfterTyping, textFields, type MountOptions } from '../util/every-element.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';

const TEMPLATE = 'adult-community';

/** A draft the assessment has a lot to say about: flexible duties without limits, no purpose, short-term funding. */
function draftWithFindings(): RoleDocument {
  const doc = createRoleDocument({ template: TEMPLATE });
  for (const duty of doc.duties) if (duty.kind === 'flexible') delete duty.flexibility;
  delete doc.role.purpose;
  doc.employment.contractType = 'fixed-term';
  doc.employment.funding = { source: 'Transformation fund', termMonths: 9 };
  doc.supervision.arrangements = doc.supervision.arrangements.filter((a) => a.type !== 'peer-supervision');
  return doc;
}

/** Types something refused into the first text field of every element that has one (over 10,000 characters). */
async function invalidEdits(container: HTMLElement): Promise<number> {
  const seen = new Set<Element>();
  for (const field of textFields(container)) {
    const host = (field.getRootNode() as ShadowRoot).host;
    if (seen.has(host)) continue;
    seen.add(host);
    field.value = 'x'.repeat(10_001);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await settleAfterTyping(container);
  return seen.size;
}

/**
 * Adds a word of 200 letters with no break (a pasted URL or reference would do the same) to every text
 * field, one edit each, so every view that shows the text shows a word wider than the element.
 */
async function longWords(container: HTMLElement): Promise<void> {
  const word = 'Peersupportworker'.repeat(12).slice(0, 200);
  for (const field of textFields(container)) {
    field.value = field.value ? `${field.value} ${word}` : word;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(container);
  }
  await settleAfterTyping(container);
}

/** A box whose content may be wider than it: text fields and scroll areas scroll it, screen-reader text is clipped on purpose. */
const mayOverflow = (box: HTMLElement) => ['input', 'textarea', 'select'].includes(box.localName)
  || box.classList.contains('visually-hidden') || ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);

interface State {
  name: string;
  mount: MountOptions;
  open?: boolean;
  act?: (container: HTMLElement) => Promise<void>;
}

const STATES: State[] = [
  { name: 'an empty document', mount: { value: createRoleDocument() } },
  { name: 'a template-filled document', mount: { template: TEMPLATE } },
  {
    name: 'findings visible, everything opened', mount: { value: draftWithFindings() }, open: true,
    act: async (c) => { expect(deepQuery(c, '.finding').length, 'findings are shown').to.be.greaterThan(0); },
  },
  { name: 'read only', mount: { template: TEMPLATE, readonly: true }, open: true },
  {
    name: 'a 320 px wide container, with a long word in every text field', mount: { template: TEMPLATE, width: 320 }, open: true,
    act: async (c) => {
      await longWords(c);
      // Reflow (WCAG 1.4.10): nothing makes an element wider than its 320 px.
      for (const el of pswElements(c)) expect(el.scrollWidth, `<${el.localName}> content width`).to.be.at.most(el.clientWidth + 1);
      // Nor any box inside: a card clips what overflows it (content-visibility: auto contains its
      // paint), so a field wider than its fieldset never reaches the element. A card out of view is
      // laid out only when asked about its content: its first child's box, then the boxes in it.
      for (const card of deepQuery<HTMLElement>(c, '.card, .topic, .item')) card.firstElementChild?.getBoundingClientRect();
      for (const box of deepQuery<HTMLElement>(c, '*')) {
        if (box.scrollWidth <= box.clientWidth + 1 || !box.clientWidth || mayOverflow(box)) continue;
        const host = (box.getRootNode() as ShadowRoot).host?.localName;
        expect.fail(`${box.localName}.${box.className} in <${host}>: content ${box.scrollWidth} px wide in ${box.clientWidth} px`);
      }
    },
  },
  {
    name: 'an invalid edit showing its error in place', mount: { template: TEMPLATE }, open: true,
    act: async (c) => {
      const edited = await invalidEdits(c);
      if (edited) expect(deepQuery(c, '[aria-invalid="true"]').length, 'an error is shown in place').to.be.greaterThan(0);
    },
  },
];

describe('accessibility sweep: every element in every state (axe)', function () {
  // A test here takes a few seconds on a quiet machine; a loaded CI machine can be several times slower.
  this.timeout(60_000);

  let tags: string[] = [];
  before(async () => { tags = await consumerTags(); });
  afterEach(() => resetPage());

  for (const state of STATES) {
    it(`${state.name}`, async () => {
      resetPage();
      const { container, wrapper } = await mountAllInWrapper(state.mount);
      try {
        if (state.open) await expandAll(container);
        await state.act?.(container);
        await settle(container);
        // One axe run over the wrapper covers every element inside, shadow roots included (a run per
        // element costs several times more); each violation's target names its element.
        await expect(wrapper, state.name).to.be.accessible();
      } finally {
        container.remove();
      }
    });
  }

  it('no Lit dev-mode warning (or any console warning or error) while rendering all of that', () => {
    console.log(`a11y sweep: ${tags.length} elements (${tags.join(', ')}) × ${STATES.length} states`);
    const problems = captured.filter((m) => !isDevModeNotice(m.text)).map((m) => `${m.level}: ${m.text.slice(0, 300)}`);
    expect(problems).to.deep.equal([]);
  });
});
