/**
 * The lists a template fills with what only the employer can promise: the supervision pattern, the
 * progression route and the peer-specific training. Each can be a template's suggestion
 * (`meta.suggested`, ./suggestable.ts) as a whole, settled only by Confirm (src/store/suggested.ts).
 * A module of its own, so the store and the editors read it without the field labels.
 */
export const SUGGESTABLE_LISTS = ['supervision.arrangements', 'progression.steps', 'training.peerSpecific'] as const;
