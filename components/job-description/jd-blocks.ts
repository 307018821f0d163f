/**
 * Templates for the blocks of the shared job-description model (src/export/jd-model.ts). Every
 * piece of user text is a text binding, so nothing typed into a role can become markup here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { TO_BE_AGREED, type JdBlock, type KeyValueBlock, type ListBlock, type ListItem, type ParagraphBlock, type TableBlock } from '../../src/export/jd-model.js';

/** "\n\n" separates paragraphs, "\n" is a line break inside one (as in the model). */
function paragraph(b: ParagraphBlock): TemplateResult {
  if (b.placeholder || b.suggested) return html`<p class="placeholder">${b.text}</p>`;
  return html`${b.text
    .split(/\n\s*\n/)
    .map((para) => para.split('\n'))
    .map((lines) => html`<p>${lines.map((l, i) => (i === 0 ? l : html`<br />${l}`))}</p>`)}`;
}

const caption = (text: string | undefined) => (text ? html`<h4>${text}</h4>` : nothing);

function listItem(item: ListItem): TemplateResult {
  if (!item.details?.length) return html`<li>${item.text}</li>`;
  return html`<li>
    <span class="item-title">${item.text}</span>
    <ul class="details">
      ${item.details.map((d) => html`<li>${d}</li>`)}
    </ul>
  </li>`;
}

function list(b: ListBlock): TemplateResult {
  return html`${caption(b.caption)}
    <ul class="items">
      ${b.items.map(listItem)}
    </ul>`;
}

/** Key–value rows as a description list; `<div>` groups a term with its value (allowed in `<dl>`). */
export function keyValue(b: KeyValueBlock): TemplateResult {
  return html`${caption(b.caption)}
    <dl class="key-value">
      ${b.rows.map(
        (r) => html`<div class="kv-row">
          <dt>${r.key}</dt>
          <dd class=${r.placeholder || r.suggested ? 'placeholder' : ''}>${r.value}</dd>
        </div>`,
      )}
    </dl>`;
}

/** A table whose first column names each row (a criterion), so it is a row header. */
function table(b: TableBlock): TemplateResult {
  return html`<table>
    ${b.caption ? html`<caption>${b.caption}</caption>` : nothing}
    <thead>
      <tr>
        ${b.columns.map((c) => html`<th scope="col">${c}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${b.rows.map(
        (row) => html`<tr>
          ${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td class=${cell === TO_BE_AGREED ? 'placeholder' : ''}>${cell}</td>`))}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function block(b: JdBlock): TemplateResult {
  switch (b.kind) {
    case 'paragraph':
      return paragraph(b);
    case 'list':
      return list(b);
    case 'keyValue':
      return keyValue(b);
    case 'table':
      return table(b);
  }
}
