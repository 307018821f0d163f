// Duty rows are made again only when something they show changes (a keystroke in one duty
// must not re-render a thousand others), and still follow every change of what they show besides
// their own duty: position, neighbours, refused input, read only, strings and language.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import type { Duty, RoleDocument } from '../../../src/model/schema.js';
import { Localizer, registerStrings } from '../../../components/base/localize.js';
import { BUILDER_AREA } from '../../../components/role-builder/strings.js';
import { button, choose, dutyCard, field, mountInWrapper, resetPage, root, settle, typeInto } from './helpers.js';

function docWith(n: number, extra: Partial<Duty> = {}): RoleDocument {
  const doc = createRoleDocument();
  return { ...doc, duties: Array.from({ length: n }, (_, i) => ({ id: `d${i + 1}`, title: `Duty ${i + 1}`, kind: 'core' as const, timeShare: 1, ...extra })) };
}

/** How many strings the builder looks up while it renders one keystroke in the first duty's title. */
async function lookupsForOneKeystroke(n: number, compact: boolean): Promise<number> {
  const { builder } = await mountInWrapper(docWith(n));
  if (compact) {
    builder.compactThreshold = 5;
    await settle(builder);
    button(builder, 'Edit “Duty 1”').click();
    await settle(builder);
  }
  const input = field(builder, 'Duty title', dutyCard(builder, 'Duty 1'));
  const t = Localizer.prototype.t;
  let calls = 0;
  Localizer.prototype.t = function (this: Localizer<never>, ...args: Parameters<typeof t>) {
    calls++;
    return t.apply(this, args);
  } as typeof t;
  try {
    typeInto(input, 'Duty one');
    await settle(builder);
  } finally {
    Localizer.prototype.t = t;
  }
  resetPage();
  return calls;
}

describe('psw-role-builder: duty rows', () => {
  beforeEach(() => resetPage());
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    resetPage();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('makes only the edited row again on a keystroke: the work does not grow with the number of duties', async () => {
    for (const compact of [false, true]) {
      const small = await lookupsForOneKeystroke(10, compact);
      const large = await lookupsForOneKeystroke(40, compact);
      // A row looks up several strings: re-rendering the 30 more rows would add a hundred or more.
      expect(large - small, `${compact ? 'one-line rows' : 'full cards'}: ${small} look-ups at 10 duties, ${large} at 40`).to.be.lessThan(30);
    }
  });

  it('keeps rows in step with what they show when their duty did not change', async () => {
    const { wrapper, builder } = await mountInWrapper(docWith(3));
    // Neighbours and position: after the last duty is removed, the new last one cannot move down.
    expect(button(builder, 'Move “Duty 2” down').disabled).to.equal(false);
    button(builder, 'Remove “Duty 3”').click();
    await settle(builder);
    expect(button(builder, 'Move “Duty 2” down').disabled).to.equal(true);
    // Refused input in a row, kept with its issue.
    typeInto(field(builder, 'Share of contracted hours', dutyCard(builder, 'Duty 1')), '150');
    await settle(builder);
    expect(dutyCard(builder, 'Duty 1').textContent).to.match(/100/);
    expect(field(builder, 'Share of contracted hours', dutyCard(builder, 'Duty 1')).getAttribute('aria-invalid')).to.equal('true');
    // Read only: every row becomes a read-only card.
    wrapper.readonly = true;
    await settle(builder);
    expect(root(builder).querySelectorAll('[part="duty"] input')).to.have.length(0);
    expect(root(builder).querySelectorAll('[part="duty"]')).to.have.length(2);
  });

  it('leaves the other groups alone on a keystroke, and still shows what changes in them', async () => {
    const doc = docWith(4);
    doc.duties[2] = { ...doc.duties[2]!, kind: 'flexible' };
    doc.duties[3] = { ...doc.duties[3]!, kind: 'flexible' };
    const { builder } = await mountInWrapper(doc);
    const flexibleList = root(builder).querySelector('.duty-group[data-kind="flexible"] ol')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(flexibleList, { subtree: true, childList: true, attributes: true, characterData: true });
    typeInto(field(builder, 'Duty title', dutyCard(builder, 'Duty 1')), 'Duty one');
    await settle(builder);
    observer.takeRecords();
    observer.disconnect();
    expect(changes, 'the flexible group is untouched by a keystroke in a core duty').to.have.length(0);
    expect(dutyCard(builder, 'Duty one')).to.exist;
    // A core duty made flexible joins the flexible group, in document order, and the group's rows follow.
    choose(field<HTMLSelectElement>(builder, 'Kind', dutyCard(builder, 'Duty 2')), 'flexible');
    await settle(builder);
    const flexible = [...root(builder).querySelectorAll('.duty-group[data-kind="flexible"] .duty-heading')].map((h) => h.textContent!.trim());
    expect(flexible).to.have.length(3);
    expect(flexible).to.deep.equal(['1. Duty 2', '2. Duty 3', '3. Duty 4']);
    expect(button(builder, 'Move “Duty 4” down').disabled).to.equal(true);
    expect(button(builder, 'Move “Duty 2” up').disabled).to.equal(true);
  });

  it('shows strings registered later, and a new language, in rows whose duty did not change', async () => {
    registerStrings(BUILDER_AREA, 'x-rows', { dutyTitle: 'Title in test language' });
    const { builder } = await mountInWrapper(docWith(3));
    expect(root(builder).querySelectorAll('label[for^="duty-"][for$="-title"]')[2]!.textContent!.trim()).to.equal('Duty title');
    document.documentElement.setAttribute('lang', 'x-rows');
    await settle(builder);
    expect([...root(builder).querySelectorAll('label[for^="duty-"][for$="-title"]')].map((l) => l.textContent!.trim())).to.deep.equal(Array(3).fill('Title in test language'));
    registerStrings(BUILDER_AREA, 'x-rows', { dutyTitle: 'Another title' });
    await settle(builder);
    expect(root(builder).querySelector('label[for="duty-d3-title"]')!.textContent!.trim()).to.equal('Another title');
  });
});
