import { describe, it } from 'node:test';
import { expect } from 'chai';
import { renderDocx } from '../../../src/export/docx-writer.js';
import type { JobDescriptionModel } from '../../../src/export/jd-model.js';
import { xmlParts } from '../../util/docx-parts.js';

/** The text of word/document.xml. */
const documentXml = async (bytes: Uint8Array): Promise<string> => (await xmlParts(bytes)).get('word/document.xml') ?? '';

const model: JobDescriptionModel = {
  audience: 'internal',
  title: 'Tables',
  subtitle: 'Job description and person specification',
  sections: [{
    id: 'details', heading: 'Details', required: true,
    blocks: [
      { kind: 'table', caption: 'One column', columns: ['Only'], rows: [['single cell']] },
      { kind: 'table', columns: ['A', 'B', 'C'], rows: [['a1', 'b1', 'c1'], ['a2']] },
    ],
  }],
};

describe('Word tables of one and of three columns', () => {
  it('a one-column table is as wide as the page; three columns share it (the first, the criterion, widest); short rows get empty cells', async () => {
    const xml = await documentXml(await renderDocx(model));
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])));
    expect(grids).to.have.length(2);
    const [one, three] = grids as [number[], number[]];
    expect(one).to.have.length(1);
    expect(three).to.have.length(3);
    expect(three[1]).to.equal(three[2]);
    expect(three[0]).to.be.greaterThan(three[1]! * 2);
    expect(Math.abs(three[0]! + three[1]! + three[2]! - one[0]!)).to.be.at.most(3);
    for (const t of ['One column', 'single cell', 'a1', 'b1', 'c1', 'a2']) expect(xml).to.contain(`>${t}<`);
    // The second row of the three-column table still has three cells.
    const rows = [...xml.matchAll(/<w:tr\b.*?<\/w:tr>/g)].map((m) => (m[0].match(/<w:tc>/g) ?? []).length);
    expect(rows.slice(-1)).to.deep.equal([3]);
  });
});
