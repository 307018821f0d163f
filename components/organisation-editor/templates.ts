/**
 * Templates (built-in ones to hide, the organisation's own, "Add the current role as an
 * organisation template") and the job description's "about us" and standard clauses (add, remove,
 * reorder). The current role is the editor's `currentRole` property, else the `value` of the element whose
 * id `for` names, looked up in the editor's own tree, then in the page.
 */
import { html, type TemplateResult } from 'lit';
import { settings } from '../../src/catalogue/settings.js';
import type { SettingId } from '../../src/catalogue/ids.js';
import { newId } from '../../src/model/ids.js';
import type { RoleDocument } from '../../src/model/schema.js';
import { setIn } from '../../src/store/ops.js';
import { addItem, moveItem, removeItem } from '../../src/store/list-ops.js';
import type { StandardClause } from '../../src/organisation/schema.js';
import { checkboxField } from '../base/ui.js';
import type { PswOrganisationEditor } from './organisation-editor.component.js';
import type { ProfileView } from './fields.js';

/** The role "Add the current role…" adds: `currentRole`, else the `value` of the element `for` names. */
export function currentRole(el: PswOrganisationEditor): RoleDocument | undefined {
  if (el.currentRole) return el.currentRole;
  if (!el.for) return undefined;
  const root = el.getRootNode() as Document | ShadowRoot;
  const target = (root.getElementById?.(el.for) ?? el.ownerDocument.getElementById(el.for)) as (Element & { value?: unknown }) | null;
  const value = target?.value as RoleDocument | undefined;
  return value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'psw-role-document' ? value : undefined;
}

export function renderTemplates(v: ProfileView): TemplateResult {
  const { t } = v;
  const hidden = new Set<string>(v.p.templates.hide ?? []);
  const own = v.p.templates.add ?? [];
  return html`<section class="section" part="templates" aria-labelledby="templates-heading">
    <h3 id="templates-heading">${t('templatesHeading')}</h3>
    <fieldset data-path="templates.hide">
      <legend>${t('hideHeading')}</legend>
      ${settings.map((s) => checkboxField({
        id: `hide-${s.id}`, label: s.label, checked: hidden.has(s.id), path: 'templates.hide',
        onChange: (on) => toggleHidden(v, s.id, on),
      }))}
    </fieldset>
    ${v.errorOf('templates.hide')}
    <h4 id="own-templates-heading">${t('ownTemplatesHeading')}</h4>
    ${own.length ? html`<ul class="items" aria-labelledby="own-templates-heading">
      ${own.map((tpl, i) => html`<li data-item=${tpl.id}>
        ${v.text(['templates', 'add', i, 'label'], { label: t('templateLabel'), required: true })}
        ${v.text(['templates', 'add', i, 'description'], { label: t('templateDescription'), multiline: true })}
        <button type="button" @click=${() => removeTemplate(v, tpl.id, tpl.label)}>${t('removeTemplate', tpl.label)}</button>
      </li>`)}
    </ul>` : html`<p class="hint">${t('noOwnTemplates')}</p>`}
    <div class="actions">
      <button type="button" id="add-current-role" aria-describedby="add-current-role-hint" @click=${() => addCurrentRole(v)}>${t('addCurrentRole')}</button>
    </div>
    <p class="hint" id="add-current-role-hint">${v.el.ui.templateNote ?? t('addCurrentRoleHint')}</p>
    ${v.errorOf('templates.add')}
  </section>`;
}

function toggleHidden(v: ProfileView, id: SettingId, on: boolean): void {
  const hide = (v.p.templates.hide ?? []).filter((x) => x !== id);
  if (on) hide.push(id);
  // Kept in the catalogue's order, so the JSON does not depend on the order of clicks.
  const order = settings.map((s) => s.id);
  hide.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  v.set(['templates', 'hide'], hide.length ? hide : undefined, v.t('hideHeading'));
}

function addCurrentRole(v: ProfileView): void {
  const role = currentRole(v.el);
  if (!role) {
    v.el.ui.templateNote = v.t('noCurrentRole');
    v.el.requestUpdate();
    return;
  }
  v.el.ui.templateNote = undefined;
  // A template starts new posts: it is a draft, and carries no post's reference or closing date.
  let doc = setIn(role, ['meta', 'status'], 'draft');
  doc = setIn(doc, ['recruitment', 'reference'], undefined);
  doc = setIn(doc, ['recruitment', 'closingDate'], undefined);
  const label = role.role.title?.trim() || v.t('untitledRole');
  const tpl = { id: newId('tpl'), label: label.slice(0, 200), document: doc };
  if (!v.edit('templates.add', (p) => addItem(p, ['templates', 'add'], tpl), v.t('addCurrentRole'))) return;
  v.announce(v.t('templateAdded', tpl.label));
  const i = (v.p.templates.add ?? []).length;
  void v.el.updateComplete.then(() => v.el.renderRoot.querySelector<HTMLInputElement>(`#templates-add-${i}-label`)?.focus());
}

