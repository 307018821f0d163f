/**
 * Every card of every element (a duty, a person-spec criterion, a progression step, a boundary
 * topic, a supervision arrangement, a training item…) keeps its fields in a form of its own
 * (`cardForm`, components/base/ui.ts), which is never submitted: Chromium's autofill reads the
 * changed field's whole form on each keystroke, and a card out of view is not laid out until that
 * read or the viewport reaches it.
 *
 * Generic: cards of elements merged later are covered automatically (see ../util/every-element.ts).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { deepQuery, expandAll, mountAllInWrapper, resetPage, settle } from '../util/every-element.js';

const FIELDS = 'input, textarea, select';
/** The cards, and the kinds that must be among them (what each holds: at least one field). */
const CARDS = '.card, .topic, .item';
const KINDS = ['li.duty', 'li.criterion', 'li.step', 'fieldset.topic', 'li.item[part="arrangement"]', 'li.item:not([part])'];

describe('cards keep their fields in a form of their own, never submitted', function () {
  // Mounting every element takes a few seconds on a quiet machine; a loaded CI machine can be several times slower.
  this.timeout(60_000);
  afterEach(() => resetPage());

  it('in every element, every field of a card belongs to a form inside that card; a submission is cancelled', async () => {
    resetPage();
    const { container, wrapper } = await mountAllInWrapper({ template: 'adult-community' });
    try {
      await expandAll(container);
      const cards = deepQuery<HTMLElement>(container, CARDS).filter((card) => card.querySelector(FIELDS));
      for (const kind of KINDS) expect(cards.some((c) => c.matches(kind)), `a card ${kind} with fields`).to.equal(true);
      for (const card of cards) {
        const name = `${card.localName}.${card.className} in <${(card.getRootNode() as ShadowRoot).host.localName}>`;
        for (const field of card.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(FIELDS)) {
          expect(!!field.form && card.contains(field.form), `${name}: ${field.id || field.name} belongs to the card's form`).to.equal(true);
        }
      }
      // Enter in a form's only single-line field submits it: the submission is cancelled, and nothing changes.
      const before = wrapper.value;
      for (const form of new Set(cards.map((c) => c.querySelector<HTMLInputElement>(FIELDS)!.form!))) {
        const submitted = oneEvent(form, 'submit');
        form.requestSubmit();
        expect((await submitted).defaultPrevented, `${form.className}: the submission is cancelled`).to.equal(true);
      }
      await settle(container);
      expect(wrapper.value).to.equal(before);
      expect(wrapper.isConnected).to.equal(true);
    } finally {
      container.remove();
    }
  });
});
