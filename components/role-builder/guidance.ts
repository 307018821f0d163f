/**
 * Where the builder's guidance comes from: each explanation is tied to the study's themes, a basis
 * and source ids listed in docs/sources.md. Basis "study" only where the
 * study's abstract states it (T1: flexibility with some structure and boundaries).
 */
import { html, type TemplateResult } from 'lit';
import type { Basis } from '../../src/assess/types.js';
import type { ThemeId } from '../../src/catalogue/ids.js';
import type { DutyKind } from '../../src/model/schema.js';
import type { CommonT } from '../base/ui.js';

export interface Guidance {
  themes: readonly ThemeId[];
  basis: Basis;
  sources: readonly string[];
}

export const dutyGroupGuidance: Readonly<Record<DutyKind, Guidance>> = {
  // "Roles need flexibility with some structure and boundaries" (abstract): core duties are the structure.
  core: { themes: ['T1'], basis: 'study', sources: ['S1'] },
  // The same theme: flexibility, bounded. "Agreed and reviewed" is how this tool makes bounds explicit.
  flexible: { themes: ['T1'], basis: 'study', sources: ['S1'] },
  // Drift into ward tasks, team admin and involvement requests: named in adverts and trust sources (T4).
  excluded: { themes: ['T4'], basis: 'evidence', sources: ['S31-g', 'S36', 'S34'] },
};

const basisKey = { study: 'basisStudy', evidence: 'basisEvidence', heuristic: 'basisHeuristic' } as const;
const basisHintKey = { study: 'basisStudyHint', evidence: 'basisEvidenceHint', heuristic: 'basisHeuristicHint' } as const;

/** Theme badges, basis and sources, as findings show them. */
export function guidanceMeta(g: Guidance, ct: CommonT): TemplateResult {
  return html`<span class="meta">
    ${g.themes.map((th) => html`<span class="badge" title=${ct(`theme${th}`)}>${ct(`themeShort${th}`)}</span>`)}
    <span class="badge basis" data-basis=${g.basis} title=${ct(basisHintKey[g.basis])}>${ct(basisKey[g.basis])}</span>
    <span>${ct('sources')}: ${g.sources.join(', ')}</span>
  </span>`;
}
