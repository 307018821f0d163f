/**
 * Types `text` into the focused control as one burst, the way a person typing steadily does, however
 * slow the machine: `Date` shows one fixed time while the keys go in, so no pause between two keys can
 * pass the document's window for merging typing into one undo step (src/store/store.ts, 1 s). On a
 * loaded machine one key through the test runner can take longer than that. Timers keep running;
 * only `Date` is held, and it is put back afterwards.
 */
import { sendKeys } from '@web/test-runner-commands';

export async function typeBurst(text: string): Promise<void> {
  const RealDate = Date;
  const fixed = RealDate.now();
  class HeldDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [string]));
      else super(fixed);
    }

    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = HeldDate as DateConstructor;
  try {
    await sendKeys({ type: text });
  } finally {
    globalThis.Date = RealDate;
  }
}
