import { describe, it } from 'node:test';
import { expect } from 'chai';
import { toDocx } from '../../../src/export/docx.js';
import { oneLine } from '../../../src/export/format.js';
import { completeDoc, emptyDoc, hostileDoc, roleWithDuties } from '../../fixtures/export-docs.js';
import { rawText, xmlParts } from '../../util/docx-parts.js';

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

describe('toDocx', () => {
  it('resolves to the bytes of a zip file (a .docx)', async () => {
    const bytes = await toDocx(completeDoc, { audience: 'internal' });
    expect(bytes).to.be.instanceOf(Uint8Array);
    expect(isZip(bytes)).to.equal(true);
    expect(bytes.length).to.be.greaterThan(5000);
  });

  it('writes a document for an empty draft too', async () => {
    expect(isZip(await toDocx(emptyDoc(), { audience: 'internal' }))).to.equal(true);
  });

  it('holds the title, every core duty and the NHS sections (read back with mammoth)', async () => {
    const doc = roleWithDuties(30);
    const text = await rawText(await toDocx(doc, { audience: 'internal' }));
    expect(text).to.contain('Peer Support Worker');
    for (const d of doc.duties) expect(text).to.contain(d.title);
    for (const heading of ['Job details', 'Job purpose', 'Key responsibilities', 'Supervision and support', 'Person specification', 'Essential', 'Desirable']) {
      expect(text).to.contain(heading);
    }
    expect(text).to.contain('Band 3 (NHS Agenda for Change)');
    expect(text).to.contain('Right to work in the UK');
  });

  it('keeps hostile text as text: markup, XML and script come back verbatim, nothing else is added', async () => {
    const text = await rawText(await toDocx(hostileDoc, { audience: 'internal' }));
    // Had any of this been written unescaped, the XML would not parse or the text would be missing.
    expect(text).to.contain('</script><!--x--><img src=x onerror=alert(1)>');
    expect(text).to.contain(']]></w:t></w:r>');
    expect(text).to.contain('&amp; &#60;b&#62;');
    const titleFirstLine = oneLine(hostileDoc.role.title!).split(' / ')[0]!;
    expect(text).to.contain(titleFirstLine);
    for (const d of hostileDoc.duties.filter((x) => x.kind === 'core')) {
      expect(text).to.contain(oneLine(d.title).split(' / ')[0]!);
    }
  });

  it('escapes hostile text in every XML part, document properties included', async () => {
    const parts = await xmlParts(await toDocx(hostileDoc, { audience: 'internal' }));
    expect(parts.has('word/document.xml')).to.equal(true);
    for (const [path, xml] of parts) {
      expect(xml, path).not.to.match(/<(script|img|div|b)[\s>]|<!--/);
      // eslint-disable-next-line no-control-regex
      expect(xml, path).not.to.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
    const title = /<dc:title>([^<]*)<\/dc:title>/.exec(parts.get('docProps/core.xml') ?? '')?.[1];
    expect(title).to.contain('&lt;/script&gt;&lt;!--x--&gt;');
    expect(parts.get('word/document.xml')).to.contain('&lt;/script&gt;&lt;!--x--&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});
