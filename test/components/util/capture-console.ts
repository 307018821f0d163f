/**
 * Records every console.warn and console.error from the moment this module runs. Import it FIRST in
 * a test file (before anything that loads Lit), so warnings issued while modules load — "Multiple
 * versions of Lit loaded" — are seen too. The messages still reach the console.
 */
export const captured: { level: 'warn' | 'error'; text: string }[] = [];

for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    captured.push({ level, text: args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ') });
    original(...args);
  };
}

/** Lit's one generic notice in development builds (not a problem with our code). */
export const isDevModeNotice = (text: string) => /Lit is in dev mode/.test(text);
