/**
 * The data types of the job description model (./jd-model.ts): a model is a title, a subtitle and an
 * ordered list of sections; a section is a list of plain-text blocks (paragraphs, lists, tables and
 * key-value rows) that Markdown, Word and `<psw-job-description>` each render in their own format.
 */
/** The marker shown where a required line or section has no content yet. */
export const TO_BE_AGREED = 'To be agreed';

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  /** May contain "\n" (line breaks) and "\n\n" (paragraph breaks). */
  readonly text: string;
  /** The text is the "To be agreed" marker, not content. */
  readonly placeholder?: true;
  /** The text says that what its section shows is still a template's suggestion (./unconfirmed.ts). */
  readonly suggested?: true;
}

export interface ListItem {
  /** The item's main line (a duty's title, a boundary topic…). */
  readonly text: string;
  /** Further lines under the item (description, bounds, reasons…), each on one line. */
  readonly details?: readonly string[];
}

export interface ListBlock {
  readonly kind: 'list';
  /** A short heading for the list inside its section. */
  readonly caption?: string;
  readonly items: readonly ListItem[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly caption?: string;
  readonly columns: readonly string[];
  /** Each row has one cell per column; cells are single-line text. */
  readonly rows: readonly (readonly string[])[];
}

export interface KeyValueRow {
  readonly key: string;
  readonly value: string;
  readonly placeholder?: true;
  /** The value is a template's suggestion nobody has confirmed yet (./unconfirmed.ts); the text says so. */
  readonly suggested?: true;
}

export interface KeyValueBlock {
  readonly kind: 'keyValue';
  readonly caption?: string;
  readonly rows: readonly KeyValueRow[];
}

export type JdBlock = ParagraphBlock | ListBlock | TableBlock | KeyValueBlock;

export type JdSectionId =
  | 'details'
  | 'purpose'
  | 'responsibilities'
  | 'flexible'
  | 'excluded'
  | 'autonomy'
  | 'boundaries'
  | 'supervision'
  | 'training'
  | 'team'
  | 'wellbeing'
  | 'terms'
  | 'progression'
  | 'person-spec'
  /** From the organisation profile: "About us". */
  | 'about-us'
  /** A standard clause, from the organisation profile or the defaults (its id is the section's `key`). */
  | 'clause'
  /** The internal record's assessment summary. */
  | 'assessment';

export interface JdSection {
  readonly id: JdSectionId;
  /** Tells apart sections that share an id: a standard clause's own id. */
  readonly key?: string;
  readonly heading: string;
  /** Required sections always appear (with the "To be agreed" marker when empty). */
  readonly required: boolean;
  readonly blocks: readonly JdBlock[];
}

/** The organisation's header of a job description (./jd-organisation.ts). */
export interface JdOrganisationHeader {
  /** The organisation's name, on one line. */
  readonly name: string;
  /** The job reference: the profile's prefix and a short code from the role's id. */
  readonly reference: string;
  readonly logo?: { readonly src: string; readonly alt: string };
  /** The organisation's website (an http(s) address). */
  readonly website?: string;
  /** Who candidates contact about the post. */
  readonly recruitmentContact?: string;
}

/**
 * Who the job description is for: `candidate` (what an advert publishes; the default) or `internal`
 * (the whole role record, for managers, HR and job evaluation).
 */
export type Audience = 'candidate' | 'internal';

export interface JobDescriptionModel {
  /** Who the job description is for. */
  readonly audience: Audience;
  /** The job reference (the role's own, else the organisation's), for page footers. */
  readonly reference?: string;
  /** The date of the role's last change, in words, for page footers ("5 December 2026"). */
  readonly versionDate?: string;
  /** The job title, or "Job description" when the role has none yet. */
  readonly title: string;
  /** "Job description and person specification". */
  readonly subtitle: string;
  /** The organisation's header, when the job description was made with an organisation profile. */
  readonly organisation?: JdOrganisationHeader;
  readonly sections: readonly JdSection[];
}
