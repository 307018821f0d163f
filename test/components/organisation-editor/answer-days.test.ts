// The organisation editor records the day each answer to a role field was set (answeredOn), drops it
// with the answer, and Confirm today takes them all in (asOf); the managers' notes read it
// (test/components/role-builder/organisation.test.ts).
import { expect } from '@open-wc/testing';
import { parseOrganisationProfile } from '../../../src/organisation/parse.js';
import { clockToday } from '../../../src/assess/policy.js';
import { click, mount, sampleProfile, text, type } from './helpers.js';

describe('<psw-organisation-editor>: the day each answer was set', () => {
  it('records the day an answer was set, drops it when the answer is removed, and Confirm today takes them all in', async () => {
    const el = await mount({ value: { ...sampleProfile(), asOf: '2026-01-05' } });
    const days = [clockToday()];
    await click(el, 'input[name="facts-peerNetwork"][value="yes"]');
    await type(el, '#facts-peerSupervision-providerRole', 'Senior peer worker');
    await click(el, 'input[name="facts-dbsFeePaidBy"][value="employer"]');
    days.push(clockToday());
    const answered = el.value!.answeredOn!;
    expect(Object.keys(answered).sort()).to.deep.equal(['facts.dbsFeePaidBy', 'facts.peerNetwork', 'facts.peerSupervision.providerRole']);
    for (const day of Object.values(answered)) expect(days).to.include(day);
    expect(el.value!.asOf, 'the day all were confirmed stays').to.equal('2026-01-05');
    await click(el, 'input[name="facts-dbsFeePaidBy"][value="unset"]');
    expect(el.value!.answeredOn).to.not.have.property('facts.dbsFeePaidBy');
    expect(parseOrganisationProfile(el.value).ok).to.equal(true);
    el.undo();
    expect(el.value!.answeredOn).to.have.property('facts.dbsFeePaidBy');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Confirm today')!.click();
    await el.updateComplete;
    expect(el.value).to.not.have.property('answeredOn');
  });
});
