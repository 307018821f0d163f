/**
 * The assessment a view shows (DocumentController.assessment), kept per view. Usually the
 * snapshot's own. After typing (a snapshot with `typing`), the one the view showed last, and the
 * view renders again just after the next frame is painted, with the assessment of the document as
 * it is then: each keystroke reaches the screen before its findings are worked out, and keystrokes
 * that come faster than frames are assessed once. Anything else (a click, a choice, undo, a value
 * set by the page, another document) shows its own assessment in the same render.
 */
import type { Assessment } from '../../src/assess/types.js';
import type { DocumentSnapshot } from './document-context.js';

/** Resolves just after the next frame is painted (a task queued from requestAnimationFrame), or after 100 ms on a page that shows no frames (hidden). */
const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve())));
  });

export class ShownAssessment {
  private snapshot?: DocumentSnapshot;
  private value?: Assessment;
  private catchingUp?: Promise<void>;

  constructor(private readonly rerender: () => void) {}

  /** The assessment to show with snapshot `s`. */
  of(s: DocumentSnapshot): Assessment {
    if (s === this.snapshot) return this.value!;
    // Snapshots of one provider share their `edit`: typing never switches documents.
    if (s.typing && this.value && !this.value.pending && this.snapshot?.edit === s.edit) {
      this.catchingUp ??= afterNextPaint().then(() => {
        this.catchingUp = undefined;
        this.snapshot = undefined;
        this.rerender();
      });
      return this.value;
    }
    this.snapshot = s;
    this.value = s.assessment;
    return this.value;
  }

  /** While the view shows an earlier assessment: resolves when it has been asked to render the current one. */
  get behind(): Promise<void> | undefined {
    return this.catchingUp;
  }
}
