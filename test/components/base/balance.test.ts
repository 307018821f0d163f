// One balance picture: the builder and the insights draw the same balance with the same strings,
// the same markup and the same encoding (core solid, flexible striped, excluded dotted, not
// allocated lined), and say every share in words beside the picture. Axe checks both elements in
// the every-element sweep (test/components/a11y).
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../components/role-document/role-document.js';
import '../../../components/role-builder/role-builder.js';
import '../../../components/role-insights/role-insights.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A role with a share of time on every kind of duty, so every segment is drawn. */
function everyKind(): RoleDocument {
  const doc = createRoleDocument({ template: 'adult-community' });
  return {
    ...doc,
    duties: [
      { id: 'c', title: 'One-to-one peer support', kind: 'core', timeShare: 50 },
      { id: 'f', title: 'Groups', kind: 'flexible', timeShare: 20, flexibility: { maxShare: 25, reviewEveryWeeks: 6 } },
      { id: 'x', title: 'Observations', kind: 'excluded', timeShare: 10, exclusionReason: 'A nursing task.' },
    ],
  };
}

async function settled(els: LitElement[]): Promise<void> {
  for (let i = 0; i < 4; i++) for (const el of els) await el.updateComplete;
}

describe('the balance picture (components/base/balance.ts)', () => {
  it('is the same in the builder and the insights: words, markup and patterns', async () => {
    const wrapper = await fixture<PswRoleDocument>(
      html`<psw-role-document .value=${everyKind()}><psw-role-builder sections="duties"></psw-role-builder><psw-role-insights></psw-role-insights></psw-role-document>`,
    );
    const builder = wrapper.querySelector<LitElement>('psw-role-builder')!;
    const insights = wrapper.querySelector<LitElement>('psw-role-insights')!;
    await settled([builder, insights]);
    const parts = [builder, insights].map((el) => el.shadowRoot!.querySelector('[part="balance"]')!);
    for (const p of parts) expect(p, 'balance part').to.exist;
    const [inBuilder, inInsights] = parts as [Element, Element];

    const legend = (p: Element) => [...p.querySelectorAll('.legend li')].map(text);
    expect(legend(inBuilder)).to.deep.equal(legend(inInsights));
    expect(legend(inBuilder).map((l) => l.split(' – ')[0])).to.deep.equal(['Core: 50%', 'Flexible: 20%', 'Excluded: 10%', 'Not allocated: 20%']);
    expect(text(inBuilder.querySelector('.verdict'))).to.equal(text(inInsights.querySelector('.verdict')));
    expect(text(inBuilder.querySelector('.heuristic'))).to.equal(text(inInsights.querySelector('.heuristic')));
    expect(text(inBuilder.querySelector('h4'))).to.equal(text(inInsights.querySelector('h3')));

    // One encoding: each kind is drawn with the same pattern in both, and the four patterns differ.
    const look = (p: Element, kind: string) => {
      const s = getComputedStyle(p.querySelector(`.stacked-bar .segment[data-kind="${kind}"]`)!);
      return `${s.backgroundImage} ${s.backgroundSize}`;
    };
    const kinds = ['core', 'flexible', 'excluded', 'unallocated'];
    for (const k of kinds) expect(look(inBuilder, k), k).to.equal(look(inInsights, k));
    expect(new Set(kinds.map((k) => look(inBuilder, k))).size).to.equal(4);
    expect(look(inBuilder, 'core')).to.match(/^none/);
    expect(look(inBuilder, 'flexible')).to.contain('repeating-linear-gradient');
    expect(look(inBuilder, 'excluded')).to.contain('radial-gradient');
    // The swatch in the legend is drawn like its segment.
    for (const p of parts) {
      for (const k of kinds) {
        const swatch = getComputedStyle(p.querySelector(`.legend .swatch[data-kind="${k}"]`)!).backgroundImage;
        expect(swatch, k).to.equal(getComputedStyle(p.querySelector(`.stacked-bar .segment[data-kind="${k}"]`)!).backgroundImage);
      }
      expect(p.querySelector('.stacked-bar')!.getAttribute('aria-hidden')).to.equal('true');
    }
  });
});
