import { describe, it } from 'node:test';
import { expect } from 'chai';
import { toDocx } from '../../../src/export/docx.js';
import { fitInto, logoImage } from '../../../src/export/logo-image.js';
import { completeDoc, emptyDoc } from '../../fixtures/export-docs.js';
import { HOSTILE_NAME, hostileProfile, PNG_1X1, pngLogoProfile, trustProfile } from '../../fixtures/profiles.js';
import { partNames, xmlParts } from '../../util/docx-parts.js';

const base64 = (bytes: number[]): string => btoa(String.fromCharCode(...bytes));

/** A JPEG's first markers: SOI, an APP0 segment, then a baseline frame header of 64 × 32 pixels. */
const JPEG_64X32 = [
  0xff, 0xd8,
  0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x40, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
];

describe('logoImage (the logo the Word export embeds)', () => {
  it('reads a PNG or JPEG data: URL and its size', () => {
    expect(logoImage(PNG_1X1)).to.include({ type: 'png', width: 1, height: 1 });
    expect(logoImage(`data:image/jpeg;base64,${base64(JPEG_64X32)}`)).to.include({ type: 'jpg', width: 64, height: 32 });
  });

  it('leaves out anything else: addresses, paths, mislabelled or truncated data', () => {
    for (const src of [
      'https://www.riverdale.example/logo.png',
      '/logo.png',
      `data:image/png;base64,${base64(JPEG_64X32)}`,
      `data:image/jpeg;base64,${PNG_1X1.split(',')[1]}`,
      'data:image/png;base64,iVBORw0KGgo=',
      'data:image/png;base64,!!!!',
      'data:image/svg+xml;base64,PHN2Zy8+',
    ]) expect(logoImage(src), src).to.equal(undefined);
  });

  it('fits a size into the header box without enlarging it', () => {
    expect(fitInto({ width: 1000, height: 200 }, { width: 190, height: 56 })).to.deep.equal({ width: 190, height: 38 });
    expect(fitInto({ width: 10, height: 10 }, { width: 190, height: 56 })).to.deep.equal({ width: 10, height: 10 });
  });
});

describe('toDocx with an organisation profile', () => {

  it('adds a page header (name) and footer (title, job reference, Page X of Y with PAGE and NUMPAGES fields)', async () => {
    const parts = await xmlParts(await toDocx({ ...completeDoc, id: 'k7dq2mxa9tb4vhe3' }, { organisation: trustProfile, audience: 'internal' }));
    const header = [...parts].find(([p]) => /^word\/header\d*\.xml$/.test(p))?.[1] ?? '';
    const footer = [...parts].find(([p]) => /^word\/footer\d*\.xml$/.test(p))?.[1] ?? '';
    expect(header).to.contain('Riverdale Community Health NHS Trust');
    expect(footer).to.contain('Peer Support Worker · Job reference RDT-PSW-K7DQ2MXA');
    expect(footer).to.match(/Page <\/w:t>[\s\S]*PAGE[\s\S]* of <\/w:t>[\s\S]*NUMPAGES/);
    const body = parts.get('word/document.xml')!;
    expect(body).to.match(/<w:headerReference [^>]*w:type="default"/);
    expect(body).to.match(/<w:footerReference [^>]*w:type="default"/);
    expect(body).to.contain('Job reference: ');
    expect(body).to.contain('About us');
    expect(body).to.contain('Safeguarding');
  });

  it('embeds a PNG data: URL logo with its alternative text, and never an address', async () => {
    const withPng = await toDocx(emptyDoc(), { organisation: pngLogoProfile, audience: 'internal' });
    expect((await partNames(withPng)).some((p) => /^word\/media\/.+\.png$/.test(p))).to.equal(true);
    const header = [...(await xmlParts(withPng))].find(([p]) => /^word\/header\d*\.xml$/.test(p))?.[1] ?? '';
    expect(header).to.contain('descr="Riverdale logo"');
    const withUrl = await toDocx(emptyDoc(), { organisation: trustProfile, audience: 'internal' });
    expect((await partNames(withUrl)).some((p) => p.startsWith('word/media/'))).to.equal(false);
    for (const [, xml] of await xmlParts(withUrl)) expect(xml).not.to.contain('riverdale.example/logo.png');
  });

  it('has no header or media without a profile, and still a footer with the version date and page numbers', async () => {
    const bytes = await toDocx({ ...completeDoc, recruitment: { ...completeDoc.recruitment, reference: 'REF-42' } });
    const names = await partNames(bytes);
    expect(names.some((p) => /^word\/header\d*\.xml$|^word\/media\//.test(p))).to.equal(false);
    const footer = [...(await xmlParts(bytes))].filter(([p]) => /^word\/footer\d*\.xml$/.test(p)).map(([, x]) => x).join('');
    expect(footer).to.contain('Job reference REF-42').and.contain('Version of ').and.contain('NUMPAGES');
  });

  it('escapes hostile profile text in every XML part (header, footer, alt text and body)', async () => {
    const parts = await xmlParts(await toDocx(emptyDoc(), { organisation: hostileProfile, audience: 'internal' }));
    for (const [path, xml] of parts) {
      expect(xml, path).not.to.match(/<(script|img|a|h1|b)[\s>]|<!--|\]\]><\/w:t>/);
    }
    const header = [...parts].find(([p]) => /^word\/header\d*\.xml$/.test(p))?.[1] ?? '';
    expect(header).to.contain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;**b**');
    expect(header).to.contain('descr="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(HOSTILE_NAME).to.contain('</script>');
  });
});
