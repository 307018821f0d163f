/**
 * The assessment a view shows (DocumentController.assessment), kept per view. Usually the
 * snapshot's own. After typing (a snapshot with `typing`), the one the view showed last; just after
 * the next frame is painted the view is given the assessment of the document as it is then, and
 * renders again if that says anything else. Each keystroke reaches the screen before its findings
 * are worked out, and keystrokes that come faster than frames are assessed once. Anything else (a
 * click, a choice, undo, a value set by the page, another document) shows its own assessment in
 * the same render.
 */
import type { Assessment } from '../../src/assess/types.js';
import type { DocumentSnapshot } from './document-context.js';

/** Resolves just after the next frame is painted (a task queued from requestAnimationFrame), or after 100 ms on a page that shows no frames (hidden). */
const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve())));
  });

/** Whether two values hold the same data (parts the assessment kept from the one before are the same objects). */
const sameData = (a: unknown, b: unknown): boolean =>
  a === b ||
  (typeof a === 'object' && typeof b === 'object' && !!a && !!b &&
    Object.keys(a).length === Object.keys(b).length &&
    Object.keys(a).every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])));

export class ShownAssessment {
  private snapshot?: DocumentSnapshot;
  private value?: Assessment;
  private catchingUp?: Promise<void>;

  /** `current`: the view's snapshot now; `rerender`: asks the view to render again. */
  constructor(
    private readonly current: () => DocumentSnapshot | undefined,
    private readonly rerender: () => void,
  ) {}

  /** The assessment to show with snapshot `s`. */
  of(s: DocumentSnapshot): Assessment {
    if (s === this.snapshot) return this.value!;
    // Snapshots of one provider share their `edit`: typing never switches documents.
    if (s.typing && this.value && !this.value.pending && this.snapshot?.edit === s.edit) {
      this.catchingUp ??= afterNextPaint().then(() => this.catchUp());
      return this.value;
    }
    this.snapshot = s;
    this.value = s.assessment;
    return this.value;
  }

  /**
   * Just after the paint: the current assessment. The view renders again only when it says
   * something else than the one on screen (typing in a description seldom changes a finding).
   */
  private catchUp(): void {
    this.catchingUp = undefined;
    const s = this.current();
    if (s && this.value && sameData(s.assessment, this.value)) {
      this.snapshot = s;
      this.value = s.assessment;
      return;
    }
    this.snapshot = undefined;
    this.rerender();
  }

  /** While the view shows an earlier assessment: resolves when it shows, or has been asked to render, the current one. */
  get behind(): Promise<void> | undefined {
    return this.catchingUp;
  }
}
