/**
 * The job description + person specification as Markdown (CommonMark, with GitHub-style pipe tables
 * for the job details and the person specification).
 *
 * User text can never become markup: every fragment goes through `escapeMarkdown`, which
 * - writes `&`, `<` and `>` as character references (`&amp;` `&lt;` `&gt;`), so no raw HTML, no
 *   autolink (`<https://…>`) and no entity trickery survives;
 * - backslash-escapes `\` `` ` `` `*` `_` `[` `]` `|` `~` `#` wherever they are, so no emphasis, code,
 *   link, image, reference definition, table cell break, strikethrough or heading can start;
 * - backslash-escapes what only matters at the start of a line (a `-` or `+` list marker, `--`,
 *   `=`, and the `.`/`)` of an ordered-list marker) and drops leading spaces, so no list, setext
 *   heading, thematic break or indented code block can start.
 * Parentheses, `!`, `.` elsewhere and other punctuation are left alone: without `[`, `]` and `<` they
 * cannot form a link or an image, and the file stays readable as text. Bare URLs are left as text; a
 * renderer with a "linkify" extension may still turn them into links, as it would in any text.
 */
import type { JdBlock, JdOrganisationHeader, JobDescriptionModel, JobDescriptionOptions, ListItem } from './jd-model.js';
import { jobDescriptionModel, ORGANISATION_LABELS as LABEL } from './jd-model.js';
import type { RoleDocument } from '../model/schema.js';
import { withAssessment } from './jd-assess-option.js';
import { cleanText, oneLine } from './format.js';

const ALWAYS = /[\\`*_[\]|~#]/g;

/** One line of user text, escaped so that any CommonMark renderer shows it as the same text. */
function escapeLine(text: string): string {
  const escaped = text
    .replace(/^\s+/u, '')
    .replace(ALWAYS, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escaped
    .replace(/^(?:[-+](?=\s|$)|-(?=-)|=)/, (c) => '\\' + c)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Escapes user text for use inside a Markdown block. Line breaks become " / " (tables and list items
 * are one line each); use `escapeMarkdownParagraph` for text that keeps its line breaks.
 */
export function escapeMarkdown(text: string): string {
  return escapeLine(oneLine(text));
}

/**
 * Escapes multi-line user text as paragraphs: blank lines separate paragraphs, single line breaks
 * become hard line breaks (a backslash at the end of the line, not HTML).
 */
export function escapeMarkdownParagraph(text: string): string {
  return cleanText(text)
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((l) => escapeLine(l.trim()))
        .filter((l) => l !== '')
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

const cell = (text: string): string => escapeMarkdown(text) || ' ';

/** A pipe table from cells that are already escaped. */
function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${columns.join(' | ')} |`;
  const rule = `| ${columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${columns.map((_, i) => r[i] ?? ' ').join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

function listItem(item: ListItem): string {
  const text = escapeMarkdown(item.text);
  if (!item.details?.length) return `- ${text}`;
  return [`- **${text}**`, ...item.details.map((d) => `  - ${escapeMarkdown(d)}`)].join('\n');
}

const caption = (c: string | undefined): string[] => (c ? [`### ${escapeMarkdown(c)}`] : []);

function block(b: JdBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.placeholder || b.suggested ? `*${escapeMarkdown(b.text)}*` : escapeMarkdownParagraph(b.text);
    case 'list':
      return [...caption(b.caption), b.items.map(listItem).join('\n')].join('\n\n');
    case 'table':
      return [...caption(b.caption), table(b.columns.map(cell), b.rows.map((r) => r.map(cell)))].join('\n\n');
    case 'keyValue':
      return [
        ...caption(b.caption),
        table(['Item', 'Details'], b.rows.map((r) => [cell(r.key), r.placeholder ? `*${cell(r.value)}*` : cell(r.value)])),
      ].join('\n\n');
  }
}

/**
 * The organisation's header lines, above the title: its name in bold, then the job reference, the
 * website and the recruitment contact, one a line (hard line breaks). The logo is not written: a
 * Markdown viewer would fetch an image from wherever its address points.
 */
function organisationLines(o: JdOrganisationHeader): string {
  return [
    `**${escapeMarkdown(o.name)}**`,
    `${LABEL.reference}: ${escapeMarkdown(o.reference)}`,
    ...(o.website ? [`${LABEL.website}: ${escapeMarkdown(o.website)}`] : []),
    ...(o.recruitmentContact ? [`${LABEL.recruitmentContact}: ${escapeMarkdown(o.recruitmentContact)}`] : []),
  ].join('\\\n');
}

/** Renders a job-description model as Markdown. */
export function renderMarkdown(model: JobDescriptionModel): string {
  const parts = [
    ...(model.organisation ? [organisationLines(model.organisation)] : []),
    `# ${escapeMarkdown(model.title)}`,
    `*${escapeMarkdown(model.subtitle)}*`,
  ];
  for (const section of model.sections) {
    parts.push(`## ${escapeMarkdown(section.heading)}`, ...section.blocks.map(block));
  }
  return parts.join('\n\n') + '\n';
}

/**
 * The job description + person specification of a role as Markdown, in the NHS layout: the
 * candidate's by default, the internal record (with the assessment summary) with
 * `{ audience: "internal" }`; with `{ organisation }`, of the effective document, with the
 * organisation's header and sections.
 */
export function toMarkdown(doc: RoleDocument, options: JobDescriptionOptions = {}): string {
  return renderMarkdown(jobDescriptionModel(doc, withAssessment(doc, options)));
}
