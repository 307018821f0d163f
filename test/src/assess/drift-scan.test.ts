import { describe, it } from 'node:test';
import { expect } from 'chai';
import { findAllDrift, findDrift, scanText, SUPERVISES_OTHERS_GROUP } from '../../../src/assess/drift-vocabulary.js';
import { bandRank, inSentence, payYearStart } from '../../../src/assess/setting-facts.js';

describe('drift scan: supervising others and lower-cased text', () => {
  const text = 'Supervises other peer support workers and administers medication.';
  it('findDrift passes over supervising others and reports the drift after it', () => {
    expect(findDrift(text)).to.deep.include({ category: 'medication', phrase: 'administers medication' });
    expect(findDrift('Supervises other peer support workers.')).to.equal(undefined);
  });
  it('the scan itself reports supervising others, with where it starts', () => {
    const seen: [number, string, number][] = [];
    scanText(text.toLowerCase(), (k, phrase, at) => { seen.push([k, phrase, at]); });
    expect(seen[0]).to.deep.equal([SUPERVISES_OTHERS_GROUP, 'supervises other peer support workers', 0]);
    expect(seen.map((s) => s[0])).to.have.length(2);
  });
  it('text said to be lower-cased already is read as it is', () => {
    expect(findDrift(text.toLowerCase(), true)?.category).to.equal('medication');
    expect(findAllDrift(text.toLowerCase(), true).map((m) => m.category)).to.deep.equal(['medication']);
    // Upper-case text passed as lower-cased does not match: the flag is trusted.
    expect(findDrift('ADMINISTERS MEDICATION', true)).to.equal(undefined);
    expect(findAllDrift('ADMINISTERS MEDICATION', true)).to.deep.equal([]);
  });
});

describe('setting facts helpers', () => {
  it('bandRank orders Agenda for Change bands and refuses others', () => {
    expect(bandRank('3')).to.equal(3);
    expect(bandRank(' Band 4 ')).to.equal(4);
    expect(bandRank('8a')).to.equal(8);
    expect(bandRank('8C')).to.equal(8.5);
    expect(bandRank('0')).to.equal(undefined);
    expect(bandRank('4a')).to.equal(undefined);
    expect(bandRank('Grade 2')).to.equal(undefined);
    expect(bandRank(undefined)).to.equal(undefined);
  });
  it('payYearStart and inSentence', () => {
    expect(payYearStart('2025/26')).to.equal(2025);
    expect(payYearStart('2025-26')).to.equal(undefined);
    expect(payYearStart(undefined)).to.equal(undefined);
    expect(inSentence('Older adults')).to.equal('older adults');
    expect(inSentence('NHS trust')).to.equal('NHS trust');
  });
});
