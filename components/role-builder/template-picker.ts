/**
 * The template picker: a setting from the settings catalogue (with its short description) starts a
 * new role from that setting's template; with an organisation profile, the built-in templates it
 * hides are not offered and its own are (../base/editor-kit/template-choices.ts). Work is never replaced silently: when the draft has
 * content, a modal dialog asks first ("Replace my draft" / "Keep my draft") and says that Undo can
 * bring the draft back. The swap is one `replace`, so one undo step and one psw-change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { chosenTemplate, loadChoiceDocument, templateChoices } from '../base/editor-kit/template-choices.js';
import { selectField } from '../base/ui.js';
import type { BuilderState } from './builder-state.js';
import { section } from './section-frame.js';
import { fromTemplate, hasContent } from './edits.js';

const dialogOf = (e: Event) =>
  ((e.target as Element).getRootNode() as ShadowRoot).querySelector<HTMLDialogElement>('#template-confirm');

export function renderTemplatePicker(b: BuilderState, done: (applied: boolean) => void): TemplateResult {
  const state = b.ui;
  const t = b.t;
  const profile = b.organisation;
  const choices = templateChoices(profile);
  const setting = chosenTemplate(choices, state.templateChoice);

  // Templates load as a lazy chunk; updateComplete waits for it, so the swap stays one user step.
  // When it cannot be fetched the draft stays as it was and the picker says so.
  const apply = () =>
    void b.waitUntil(
      (async () => {
        let template;
        try {
          template = await loadChoiceDocument(setting.id, profile);
        } catch {
          state.templateError = t('templateLoadFailed');
          b.requestUpdate();
          return;
        }
        state.templateError = undefined;
        const applied = b.replace(fromTemplate(b.doc, template), t('templatesTitle'));
        if (applied) b.announce(t('templateApplied', setting.label));
        done(applied);
      })(),
    );
  const use = (e: Event) => {
    if (!hasContent(b.doc)) return apply();
    dialogOf(e)?.showModal();
  };
  const onClose = (e: Event) => {
    const dialog = e.target as HTMLDialogElement;
    if (dialog.returnValue === 'replace') apply();
    else b.announce(t('templateKept'));
    dialog.returnValue = '';
  };
  const close = (value: string) => (e: Event) => dialogOf(e)?.close(value);

  const empty = !hasContent(b.doc);
  return section(b, 'templates', 'templates', t('templatesTitle'), empty ? t('templatesSummaryEmpty') : t('templatesSummary'), () => html`
    <p class="hint">${t('templatesIntro')}</p>
    <div class="template-row">
      ${selectField({
        id: 'template-setting',
        label: t('templateSetting'),
        hint: setting.confirmed ? setting.description : `${setting.description} ${t('templateUnconfirmed')}`,
        value: setting.id,
        options: choices.map((s) => ({ value: s.id, label: s.label })),
        onChange: (v) => {
          state.templateChoice = v;
          b.requestUpdate();
        },
      })}
      <div class="actions"><button type="button" id="template-use" aria-describedby=${state.templateError ? 'template-error' : nothing}
        @click=${use}>${t('templateUse')}</button></div>
    </div>
    ${state.templateError ? html`<p class="error" id="template-error" role="alert">${state.templateError}</p>` : nothing}
    <dialog id="template-confirm" aria-labelledby="template-confirm-title" aria-describedby="template-confirm-body"
      @close=${onClose}>
      <h4 id="template-confirm-title">${t('templateConfirmTitle')}</h4>
      <div id="template-confirm-body">
        <p>${t('templateConfirmBody', setting.label)}</p>
        <p>${t('templateConfirmUndo')}</p>
      </div>
      <div class="actions">
        <button type="button" class="danger" id="template-replace" @click=${close('replace')}>${t('templateReplace')}</button>
        <button type="button" class="secondary" id="template-keep" autofocus @click=${close('keep')}>${t('templateKeep')}</button>
      </div>
    </dialog>
  `);
}
