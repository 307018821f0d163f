/**
 * The top of the insights: readiness, banding readiness (with what is missing) and the number of
 * findings of each severity, in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Assessment, BandingItem, Readiness } from '../../src/assess/types.js';
import type { Localizer } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import { SEVERITIES, severityKey } from './findings-view.js';
import type { InsightsStrings } from './strings.js';

type T = Localizer<InsightsStrings>;
type C = Localizer<CommonStrings>;

const READINESS: Record<Readiness, { key: keyof InsightsStrings; hint: keyof InsightsStrings }> = {
  incomplete: { key: 'readinessIncomplete', hint: 'readinessHintIncomplete' },
  'needs-attention': { key: 'readinessNeedsAttention', hint: 'readinessHintNeedsAttention' },
  ready: { key: 'readinessReady', hint: 'readinessHintReady' },
};

export function renderSummary(l: T, c: C, a: Assessment, onGo: (item: BandingItem) => void): TemplateResult {
  const r = READINESS[a.readiness];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) counts[f.severity]++;
  const missingItems: readonly (BandingItem | { label: string; path?: undefined; id?: undefined })[] =
    a.banding.missingItems ?? a.banding.missing.map((label) => ({ label }));
  return html`<dl class="glance">
    <div class="glance-item readiness" data-readiness=${a.readiness}>
      <dt>${l.t('readinessLabel')}</dt>
      <dd>
        <span class="badge status" data-readiness=${a.readiness}>${l.t(r.key as 'readinessReady')}</span>
        <span class="hint">${l.t(r.hint as 'readinessHintReady')}</span>
      </dd>
    </div>
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
                    ${item.path !== undefined
                      ? html`<button type="button" class="link" aria-describedby="banding-${i}" @click=${() => onGo(item as BandingItem)}>
                          ${c.t('goToField')}
                        </button>`
                      : nothing}
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
  </dl>`;
}
