/**
 * Team and leadership support, and wellbeing and reasonable adjustments: checkboxes with their
 * findings beside them, and short guidance in our own words with its theme, basis and sources.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Path } from '../../src/store/ops.js';
import { editField, numberField } from '../base/editor-kit/edit-fields.js';
import { checkboxField } from '../base/ui.js';
import type { PlannerView } from './planner-view.js';
import type { SupervisionStrings } from './strings.js';

type Key = keyof SupervisionStrings & string;

function box(v: PlannerView, path: Path, label: Key, hint?: Key): TemplateResult {
  const dotted = path.join('.');
  const id = dotted.replace('.', '-');
  // The effective value: the organisation profile's answer where the role has none.
  const section = v.sources.effective[path[0] as 'team' | 'leadership' | 'wellbeing'] as Record<string, unknown>;
  return html`<div class="check">
    ${checkboxField({
      id, label: v.t(label), hint: hint ? v.t(hint) : undefined, path: dotted, readonly: v.readonly,
      checked: section[path[1] as string] as boolean | undefined, onChange: (on) => v.setBool(path, on),
      note: v.sourceNote(id, path, v.t(label)),
    }, v.ct)}
    ${v.readonly && hint ? html`<p class="hint">${v.t(hint)}</p>` : nothing}
    ${v.findingsBlock(v.findings(dotted))}
  </div>`;
}

/** Evidence behind a piece of guidance: its theme, that it is other evidence (not the study), and sources. */
function meta(v: PlannerView, sources: string): TemplateResult {
  return html`<p class="meta hint">
    <span class="badge" title=${v.ct('themeT2')}>${v.ct('themeShortT2')}</span>
    <span class="badge basis" data-basis="evidence" title=${v.ct('basisEvidenceHint')}>${v.ct('basisEvidence')}</span>
    <span>${v.t('sourcesLine', sources)}</span>
  </p>`;
}

/** Findings about the section as a whole, or about fields it has no control for. */
function leftovers(v: PlannerView, section: string, known: readonly string[]) {
  return v.findings(section).filter((f) => !f.itemId && f.path !== undefined && !known.includes(f.path));
}

const TEAM_FIELDS = ['team.briefingBeforeStart', 'team.briefingCoDeliveredByPeer', 'team.otherPeerWorkers', 'team.peerNetwork', 'team.attendsTeamMeetings'];
const LEAD_FIELDS = ['leadership.namedSponsor', 'leadership.peerLeadInOrganisation', 'leadership.peerVoiceForum'];
const WELL_FIELDS = ['wellbeing.wellnessPlanOffered', 'wellbeing.adjustmentsProcess', 'wellbeing.accessToWorkSignposted'];

export function renderTeam(v: PlannerView): TemplateResult {
  const { t, ct } = v;
  const d = v.document;
  return html`<section class="section" part="team" data-path="team" aria-labelledby="team-heading">
    <h3 id="team-heading" tabindex="-1">${t('teamHeading')}</h3>
    <p class="hint">${t('teamHint')}</p>
    ${v.findingsBlock([...leftovers(v, 'team', TEAM_FIELDS), ...leftovers(v, 'leadership', LEAD_FIELDS)])}
    ${box(v, ['team', 'briefingBeforeStart'], 'briefingBeforeStart')}
    ${box(v, ['team', 'briefingCoDeliveredByPeer'], 'briefingCoDelivered')}
    ${numberField(v.kit, {
      id: 'team-otherPeerWorkers', key: 'team.otherPeerWorkers', label: t('otherPeerWorkers'), value: d.team.otherPeerWorkers, min: 0,
      max: 10000, step: 1, inputmode: 'numeric', readonly: v.readonly, path: 'team.otherPeerWorkers', findings: v.findings('team.otherPeerWorkers'),
      recipe: v.numberAt(['team', 'otherPeerWorkers']),
    }, ct)}
    ${box(v, ['team', 'peerNetwork'], 'peerNetwork')}
    ${box(v, ['team', 'attendsTeamMeetings'], 'attendsTeamMeetings')}
    ${editField(v.kit, {
      id: 'leadership-namedSponsor', key: 'leadership.namedSponsor', label: t('namedSponsor'), hint: t('namedSponsorHint'),
      value: d.leadership.namedSponsor, readonly: v.readonly, path: 'leadership.namedSponsor',
      findings: v.findings('leadership.namedSponsor'), onInput: (value) => v.setText(['leadership', 'namedSponsor'], value),
    }, ct)}
    ${box(v, ['leadership', 'peerLeadInOrganisation'], 'peerLead')}
    ${box(v, ['leadership', 'peerVoiceForum'], 'peerVoiceForum')}
  </section>`;
}

export function renderWellbeing(v: PlannerView): TemplateResult {
  const { t } = v;
  const rest = leftovers(v, 'wellbeing', WELL_FIELDS);
  return html`<section class="section" part="wellbeing" data-path="wellbeing" aria-labelledby="wellbeing-heading">
    <h3 id="wellbeing-heading" tabindex="-1">${t('wellbeingHeading')}</h3>
    ${rest.length ? v.findingsBlock(rest) : nothing}
    ${box(v, ['wellbeing', 'wellnessPlanOffered'], 'wellnessPlan', 'wellnessPlanHint')}
    ${meta(v, 'S41, S44')}
    ${box(v, ['wellbeing', 'adjustmentsProcess'], 'adjustments', 'adjustmentsHint')}
    ${meta(v, 'S41, S42')}
    ${box(v, ['wellbeing', 'accessToWorkSignposted'], 'accessToWork', 'accessToWorkHint')}
    ${meta(v, 'S43')}
  </section>`;
}
