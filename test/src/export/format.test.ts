import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { anyString } from '../../util/any-string.js';
import { cleanText, formatDate, formatFrequency, formatNumber, formatSalary, joinWords, oneLine } from '../../../src/export/format.js';

describe('export text helpers', () => {
  it('cleanText normalises line breaks and removes what XML and UTF-8 cannot carry', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u2029e')).to.equal('a\nb\nc\nd\ne');
    expect(cleanText('a\u0000b\u0007c\u001Fd\uFFFE')).to.equal('abcd');
    expect(cleanText('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00')).to.equal('lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDE00');
    expect(cleanText('\n\n  \nbody  \n\n')).to.equal('body');
  });

  it('cleanText output is always valid XML 1.0 character data', () => {
    fc.assert(fc.property(anyString(), (s) => {
      // eslint-disable-next-line no-control-regex
      expect(cleanText(s)).not.to.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }));
  });

  it('oneLine joins lines with " / "', () => {
    expect(oneLine('first\n\n second \nthird')).to.equal('first / second / third');
  });

  it('writes numbers, money, dates and frequencies in en-GB words', () => {
    expect(formatNumber(1234567)).to.equal('1,234,567');
    expect(formatNumber(12.5, 2)).to.equal('12.50');
    expect(formatSalary({ min: 24937, max: 26598, period: 'year' })).to.equal('£24,937 to £26,598 a year');
    expect(formatSalary({ min: 12.75, max: 12.75, period: 'hour' })).to.equal('£12.75 an hour');
    expect(formatDate('2028-03-31')).to.equal('31 March 2028');
    expect(formatFrequency({ count: 1, per: 'week' })).to.equal('once a week');
    expect(formatFrequency({ count: 2, per: 'month' })).to.equal('twice a month');
    expect(formatFrequency({ count: 4, per: 'quarter' })).to.equal('4 times a quarter');
    expect(joinWords(['a', 'b', 'c'])).to.equal('a, b and c');
  });
});
