/**
 * The Word export's page header and footer. When the job description was made with an organisation
 * profile, the header holds the organisation's logo (only a PNG or JPEG `data:` URL, ./logo-image.ts)
 * and name. Every document has the footer: the job title, the job reference (the role's own or the
 * profile's), the version date (the role's last change) and "Page X of Y" (Word fields that Word
 * fills in).
 *
 * Like the body, every piece of profile text reaches Word only as `TextRun` text (escaped XML
 * character data); the logo's alternative text goes into the drawing's description attribute,
 * which the library escapes too.
 */
import { AlignmentType, Footer, Header, ImageRun, PageNumber, Paragraph, TextRun } from 'docx';
import { ORGANISATION_LABELS as LABEL, type JdOrganisationHeader, type JobDescriptionModel } from './jd-model.js';
import { fitInto, logoImage } from './logo-image.js';

/** The largest the logo is drawn in the header, in pixels at 96 to the inch (about 5 × 1.5 cm). */
const LOGO_BOX = { width: 190, height: 56 } as const;
/** Header and footer text: 9 pt, NHS dark grey. */
const SMALL = { size: 18, color: '425563' } as const;

function logoRun(o: JdOrganisationHeader): ImageRun | undefined {
  const image = o.logo ? logoImage(o.logo.src) : undefined;
  if (!image || !o.logo) return undefined;
  const alt = o.logo.alt || o.name;
  return new ImageRun({
    type: image.type,
    data: image.data,
    transformation: fitInto(image, LOGO_BOX),
    altText: { name: 'Logo', description: alt, title: alt },
  });
}

export function pageHeader(o: JdOrganisationHeader): Header {
  const logo = logoRun(o);
  return new Header({
    children: [
      ...(logo ? [new Paragraph({ children: [logo], spacing: { after: 60 } })] : []),
      new Paragraph({ children: [new TextRun({ text: o.name, bold: true, ...SMALL })] }),
    ],
  });
}

/** The footer of every page: job title, job reference (when there is one), version date, "Page X of Y". */
export function pageFooter(model: JobDescriptionModel): Footer {
  const parts = [
    model.title,
    model.reference ? `${LABEL.reference} ${model.reference}` : undefined,
    model.versionDate ? `Version of ${model.versionDate}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [new TextRun({ text: parts.join(' · '), ...SMALL })],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...SMALL })],
      }),
    ],
  });
}
