import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/role-document/role-document.js';
import '../../../components/role-export/role-export.js';
import type { PswRoleExport } from '../../../components/role-export/role-export.component.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { wordExport } from '../../../components/role-export/word.js';
import { completeDoc } from '../../fixtures/export-docs.js';
import { resetPage } from '../document-runtime/fixtures.js';
import { interceptDownloads } from '../util/downloads.js';

async function mount() {
  const wrapper = await fixture<PswRoleDocument>(html`<psw-role-document .value=${completeDoc}><psw-role-export></psw-role-export></psw-role-document>`);
  const el = wrapper.querySelector<PswRoleExport>('psw-role-export')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

describe('<psw-role-export> audience', () => {
  let downloads: ReturnType<typeof interceptDownloads>;
  const render = wordExport.render;
  beforeEach(() => { resetPage(); downloads = interceptDownloads(); });
  afterEach(() => { downloads.restore(); wordExport.render = render; resetPage(); });

  it('offers the candidates’ job description by default and the internal record as a choice, for Markdown and Word', async () => {
    const { el, root } = await mount();
    const radios = [...root.querySelectorAll<HTMLInputElement>('[part="audience"] input[type="radio"]')];
    expect(radios.map((r) => r.labels?.[0]?.textContent?.trim())).to.deep.equal(['Candidates', 'Internal record']);
    expect(radios[0]!.checked).to.equal(true);
    await el.download('md');
    const candidate = await downloads.saved[0]!.blob.text();
    expect(candidate).to.contain('## Main duties');
    expect(candidate).not.to.contain('## Boundaries');

    radios[1]!.click();
    await el.updateComplete;
    expect(el.audience).to.equal('internal');
    expect(el.getAttribute('audience')).to.equal('internal');
    await el.download('md');
    expect(await downloads.saved[1]!.blob.text()).to.contain('## Boundaries');

    const asked: unknown[] = [];
    wordExport.render = async (_d, _o, audience) => { asked.push(audience); return new Uint8Array([80, 75]); };
    await el.download('docx');
    expect(asked).to.deep.equal(['internal']);
  });

  it('passes axe with the choice', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
  });
});
