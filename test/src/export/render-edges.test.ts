import { describe, it } from 'node:test';
import { expect } from 'chai';
import { renderMarkdown } from '../../../src/export/markdown.js';
import { modelText, type JobDescriptionModel } from '../../../src/export/jd-model.js';
import { coreDutyItem } from '../../../src/export/jd-duties.js';
import { slugify } from '../../../src/export/filename.js';
import { labelIn, labelOf } from '../../../src/catalogue/label.js';
import { paySchemes } from '../../../src/catalogue/pay.js';
import { describePath } from '../../../src/model/field-labels.js';

const model: JobDescriptionModel = {
  audience: 'internal',
  title: 'T',
  subtitle: 'S',
  sections: [{
    id: 'details', heading: 'H', required: true,
    blocks: [
      { kind: 'table', caption: 'Grid', columns: ['A', 'B'], rows: [['a1']] },
      { kind: 'keyValue', caption: 'Pairs', rows: [{ key: 'K', value: 'V' }] },
    ],
  }],
};

describe('rendering tables with captions and short rows', () => {
  it('modelText lists table and key-value captions with their cells', () => {
    expect(modelText(model)).to.deep.equal(['T', 'S', 'H', 'Grid', 'A', 'B', 'a1', 'Pairs', 'K', 'V']);
  });
  it('Markdown pads a short row with an empty cell and writes captions', () => {
    const md = renderMarkdown(model);
    expect(md).to.contain('| A | B |\n| --- | --- |\n| a1 |   |');
    expect(md).to.contain('Grid');
    expect(md).to.contain('| K | V |');
  });
});

describe('small naming helpers', () => {
  it('a core duty with a blank title and nothing else is “Untitled duty” with no details', () => {
    expect(coreDutyItem({ id: 'd', title: ' ', kind: 'core' })).to.deep.equal({ text: 'Untitled duty' });
  });
  it('a slug with no word break to cut at is cut at the limit', () => {
    expect(slugify('a'.repeat(80), 10)).to.equal('a'.repeat(10));
    expect(slugify('abc-' + 'd'.repeat(20), 10)).to.equal('abc-dddddd');
    expect(slugify('abcdef-ghij-klm', 10)).to.equal('abcdef');
  });
  it('labels: unknown ids are shown as they are, never an inherited key', () => {
    expect(labelOf(paySchemes, undefined)).to.equal(undefined);
    expect(labelOf(paySchemes, 'unheard-of' as never)).to.equal('unheard-of');
    const labels: Readonly<Record<'a' | 'toString', string>> = Object.assign(Object.create({ toString: 'inherited' }) as object, { a: 'A' }) as never;
    expect(labelIn(labels, 'toString')).to.equal('toString');
    expect(labelIn(labels, 'a')).to.equal('A');
  });
  it('a long name with no space to cut at is cut at 40 characters', () => {
    const doc = { duties: [{ title: 'x'.repeat(60) }] };
    expect(describePath('duties[0].title', doc)).to.equal(`Duty 1 “${'x'.repeat(40)}…” › Title`);
  });
});
