/**
 * The top of the insights: readiness (or the input refused that fields on the page hold), banding readiness (with what is missing), the number of
 * findings of each severity, in words, and, when the page does not include every part of the role
 * that has something to fix or check, how much of it can be done here and where the rest is edited.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, BandingItem, Readiness } from '../../src/assess/types.js';
import type { HeldInput } from '../document-runtime/editor-registry.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import { SEVERITIES, severityKey } from './findings-view.js';
import type { InsightsStrings } from './strings.js';
import { placeKey, type PlaceCounts } from './where-edited.js';

type T = Localizer<InsightsStrings>;
type C = Localizer<CommonStrings>;

const READINESS: Record<Readiness, { key: keyof InsightsStrings; hint: keyof InsightsStrings }> = {
  incomplete: { key: 'readinessIncomplete', hint: 'readinessHintIncomplete' },
  'needs-attention': { key: 'readinessNeedsAttention', hint: 'readinessHintNeedsAttention' },
  ready: { key: 'readinessReady', hint: 'readinessHintReady' },
};

export interface SummaryPlaces {
  /** What there is to fix or check here and elsewhere; undefined when the page's editors are not known. */
  counts?: PlaceCounts;
  /** Where a field is edited, in words, when no editor on the page edits it; else undefined. */
  elsewhere: (path: string) => string | undefined;
  /** The input refused that fields on the page hold (the role is judged without it). */
  held: readonly HeldInput[];
  /** Shows the field at `path` in the editor that edits it. */
  onGo: (path: string, itemId?: string) => void;
}

/** A "Go to the field" button described by the line `labelId`, or where the field is edited. */
function goTo(c: C, places: SummaryPlaces, path: string | undefined, labelId: string, itemId?: string): TemplateResult | typeof nothing {
  if (path === undefined) return nothing;
  const where = places.elsewhere(path);
  if (where !== undefined) return html`<span class="elsewhere">${where}</span>`;
  return html`<button type="button" class="link" aria-describedby=${labelId} @click=${() => places.onGo(path, itemId)}>${c.t('goToField')}</button>`;
}

/** The readiness: the assessment's, unless a field holds input the role refused (then that, listed). */
function renderReadiness(l: T, c: C, a: Assessment, places: SummaryPlaces): TemplateResult {
  const held = places.held;
  if (!held.length) {
    const r = READINESS[a.readiness];
    return html`<div class="glance-item readiness" data-readiness=${a.readiness}>
      <dt>${l.t('readinessLabel')}</dt>
      <dd>
        <span class="badge status" data-readiness=${a.readiness}>${l.t(r.key as 'readinessReady')}</span>
        <span class="hint">${l.t(r.hint as 'readinessHintReady')}</span>
      </dd>
    </div>`;
  }
  return html`<div class="glance-item readiness" data-readiness="held">
    <dt>${l.t('readinessLabel')}</dt>
    <dd>
      <span class="badge status" data-readiness="held">${l.t('readinessHeld')}</span>
      <span class="hint">${l.t('readinessHintHeld', held.length)}</span>
      <ul class="held-list">
        ${held.map((h, i) => html`<li><span id="held-${i}">${h.message}</span> ${goTo(c, places, h.path, `held-${i}`, h.itemId)}</li>`)}
      </ul>
    </dd>
  </div>`;
}

function renderPlaces(l: T, counts: PlaceCounts | undefined): TemplateResult | typeof nothing {
  if (!counts?.elsewhere.length) return nothing;
  return html`<div class="glance-item where" part="where">
    <dt>${l.t('whereLabel')}</dt>
    <dd>
      <ul class="where-list plain">
        <li data-place="here">${l.t('whereHere', counts.here)}</li>
        ${counts.elsewhere.map(
          (e) => html`<li data-place=${e.place ?? 'none'}>
            ${e.place ? l.t('whereElsewhere', e.count, l.t(placeKey[e.place] as 'placeBoundaries')) : l.t('whereNowhere', e.count)}
          </li>`,
        )}
      </ul>
      <span class="hint">${l.t('whereHint')}</span>
    </dd>
  </div>`;
}

export function renderSummary(l: T, c: C, a: Assessment, places: SummaryPlaces): TemplateResult {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) counts[f.severity]++;
  const missingItems: readonly (BandingItem | { label: string; path?: undefined; id?: undefined })[] =
    a.banding.missingItems ?? a.banding.missing.map((label) => ({ label }));
  return html`<dl class="glance">
    ${renderReadiness(l, c, a, places)}
    <div class="glance-item banding" data-ready=${a.banding.ready ? 'true' : 'false'}>
      <dt>${l.t('bandingLabel')}</dt>
      <dd>
        <span class="badge status" data-ready=${a.banding.ready ? 'true' : 'false'}
          >${a.banding.ready ? l.t('bandingReady') : l.t('bandingNotReady', a.banding.missing.length)}</span
        >
        <span class="hint">${l.t('bandingHint')}</span>
        ${a.banding.ready || missingItems.length === 0
          ? nothing
          : html`<details class="banding-missing">
              <summary>${l.t('bandingMissingSummary', missingItems.length)}</summary>
              <ul>
                ${missingItems.map(
                  (item, i) => html`<li>
                    <span id="banding-${i}">${item.label}</span>
                    ${goTo(c, places, item.path, `banding-${i}`)}
                  </li>`,
                )}
              </ul>
            </details>`}
      </dd>
    </div>
    <div class="glance-item counts">
      <dt>${l.t('countsLabel')}</dt>
      <dd>
        <ul class="count-list plain">
          ${SEVERITIES.map(
            (s) => html`<li data-severity=${s}><span class="severity" data-severity=${s}>${l.t('countItem', c.t(severityKey[s]), counts[s])}</span></li>`,
          )}
        </ul>
      </dd>
    </div>
    ${renderPlaces(l, places.counts)}
  </dl>`;
}
