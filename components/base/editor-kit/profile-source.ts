/**
 * Where a field's value comes from, when the page supplies an organisation profile: the editors
 * (role builder, supervision planner, and so the designer) show the EFFECTIVE value (the role's own,
 * else the profile's, as `applyOrganisation` makes it) and, under every field the profile answers,
 * a note tied to the control with `aria-describedby`:
 *
 * - the role leaves it unset: "From <organisation>'s profile (confirmed <date>)", the later of the day
 *   all answers were confirmed and the day this one was set (`confirmedOn`);
 * - the role sets its own value (an override for this post): "Set for this post — the
 *   organisation's answer is X", with a button "Use the organisation's answer" that removes the
 *   role's value (one undoable edit through the store).
 *
 * Changing the control sets the role's own value through the editor's usual edit (one undo step).
 * The fields the profile answers are those of `PROFILE_DEFAULTS` and the peer supervision fields of
 * src/organisation/apply.ts. Profile text reaches the page only through Lit text bindings.
 */
import { html } from 'lit';
import type { RoleDocument } from '../../../src/model/schema.js';
import type { OrganisationProfile } from '../../../src/organisation/schema.js';
import { answerFor, applyOrganisation, confirmedOn, PEER_SUPERVISION_FIELDS, PEER_SUPERVISION_TYPES, PROFILE_DEFAULTS } from '../../../src/organisation/apply.js';
import { getIn, setIn, type Path } from '../../../src/store/ops.js';
import { dateTimeFormat, type Localizer } from '../localize.js';
import { own, type FieldNote } from '../ui.js';
import type { EditKit } from './edit-kit.js';
import type { EditStrings } from './strings.js';

const same = (a: Path, b: Path) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The profile's answer for the role field at `path` and the profile field it is (`from`, e.g.
 * "facts.peerOnPanel"), or undefined when the profile does not answer that field.
 */
export function profileAnswer(profile: OrganisationProfile, doc: RoleDocument, path: Path): { answer: unknown; from: string } | undefined {
  const answered = (answer: unknown, from: string) => (answer === undefined ? undefined : { answer, from });
  for (const m of PROFILE_DEFAULTS) if (same(m.path, path)) return answered(answerFor(m, profile, doc), m.from);
  const [a, b, index, field] = path;
  if (a !== 'supervision' || b !== 'arrangements' || typeof index !== 'number' || path.length !== 4) return undefined;
  const arrangement = doc.supervision.arrangements[index];
  if (!arrangement || !PEER_SUPERVISION_TYPES.has(arrangement.type)) return undefined;
  if (!(PEER_SUPERVISION_FIELDS as readonly unknown[]).includes(field)) return undefined;
  return answered(profile.facts.peerSupervision?.[field as (typeof PEER_SUPERVISION_FIELDS)[number]], `facts.peerSupervision.${String(field)}`);
}

export interface FieldSource {
  /** `profile`: the value shown is the profile's; `override`: the role sets its own for this post. */
  kind: 'profile' | 'override';
  /** The profile's answer. */
  answer: unknown;
  /** The day the profile's answer was last confirmed (`confirmedOn`). */
  confirmed: string;
}

/** The document with the profile's answers filled in, and where each field's value comes from. */
export class ProfileSources {
  /** What the role's fields show: the role's own values, and the profile's where it has none. */
  readonly effective: RoleDocument;

  constructor(
    readonly doc: RoleDocument,
    readonly profile: OrganisationProfile | undefined,
  ) {
    this.effective = applyOrganisation(doc, profile);
  }

  /** Where the value at `path` comes from, or undefined when the profile does not answer that field. */
  sourceOf(path: Path): FieldSource | undefined {
    if (!this.profile) return undefined;
    const found = profileAnswer(this.profile, this.doc, path);
    if (!found) return undefined;
    return { kind: getIn(this.doc, path) === undefined ? 'profile' : 'override', answer: found.answer, confirmed: confirmedOn(this.profile, found.from) };
  }

  /** The effective value at `path`. */
  valueAt(path: Path): unknown {
    return getIn(this.effective, path);
  }
}

/** Removes the value at `path` and the objects it leaves empty (below the document's sections). */
function removeAt(doc: RoleDocument, path: Path): RoleDocument {
  let next = setIn(doc, path, undefined);
  for (let depth = path.length - 1; depth >= 2; depth--) {
    const parent = getIn(next, path.slice(0, depth));
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent) || Object.keys(parent).length) break;
    next = setIn(next, path.slice(0, depth), undefined);
  }
  return next;
}

/** The asOf date in the reader's language ("5 December 2026"). */
export function formatAsOf(asOf: string, lang: string): string {
  const d = new Date(`${asOf}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return asOf;
  return dateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export interface SourceNoteOptions {
  /** The control's id: the note's id is `<id>-source`. */
  id: string;
  path: Path;
  sources: ProfileSources;
  kit: EditKit;
  l: Localizer<EditStrings>;
  /** The profile's answer in words (an option's label, "Yes"); default: booleans as yes/no, else as text. */
  format?: (answer: unknown) => string;
  /** The undo step's name (the field's label). */
  label?: string;
  readonly?: boolean;
  /** The control focused after "Use the organisation's answer" (default: `id`). */
  focusId?: string;
}

/** The note for a field the profile answers, or undefined (no profile, or a field it does not answer). */
export function sourceNote(given: SourceNoteOptions): FieldNote | undefined {
  const o = own(given);
  const source = o.sources.sourceOf(o.path);
  const profile = o.sources.profile;
  if (!source || !profile) return undefined;
  const id = `${o.id}-source`;
  const t = o.l.t.bind(o.l);
  if (source.kind === 'profile') {
    return {
      id,
      content: html`<p class="hint profile-source" id=${id} data-source="profile">${t('fromProfile', profile.organisation.name, formatAsOf(source.confirmed, o.l.lang))}</p>`,
    };
  }
  const words = o.format?.(source.answer) ?? (typeof source.answer === 'boolean' ? t(source.answer ? 'answerYes' : 'answerNo') : String(source.answer));
  const use = (e: Event) => {
    const root = (e.currentTarget as Element).getRootNode() as ShadowRoot;
    o.kit.apply(`${o.id}:source`, (d) => removeAt(d, o.path), { label: o.label ?? t('useOrganisation'), action: true });
    // The button goes with the override: focus returns to the field it was about.
    const host = root.host as (Element & { updateComplete?: Promise<unknown> }) | undefined;
    void host?.updateComplete?.then(() => root.getElementById?.(o.focusId ?? o.id)?.focus());
  };
  return {
    id,
    content: html`<p class="hint profile-source" data-source="override">
      <span id=${id}>${t('setForPost', words)}</span>
      ${o.readonly ? '' : html`<button type="button" class="link" @click=${use}>${t('useOrganisation')}</button>`}
    </p>`,
  };
}
