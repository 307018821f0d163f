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
  | 'person-spec';

export interface JdSection {
  readonly id: JdSectionId;
  readonly heading: string;
  /** Required sections always appear (with the "To be agreed" marker when empty). */
  readonly required: boolean;
  readonly blocks: readonly JdBlock[];
}

export interface JobDescriptionModel {
  /** The job title, or "Job description" when the role has none yet. */
  readonly title: string;
  /** "Job description and person specification". */
  readonly subtitle: string;
  readonly sections: readonly JdSection[];
}
