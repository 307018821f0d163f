// The builder under a host page's hostile styles: rules cannot reach inside, and the inherited
// properties that would garble a form are reset (font, colour and line height stay the page's).
import { expect, fixture, html } from '@open-wc/testing';
import type { PswRoleBuilder } from '../../../components/role-builder/role-builder.component.js';
import { field, resetPage, root, settle } from './helpers.js';

describe('psw-role-builder: host page styles', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('keeps its controls visible and readable under aggressive global CSS', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .hostile { white-space: pre; text-transform: uppercase; letter-spacing: 4px; font-family: monospace; color: rgb(1, 2, 3); }
      .hostile input, .hostile button, .hostile select, input, button { display: none !important; }
      h2, h3 { font-size: 60px !important; }`;
    document.head.append(style);
    try {
      const container = await fixture<HTMLDivElement>(html`<div class="hostile"><psw-role-document><psw-role-builder></psw-role-builder></psw-role-document></div>`);
      const builder = container.querySelector<PswRoleBuilder>('psw-role-builder')!;
      await settle(builder);
      const input = field(builder, 'Job title');
      const cs = getComputedStyle(input);
      expect(cs.display).to.not.equal('none');
      const heading = getComputedStyle(root(builder).querySelector('h2')!);
      expect(heading.fontSize).to.not.equal('60px');
      const label = getComputedStyle(input.labels![0]!);
      expect(label.whiteSpace).to.equal('normal');
      expect(label.textTransform).to.equal('none');
      expect(label.letterSpacing).to.equal('normal');
      expect(label.fontFamily).to.equal('monospace', 'the page’s font is inherited on purpose');
    } finally {
      style.remove();
    }
  });
});