function removeTemplate(v: ProfileView, id: string, label: string): void {
  if (!v.edit('templates.add', (p) => {
    const next = removeItem(p, ['templates', 'add'], id);
    return next.templates.add?.length ? next : setIn(next, ['templates', 'add'], undefined);
  }, v.t('removeTemplate', label))) return;
  v.announce(v.t('removed', label));
  void v.el.updateComplete.then(() => v.el.renderRoot.querySelector<HTMLButtonElement>('#add-current-role')?.focus());
}

// ------------------------------------------------------------------------------ job description

const CLAUSES = ['jobDescription', 'standardClauses'] as const;

export function renderJobDescription(v: ProfileView): TemplateResult {
  const { t } = v;
  const clauses = v.p.jobDescription.standardClauses ?? [];
  return html`<section class="section" part="job-description" aria-labelledby="jd-heading">
    <h3 id="jd-heading">${t('jdHeading')}</h3>
    ${v.text(['jobDescription', 'aboutUs'], { label: t('aboutUs'), hint: t('aboutUsHint'), multiline: true })}
    <h4 id="clauses-heading">${t('clausesHeading')}</h4>
    <p class="hint">${t('clausesHint')}</p>
    <ol class="items" aria-labelledby="clauses-heading">
      ${clauses.map((c, i) => renderClause(v, c, i, clauses.length))}
    </ol>
    ${v.errorOf('jobDescription.standardClauses')}
    <div class="actions"><button type="button" id="add-clause" @click=${() => addClause(v)}>${t('addClause')}</button></div>
  </section>`;
}

function renderClause(v: ProfileView, c: StandardClause, i: number, n: number): TemplateResult {
  const { t } = v;
  const at = [...CLAUSES, i];
  return html`<li data-item=${c.id}>
    <fieldset>
      <legend>${t('clauseN', i + 1)}</legend>
      ${v.text([...at, 'title'], { label: t('clauseTitle'), required: true })}
      ${v.text([...at, 'text'], { label: t('clauseText'), multiline: true, required: true })}
      <div class="actions">
        <button type="button" data-move="up" ?disabled=${i === 0} @click=${() => moveClause(v, c, i - 1)}>${t('moveUp', c.title)}</button>
        <button type="button" data-move="down" ?disabled=${i === n - 1} @click=${() => moveClause(v, c, i + 1)}>${t('moveDown', c.title)}</button>
        <button type="button" data-remove @click=${() => removeClause(v, c, i)}>${t('removeClause', c.title)}</button>
      </div>
    </fieldset>
  </li>`;
}

const focusIn = (v: ProfileView, selector: string) =>
  void v.el.updateComplete.then(() => v.el.renderRoot.querySelector<HTMLElement>(selector)?.focus());

function addClause(v: ProfileView): void {
  const clause: StandardClause = { id: newId('clause'), title: v.t('newClauseTitle'), text: '' };
  if (!v.edit('jobDescription.standardClauses', (p) => addItem(p, CLAUSES, clause), v.t('addClause'))) return;
  focusIn(v, `#jobDescription-standardClauses-${(v.p.jobDescription.standardClauses ?? []).length}-title`);
}

function moveClause(v: ProfileView, c: StandardClause, to: number): void {
  if (!v.edit('jobDescription.standardClauses', (p) => moveItem(p, CLAUSES, c.id, to), v.t('moveUp', c.title))) return;
  v.announce(v.t('moved', c.title, to + 1));
  // Focus stays with the clause: on the button that moves it the same way, or the other one at an end.
  const n = v.model.profile.jobDescription.standardClauses?.length ?? 0;
  const dir = to === 0 ? 'down' : to === n - 1 ? 'up' : undefined;
  focusIn(v, `li[data-item="${c.id}"] button[data-move${dir ? `="${dir}"` : ''}]:not([disabled])`);
}

function removeClause(v: ProfileView, c: StandardClause, i: number): void {
  if (!v.edit('jobDescription.standardClauses', (p) => {
    const next = removeItem(p, CLAUSES, c.id);
    return next.jobDescription.standardClauses?.length ? next : setIn(next, CLAUSES, undefined);
  }, v.t('removeClause', c.title))) return;
  v.announce(v.t('removed', c.title));
  const rest = v.model.profile.jobDescription.standardClauses ?? [];
  const next = rest[Math.min(i, rest.length - 1)];
  focusIn(v, next ? `#jobDescription-standardClauses-${Math.min(i, rest.length - 1)}-title` : '#add-clause');
}
