import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  formatDate, formatDecimal, formatFrequency, formatHours, formatMonths, formatNumber, formatWeeks, joinWords,
} from '../../../src/export/format.js';
import { compact, flag, psw, toScriptSafeJson } from '../../../src/export/json-ld.js';

describe('export text helpers: edge cases', () => {
  it('formatNumber: negatives, decimals and none', () => {
    expect(formatNumber(-1234567)).to.equal('-1,234,567');
    expect(formatNumber(-0.5, 2)).to.equal('-0.50');
    expect(formatNumber(1000, 0)).to.equal('1,000');
  });
  it('formatDate: real dates in words, impossible months and other text as they are', () => {
    expect(formatDate('2027-03-01')).to.equal('1 March 2027');
    expect(formatDate('2027-13-01')).to.equal('2027-13-01');
    expect(formatDate('2027-00-10')).to.equal('2027-00-10');
    expect(formatDate('next spring')).to.equal('next spring');
  });
  it('formatHours: full time from 37.5 hours, part time below', () => {
    expect(formatHours(37.5)).to.equal('37.5 hours a week (full time)');
    expect(formatHours(40)).to.equal('40 hours a week (full time)');
    expect(formatHours(22.25)).to.equal('22.25 hours a week (part time)');
    expect(formatDecimal(7.125)).to.equal('7.13');
    expect(formatDecimal(0.001), 'a positive number never reads as 0').to.equal('0.001');
  });
  it('frequencies, weeks and months in words', () => {
    expect(formatFrequency({ count: 1, per: 'week' })).to.equal('once a week');
    expect(formatFrequency({ count: 2, per: 'quarter' })).to.equal('twice a quarter');
    expect(formatFrequency({ count: 5, per: 'month' })).to.equal('5 times a month');
    expect(formatWeeks(1)).to.equal('every week');
    expect(formatWeeks(3)).to.equal('every 3 weeks');
    expect(formatMonths(1)).to.equal('1 month');
    expect(formatMonths(24)).to.equal('24 months');
  });
  it('joinWords: none, one, two, three', () => {
    expect(joinWords([])).to.equal('');
    expect(joinWords(['a'])).to.equal('a');
    expect(joinWords(['a', 'b'])).to.equal('a and b');
    expect(joinWords(['a', 'b', 'c'])).to.equal('a, b and c');
  });
});

describe('JSON-LD helpers', () => {
  it('compact drops blank text, non-finite numbers, false, empty lists and type-only nodes', () => {
    expect(compact({
      '@type': 'X', a: '  ', b: Number.NaN, c: Infinity, d: false, e: [], f: { '@type': 'Y', g: null }, h: [' ', undefined],
    })).to.equal(undefined);
    expect(compact({ a: 'x', n: 0, t: true, list: ['', 'y'], flagged: flag(false), none: flag(undefined) }))
      .to.deep.equal({ a: 'x', n: 0, t: true, list: ['y'], flagged: false });
  });
  it('psw prefixes keys except keywords, name and description; no type when none is given', () => {
    expect(psw(undefined, { name: 'n', description: 'd', '@id': 'i', level: 2 }))
      .to.deep.equal({ name: 'n', description: 'd', '@id': 'i', 'psw:level': 2 });
    expect(psw('Duty', { title: 't' })).to.deep.equal({ '@type': 'psw:Duty', 'psw:title': 't' });
  });
  it('toScriptSafeJson escapes what could end a script element, and reads back the same', () => {
    const value = { s: '</script><!-- a & b -->\u2028\u2029' };
    const out = toScriptSafeJson(value, 2);
    expect(out).not.to.match(/[<>&\u2028\u2029]/);
    expect(out).to.contain('\\u003c/script\\u003e');
    expect(out).to.contain('\n  "s"');
    expect(JSON.parse(out)).to.deep.equal(value);
  });
});
