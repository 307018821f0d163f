/**
 * Writes a job-description model as a Word document (.docx) with the `docx` library.
 *
 * This is the only module that imports `docx` (about 1 MB of source): `toDocx` in ./docx.ts loads it
 * with a dynamic import, so the drop-in bundle keeps it in a separate chunk fetched only when someone
 * asks for a Word file.
 *
 * User text only ever reaches `TextRun` text, which the library writes as escaped XML character data,
 * so no text can become markup, fields or hyperlinks. Control characters invalid in XML are removed
 * earlier, in the model (cleanText).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { pageFooter, pageHeader } from './docx-branding.js';
import { ORGANISATION_LABELS as LABEL, type JdBlock, type JdOrganisationHeader, type JobDescriptionModel, type ListItem } from './jd-model.js';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** NHS pale grey, for the label column and table headers. */
const SHADE = 'E8EDEE';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '768692' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

interface RunStyle { bold?: boolean; italics?: boolean }

/** Text runs for one paragraph; "\n" becomes a line break inside the paragraph. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

function para(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: runs(text, style), spacing: { after: 120 } });
}

function cell(text: string, opts: { width: number; shade?: boolean; style?: RunStyle }): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    shading: opts.shade ? { type: ShadingType.CLEAR, fill: SHADE, color: 'auto' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ children: runs(text, opts.style) })],
  });
}

function table(columns: readonly string[] | undefined, rows: readonly { cells: readonly string[]; style?: RunStyle[] }[], widths: number[]): Table {
  const header = columns
    ? [new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, { width: widths[i] ?? 0, shade: true, style: { bold: true } })) })]
    : [];
  const body = rows.map((r) => new TableRow({
    cantSplit: true,
    children: widths.map((w, i) => cell(r.cells[i] ?? '', { width: w, shade: !columns && i === 0, style: r.style?.[i] })),
  }));
  return new Table({
    rows: [...header, ...body],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
  });
}

function caption(text: string | undefined): Paragraph[] {
  return text ? [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: runs(text) })] : [];
}

function listItem(item: ListItem): Paragraph[] {
  const details = item.details ?? [];
  return [
    new Paragraph({ bullet: { level: 0 }, keepNext: details.length > 0, children: runs(item.text, { bold: details.length > 0 }) }),
    ...details.map((d) => new Paragraph({ bullet: { level: 1 }, children: runs(d) })),
  ];
}

/** A little space after a table, which Word otherwise glues to the next heading. */
const gap = (): Paragraph => new Paragraph({ children: [], spacing: { after: 120 } });

function block(b: JdBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return b.placeholder || b.suggested
        ? [para(b.text, { italics: true })]
        : b.text.split(/\n\s*\n/).map((p) => para(p));
    case 'list':
      return [...caption(b.caption), ...b.items.flatMap(listItem)];
    case 'table': {
      const first = Math.round(CONTENT_WIDTH * (b.columns.length === 2 ? 0.7 : b.columns.length === 3 ? 0.56 : 1 / b.columns.length));
      const rest = b.columns.length > 1 ? Math.floor((CONTENT_WIDTH - first) / (b.columns.length - 1)) : 0;
      const widths = b.columns.map((_, i) => (i === 0 ? first : rest));
      return [...caption(b.caption), table(b.columns, b.rows.map((cells) => ({ cells })), widths), gap()];
    }
    case 'keyValue': {
      const key = Math.round(CONTENT_WIDTH * 0.32);
      const rows = b.rows.map((r) => ({ cells: [r.key, r.value], style: [{ bold: true }, { italics: r.placeholder === true || r.suggested === true }] }));
      return [...caption(b.caption), table(undefined, rows, [key, CONTENT_WIDTH - key]), gap()];
    }
  }
}

/** The organisation's lines under the title: job reference, website and recruitment contact. */
function organisationLines(o: JdOrganisationHeader): Paragraph[] {
  const rows: [string, string | undefined][] = [[LABEL.reference, o.reference], [LABEL.website, o.website], [LABEL.recruitmentContact, o.recruitmentContact]];
  return rows.flatMap(([key, value]) => (value
    ? [new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${key}: `, bold: true }), ...runs(value)] })]
    : []));
}

/**
 * The .docx bytes of a job-description model. Works in Node and in browsers. Every page has the
 * footer of ./docx-branding.ts; a model made with an organisation profile also gets its page header.
 */
export async function renderDocx(model: JobDescriptionModel): Promise<Uint8Array> {
  const org = model.organisation;
  const children: (Paragraph | Table)[] = [
    ...(org ? [new Paragraph({ spacing: { after: 120 }, children: runs(org.name, { bold: true }) })] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(model.title) }),
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 240 }, children: runs(model.subtitle, { italics: true }) }),
    ...(org ? [...organisationLines(org), gap()] : []),
  ];
  for (const section of model.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(section.heading) }));
    for (const b of section.blocks) children.push(...block(b));
  }
  const doc = new Document({
    creator: 'psw-role-kit',
    lastModifiedBy: 'psw-role-kit',
    title: model.title,
    subject: model.subtitle,
    description: `${model.subtitle}: ${model.title}`,
    // Headings: the title is level 1, sections level 2, captions level 3, so Word's navigation pane and
    // a PDF saved from Word get a proper outline.
    styles: { default: { document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } } } } },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
      ...(org && { headers: { default: pageHeader(org) } }),
      footers: { default: pageFooter(model) },
      children,
    }],
  });
  // 'uint8array' is produced by JSZip in every environment (toBuffer needs Node's Buffer, toBlob a browser).
  return Packer.pack(doc, 'uint8array');
}
