// The read-only view and axe on the start screen and on every step: filled, with findings, read only.
import { expect } from '@open-wc/testing';
import { createRoleDocument } from '../../../src/model/create.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { STEP_IDS } from '../../../components/role-designer/steps.js';
import { currentPanel, mountInWrapper, resetPage, root, settle, stepButton, text } from './helpers.js';

function draft(): RoleDocument {
  const d = createRoleDocument();
  return { ...d, role: { ...d.role, title: 'Peer Support Worker' }, duties: [{ id: 'd1', title: 'Run a peer group', kind: 'flexible' }] };
}

/** Form controls inside the editors of the shown step (the views' harmless filters are not counted). */
const editorControls = (panel: HTMLElement) =>
  [...panel.querySelectorAll('psw-role-builder, psw-boundary-checklist, psw-supervision-planner')].flatMap((el) => [
    ...el.shadowRoot!.querySelectorAll('input, select, textarea'),
  ]);

describe('psw-role-designer: read only', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows every step read only: no start screen, no Undo/Redo, no editing controls', async () => {
    const { designer } = await mountInWrapper(createRoleDocument(), { readonly: true });
    expect(designer.matches(':state(readonly)')).to.equal(true);
    expect(designer.matches(':state(start)')).to.equal(false);
    expect(root(designer).querySelector('[part="start"]')).to.equal(null);
    expect(root(designer).querySelector('#undo')).to.equal(null);
    expect(root(designer).querySelector('#redo')).to.equal(null);
    expect(root(designer).querySelector('.panel-intro')).to.equal(null);
    for (const step of STEP_IDS) {
      designer.step = step;
      await settle(designer);
      expect(editorControls(currentPanel(designer)), step).to.have.length(0);
    }
    const exporter = currentPanel(designer).querySelector('psw-role-export')!;
    expect(exporter.shadowRoot!.querySelector('input[type="file"]'), 'no import in read only').to.equal(null);
  });

  it('is not read only by default (controls are there to compare with), and turns read only with its wrapper', async () => {
    const { wrapper, designer } = await mountInWrapper(draft());
    expect(designer.matches(':state(readonly)')).to.equal(false);
    expect(editorControls(currentPanel(designer)).length).to.be.greaterThan(5);
    expect(root(designer).querySelector('#undo')).to.not.equal(null);
    stepButton(designer, 'duties').click();
    await settle(designer);
    expect(text(root(designer).querySelector('.announce'))).to.not.equal('');

    wrapper.readonly = true;
    await settle(designer);
    expect(designer.matches(':state(readonly)')).to.equal(true);
    expect(editorControls(currentPanel(designer))).to.have.length(0);
    expect(root(designer).querySelector('#undo')).to.equal(null);
    expect(text(root(designer).querySelector('.announce'))).to.equal('', 'nothing said about editing stays');
  });
});

describe('psw-role-designer: accessibility (axe)', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  // The start screen (an empty document) is in the every-element sweep (test/components/a11y); each
  // step of the designer is not.
  const states: [string, () => RoleDocument, boolean][] = [
    ['filled', () => createRoleDocument({ template: 'adult-community' }), false],
    ['with findings', draft, false],
    ['read only', () => createRoleDocument({ template: 'perinatal' }), true],
  ];
  for (const [name, doc, readonly] of states) {
    for (const step of STEP_IDS) {
      it(`${step} step, ${name}`, async () => {
        const { designer } = await mountInWrapper(doc(), { readonly, step });
        expect(currentPanel(designer).dataset.step).to.equal(step);
        await expect(designer).to.be.accessible();
      });
    }
  }
});
