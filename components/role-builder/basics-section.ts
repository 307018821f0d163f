/**
 * Role basics: job title, level, setting and employer, service, age group, the lived experience
 * asked for, purpose, reporting line, decisions and autonomy, the cap on involvement requests,
 * framework references and the document's own details (organisation, status, review date).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { employerTypes, roleLevels } from '../../src/catalogue/roles.js';
import { settings } from '../../src/catalogue/settings.js';
import { listTextField } from '../base/editor-kit/edit-fields.js';
import { checkboxField, findingsList, readonlyField } from '../base/ui.js';
import type { BuilderState } from './builder-state.js';
import { section, sectionFindings } from './section-frame.js';
import { docNumber, docSelect, docText } from './fields.js';
import { toolDefaults } from './thresholds.js';

/** Well-known frameworks offered as checkboxes; what is stored is the reference text. */
const FRAMEWORKS = [
  { id: 'st0896', test: /ST0896/i, ref: 'ST0896 Peer worker (Level 3)', label: 'frameworkSt0896' },
  { id: 'hee', test: /competence framework/i, ref: 'Competence Framework for Mental Health Peer Support Workers (HEE, 2020)', label: 'frameworkHee' },
] as const;

const isKnown = (ref: string) => FRAMEWORKS.some((f) => f.test.test(ref));

function frameworks(b: BuilderState): TemplateResult {
  const t = b.t;
  const refs = b.doc.role.frameworkRefs ?? [];
  const findings = b.claim('role.frameworkRefs');
  if (b.readonly) return readonlyField(t('frameworks'), refs.length ? refs.join('; ') : undefined, b.ct);
  const others = refs.filter((r) => !isKnown(r));
  // Handlers read the references as they are when the event comes.
  const current = () => b.doc.role.frameworkRefs ?? [];
  const write = (next: string[], label: string, typing = false) =>
    b.run('role-frameworks-other', (d) => {
      const role = { ...d.role };
      if (next.length) role.frameworkRefs = next;
      else delete role.frameworkRefs;
      return { ...d, role };
    }, typing ? { coalesceKey: 'role-frameworks-other', label } : { label });
  return html`<fieldset data-path="role.frameworkRefs">
    <legend>${t('frameworks')}</legend>
    ${FRAMEWORKS.map((f) =>
      checkboxField({
        id: `role-framework-${f.id}`, label: t(f.label), checked: refs.some((r) => f.test.test(r)),
        onChange: (on) => {
          const now = current();
          write(on ? [...now.filter(isKnown), f.ref, ...now.filter((r) => !isKnown(r))] : now.filter((r) => !f.test.test(r)), t(f.label));
        },
      }),
    )}
    ${listTextField(b.kit, {
      id: 'role-frameworks-other', label: t('frameworkOther'), hint: t('frameworkOtherHint'), multiline: true, value: others.join('\n'),
      onInput: (v) => write([...current().filter(isKnown), ...v.split('\n').map((s) => s.trim()).filter(Boolean)], t('frameworkOther'), true),
    })}
    ${findings.length ? findingsList(findings, b.ct) : nothing}
  </fieldset>`;
}

export function renderBasics(b: BuilderState): TemplateResult {
  const t = b.t;
  const { role } = b.doc;
  const level = roleLevels.find((l) => l.id === role.level);
  const bands = level?.typicalBands.map((x) => `Band ${x}`).join(' or ');
  const levelHint = level ? (bands ? t(level.bandConfirmed ? 'levelHint' : 'levelHintEstimate', bands) : t('levelHintNoBand')) : undefined;
  const summary = role.title ? t('basicsSummary', role.title) : t('basicsSummaryEmpty');
  return section(b, 'basics', 'basics', t('basicsTitle'), summary, () => {
    const fields = html`
      ${docText(b, { id: 'role-title', path: ['role', 'title'], label: t('jobTitle'), hint: t('jobTitleHint') })}
      <div class="grid">
        ${docSelect(b, {
          id: 'role-level', path: ['role', 'level'], label: t('level'), hint: levelHint, emptyLabel: t('chooseOne'),
          options: roleLevels.map((l) => ({ value: l.id, label: l.label })),
        })}
        ${docSelect(b, {
          id: 'context-setting', path: ['context', 'setting'], label: t('setting'), emptyLabel: t('chooseOne'),
          options: settings.map((s) => ({ value: s.id, label: s.label })),
        })}
        ${docSelect(b, {
          id: 'context-employer', path: ['context', 'employerType'], label: t('employerType'), emptyLabel: t('chooseOne'),
          options: employerTypes.map((e) => ({ value: e.id, label: e.label })),
        })}
        ${docText(b, { id: 'context-service', path: ['context', 'service'], label: t('service') })}
        ${docText(b, { id: 'context-age', path: ['context', 'ageGroup'], label: t('ageGroup') })}
        ${docText(b, { id: 'role-reports-to', path: ['role', 'reportsTo'], label: t('reportsTo'), hint: t('reportsToHint') })}
      </div>
      ${docText(b, { id: 'context-lived', path: ['context', 'livedExperienceFocus'], label: t('livedExperienceFocus'), hint: t('livedExperienceFocusHint') })}
      ${docText(b, { id: 'role-purpose', path: ['role', 'purpose'], label: t('purpose'), hint: t('purposeHint'), multiline: true })}
      ${docText(b, { id: 'role-autonomy', path: ['role', 'autonomy'], label: t('autonomy'), hint: t('autonomyHint'), multiline: true })}
      ${docNumber(b, {
        id: 'role-involvement-cap', path: ['role', 'involvementRequestCap'], label: t('involvementCap'), unit: '%', min: 0, max: 100,
        hint: t('involvementCapHint', b.percent(toolDefaults.maxInvolvementRequestCap)),
      })}
      ${frameworks(b)}
      <div class="grid">
        ${docText(b, { id: 'meta-organisation', path: ['meta', 'organisation'], label: t('organisation') })}
        ${docSelect(b, {
          id: 'meta-status', path: ['meta', 'status'], label: t('status'),
          options: [
            { value: 'draft', label: t('statusDraft') },
            { value: 'review', label: t('statusReview') },
            { value: 'approved', label: t('statusApproved') },
          ],
        })}
        ${docText(b, { id: 'meta-review-date', path: ['meta', 'reviewDate'], label: t('reviewDate'), type: 'date' })}
      </div>`;
    return html`${sectionFindings(b, ['role', 'context', 'meta'])}${fields}`;
  });
}
