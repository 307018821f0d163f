/** Small helpers the library's view and panels share: words for statuses, readiness and settings. */
import { settings } from '../../src/catalogue/settings.js';
import type { Localizer } from '../base/localize.js';
import type { libraryStrings } from './strings.js';

export type T = Localizer<typeof libraryStrings>['t'];

export const statusKey = { draft: 'statusDraft', review: 'statusReview', approved: 'statusApproved' } as const;
export const readinessKey = { incomplete: 'readinessIncomplete', 'needs-attention': 'readinessNeedsAttention', ready: 'readinessReady' } as const;
export const settingLabel = (id: string | undefined) => (id ? settings.find((s) => s.id === id)?.label ?? id : '');
export const titleOf = (t: T, item: { title: string }) => item.title || t('untitled');
