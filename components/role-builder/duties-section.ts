/**
 * The duties editor: the balance, "Add duty" with its kind, and three groups (core, flexible,
 * excluded) each with a short evidence-based explanation. Duties live in one `duties` list; a
 * group shows the duties of its kind in list order. Long roles (over `compactThreshold` duties)
 * show each duty as one line until opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Finding } from '../../src/assess/types.js';
import { commonExclusions } from '../../src/catalogue/exclusions.js';
import type { Duty, DutyKind } from '../../src/model/schema.js';
import { newId } from '../../src/model/ids.js';
import { addItem } from '../../src/store/list-ops.js';
import { refusedNote } from '../base/editor-kit/edit-fields.js';
import { renderBalance } from '../base/balance.js';
import { radioGroup, selectField } from '../base/ui.js';
import { pathUnder } from '../document-runtime/document-controller.js';
import type { BuilderState as Builder } from './builder-state.js';
import { section, sectionFindings } from './section-frame.js';
import { KINDS, groupLabel, kindLabel, renderDuty, type DutyPlace } from './duty-row.js';
import { dutyGroupGuidance, guidanceMeta } from './guidance.js';
import { toolDefaults } from './thresholds.js';

const introKey = { core: 'groupCoreIntro', flexible: 'groupFlexibleIntro', excluded: 'groupExcludedIntro' } as const;

/** Every pending finding about a duty, by duty id (by `itemId`, else by the index in its path). */
function findingsByDuty(b: Builder, duties: readonly Duty[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  const ids = new Set(duties.map((d) => d.id));
  for (const f of b.pendingFindings()) {
    // A duty's id names a duty only in the duties' paths (a boundary may have the same id).
    if (f.path !== undefined && !pathUnder(f.path, 'duties')) continue;
    let id = f.itemId !== undefined && ids.has(f.itemId) ? f.itemId : undefined;
    if (id === undefined && f.path !== undefined) {
      const m = /^duties\[(\d+)\]/.exec(f.path);
      if (m) id = duties[Number(m[1])]?.id;
    }
    if (id === undefined) continue;
    const list = map.get(id);
    if (list) list.push(f);
    else map.set(id, [f]);
  }
  return map;
}

function addDuty(b: Builder): void {
  const kind = b.ui.addKind;
  const id = newId();
  const done = b.run('add-duty', (d) => addItem(d, ['duties'], { id, title: '', kind }), { label: b.t('addDuty'), action: true });
  if (!done) return;
  b.ui.expandedDuties.add(id);
  if (kind === 'flexible') b.ui.openLimits.add(id);
  b.toggle(`group-${kind}`, true);
  b.focusLater(`duty-${id}-title`);
  b.announce(b.t('dutyAdded', kindLabel(b, kind)));
}

/** The duties' titles, lower case, per duties list (a new list only when the duties change; typing elsewhere keeps it). */
const titlesOf = new WeakMap<readonly Duty[], Set<string>>();
/**
 * Each duty's title as `dutyTitles` compares it, by place, for the duties list seen last: a keystroke
 * makes a new list in which one duty is a new object, so one title is lower-cased again, not all.
 */
let lastDuties: readonly Duty[] = [];
let lastTitles: string[] = [];
function dutyTitles(duties: readonly Duty[]): Set<string> {
  let titles = titlesOf.get(duties);
  if (!titles) {
    const keys = duties.map((d, i) => (lastDuties[i] === d ? lastTitles[i]! : d.title.trim().toLowerCase()));
    lastDuties = duties;
    lastTitles = keys;
    titlesOf.set(duties, (titles = new Set(keys)));
  }
  return titles;
}

function exclusionPicker(b: Builder): unknown {
  const have = dutyTitles(b.doc.duties);
  const options = commonExclusions.filter((e) => !have.has(e.label.toLowerCase()));
  if (!options.length) return nothing;
  const pick = options.some((e) => e.id === b.ui.exclusionPick) ? b.ui.exclusionPick : '';
  // Made again only when the choices, the pick or the picker's refused input change: typing in a
  // duty's title changes the titles, rarely which common exclusions are left to pick.
  return guard([options.map((e) => e.id).join(), pick, b.rowKey('exclusion-')], () => exclusionControls(b, options, pick));
}

function exclusionControls(b: Builder, options: typeof commonExclusions, pick: string): TemplateResult {
  const t = b.t;
  const add = () => {
    const entry = commonExclusions.find((e) => e.id === pick);
    if (!entry) return;
    const id = newId();
    const duty: Duty = { id, title: entry.label, kind: 'excluded', exclusionReason: entry.description };
    if (!b.run('exclusion-pick', (d) => addItem(d, ['duties'], duty), { label: t('addExclusion'), action: true })) return;
    b.ui.exclusionPick = '';
    b.ui.expandedDuties.add(id);
    b.focusLater(`duty-${id}-reason`);
    b.announce(t('exclusionAdded', entry.label));
  };
  return html`<div class="exclusion-picker">
    ${selectField({
      id: 'exclusion-pick', label: t('commonExclusion'), hint: t('commonExclusionHint'), value: pick, emptyLabel: t('chooseOne'),
      options: options.map((e) => ({ value: e.id, label: e.label })),
      onChange: (v) => {
        b.ui.exclusionPick = v;
        b.requestUpdate();
      },
    })}
    <div class="actions"><button type="button" class="secondary" id="exclusion-add" ?disabled=${!pick} @click=${add}>${t('addExclusion')}</button></div>
    ${refusedNote(b.kit, 'exclusion-pick')}
  </div>`;
}

const sameFinding = (a: Finding, b: Finding) =>
  a.ruleId === b.ruleId && a.severity === b.severity && a.path === b.path && a.message === b.message && a.fix === b.fix;

/**
 * The findings a duty row showed last time, per builder and duty id: while a new assessment finds
 * the same (by content; every assessment makes new finding objects), the row gets the same array
 * back, so `guard` sees no change without building a key of every row's messages on each keystroke.
 */
const lastRowFindings = new WeakMap<Builder, Map<string, readonly Finding[]>>();
function stableFindings(b: Builder, id: string, findings: readonly Finding[]): readonly Finding[] {
  let byId = lastRowFindings.get(b);
  if (!byId) lastRowFindings.set(b, (byId = new Map()));
  const last = byId.get(id);
  // The assessment keeps the finding objects of a duty it did not check again: identity first.
  if (last && last.length === findings.length && last.every((f, i) => f === findings[i] || sameFinding(f, findings[i]!))) return last;
  byId.set(id, findings);
  return findings;
}

/**
 * Everything a duty row shows or its handlers use, for `guard`: a keystroke changes one duty, and
 * the other rows (a thousand in a long role) are not made again while none of this changes. The
 * duty is compared by identity (an edit makes a new object for the duty it changes), its findings
 * by content (see stableFindings), and the neighbours by id (where focus goes after a removal).
 */
function rowDeps(b: Builder, p: DutyPlace, findings: readonly Finding[]): unknown[] {
  const id = p.duty.id;
  return [
    p.duty, p.index, p.pos, p.count, p.compact, b.ui.expandedDuties.has(id), b.ui.openLimits.has(id), b.rowKey(`duty-${id}-`),
    p.siblings[p.pos - 1]?.id, p.siblings[p.pos + 1]?.id, stableFindings(b, id, findings),
  ];
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A token for a group's list of rows, per builder and kind: the same object while every row's
 * `rowDeps` are the same as last time (same duties in the same places, findings, open state), so
 * `guard` skips the whole list and `repeat` does not walk its rows again. A keystroke changes one
 * duty, so only its group's list is looked at; each row inside it still has its own `guard`.
 */
const lastLists = new WeakMap<Builder, Map<DutyKind, { deps: readonly unknown[][]; token: object }>>();
function listToken(b: Builder, kind: DutyKind, rows: readonly { deps: unknown[] }[]): object {
  let byKind = lastLists.get(b);
  if (!byKind) lastLists.set(b, (byKind = new Map()));
  const last = byKind.get(kind);
  if (last && last.deps.length === rows.length && rows.every((r, i) => sameDeps(r.deps, last.deps[i]!))) return last.token;
  const token = {};
  byKind.set(kind, { deps: rows.map((r) => r.deps), token });
  return token;
}

function renderGroup(
  b: Builder,
  kind: DutyKind,
  places: readonly { duty: Duty; index: number }[],
  compact: boolean,
  byDuty: Map<string, Finding[]>,
): TemplateResult {
  const t = b.t;
  const id = `group-${kind}`;
  const open = b.isOpen(id);
  const share = places.reduce((sum, p) => sum + (p.duty.timeShare ?? 0), 0);
  const siblings = places.map((p) => p.duty);
  // Findings of the duties in a closed group are counted as shown: the group heading gives the count.
  const hidden = open ? [] : places.flatMap((p) => byDuty.get(p.duty.id) ?? []);
  b.markShown(hidden);
  // Findings count as shown now (repeat runs later), before the sections after this one ask.
  const rows = open
    ? places.map((p, pos) => {
        const findings = byDuty.get(p.duty.id) ?? [];
        b.markShown(findings);
        const place: DutyPlace = { duty: p.duty, index: p.index, pos, count: places.length, siblings, compact, findings: [...findings] };
        return { id: p.duty.id, place, deps: rowDeps(b, place, findings) };
      })
    : [];
  // A list holding one-line rows has no gap between them (the rows have their own margin).
  const lines = compact && rows.some((r) => !b.ui.expandedDuties.has(r.id));
  return html`<div class="duty-group" data-kind=${kind}>
    <h4 class="group-heading">
      <button type="button" class="disclosure" id="${id}-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-body"
        @click=${() => b.toggle(id)}>
        <span class="chevron" aria-hidden="true"></span>${groupLabel(b, kind)}
        <span class="group-meta">(${t('groupCount', places.length)}${share ? html`, ${t('groupShare', b.percent(share))}` : nothing})</span>
      </button>
      ${hidden.length ? html`<span class="badge">${t('checksCount', hidden.length)}</span>` : nothing}
    </h4>
    <div id="${id}-body" ?hidden=${!open}>
      ${open
        ? html`${guard([b.rowKey(`${id}-`)], () => html`<p class="group-intro">${t(introKey[kind])} ${guidanceMeta(dutyGroupGuidance[kind], b.ct)}</p>`)}
            ${rows.length
              ? html`<ol class=${lines ? 'duty-list plain lines' : 'duty-list plain'}>${guard([listToken(b, kind, rows)], () =>
                  repeat(rows, (r) => r.id, (r) => guard(r.deps, () => renderDuty(b, r.place))))}</ol>`
              : html`<p class="hint">${t('groupEmpty')}</p>`}
            ${kind === 'excluded' && !b.readonly ? exclusionPicker(b) : nothing}`
        : nothing}
    </div>
  </div>`;
}

export function renderDuties(b: Builder): TemplateResult {
  const t = b.t;
  const duties = b.doc.duties;
  const places: Record<DutyKind, { duty: Duty; index: number }[]> = { core: [], flexible: [], excluded: [] };
  duties.forEach((duty, index) => places[duty.kind].push({ duty, index }));
  const summary = t('dutiesSummary', places.core.length, places.flexible.length, places.excluded.length);
  return section(b, 'duties', 'duties', t('dutiesTitle'), summary, () => {
    const compact = duties.length > b.compactThreshold;
    const byDuty = findingsByDuty(b, duties);
    const groups = KINDS.map((kind) => renderGroup(b, kind, places[kind], compact, byDuty));
    // The balance and "Add duty" change rarely while someone types: each is made again only when
    // what it shows changes (guard), not on every keystroke.
    const add = b.readonly
      ? nothing
      : guard([b.ui.addKind, b.rowKey('add-duty')], () => html`<div class="add-duty" data-path="duties">
          ${radioGroup({
            name: 'new-duty-kind', legend: t('newDutyKind'), value: b.ui.addKind,
            options: KINDS.map((k) => ({ value: k, label: kindLabel(b, k) })),
            onChange: (v) => {
              b.ui.addKind = v as DutyKind;
              b.requestUpdate();
            },
          })}
          <div class="actions"><button type="button" id="add-duty" @click=${() => addDuty(b)}>${t('addDuty')}</button></div>
          ${refusedNote(b.kit, 'add-duty')}
        </div>`);
    const balance = b.assessment?.balance;
    return html`
      ${sectionFindings(b, ['duties'])}
      ${b.readonly ? nothing : html`<p class="hint">${t('dutiesIntro')}</p>`}
      ${balance
        ? guard([b.rowKey('balance-'), ...Object.values(balance)], () => html`<div class="balance" part="balance">
            ${renderBalance(balance, { t: b.ct, percent: (n) => b.percent(n), thresholds: toolDefaults.balance, headingLevel: 4 })}
          </div>`)
        : nothing}
      ${add}
      ${compact ? html`<p class="hint">${t('compactNote', duties.length)}</p>` : nothing}
      ${groups}
    `;
  });
}
