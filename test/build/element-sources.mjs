// What an element's source files say about its public API, found by reading them (no DOM): the
// parts it renders, the custom states it sets, the psw-* events it dispatches and its slots. Used
// by manifest.test.mjs to hold the JSDoc (and so custom-elements.json) to what the code does.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eventTypes, registrations } from '../../scripts/lib/cem-plugins.mjs';

export { registrations };

/**
 * Shared code that renders parts or sets custom states on the elements that use it: a file → what
 * in an element's own sources shows it uses that file. A shared file (components/base, document-runtime)
 * with `part="…"` or `setState('…')` must be listed here (manifest.test.mjs fails until it is), so
 * its parts and states are documented on every element that shows them.
 */
export const SHARED_SOURCES = {
  'components/document-runtime/document-status.ts': /\b(renderStatus|renderDocumentStatus)\(/,
  // Lazily loaded views: the "Loading…" and "Try again" placeholders, :state(loading).
  'components/base/lazy-view.ts': /\bextends Psw(Lazy|Document)Element\b/,
  // Elements bound to the role document: :state(readonly).
  'components/base/document-element.ts': /\bextends PswDocumentElement\b/,
};

/** Files under components/base and components/document-runtime that render parts or set states. */
export function sharedFilesWithParts() {
  return ['components/base', 'components/document-runtime'].filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory())
    .flatMap(walk).filter((f) => f.endsWith('.ts'))
    .filter((f) => {
      const text = readFileSync(f, 'utf8');
      // setState's own definition in PswElement (and overrides) are not states.
      return partsIn(text).parts.size > 0 || partsIn(text).dynamic || /\bsetState\(\s*['"][a-z]/.test(text);
    })
    .map((f) => f.split('\\').join('/'));
}

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

/** The element's own source files: every .ts in its folder except styles (a define module included). */
export function elementFiles(definingModule) {
  return walk(dirname(definingModule)).filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts') && !f.endsWith('.d.ts'));
}

const read = (files) => files.map((f) => readFileSync(f, 'utf8')).join('\n');

/** String literals inside a `${…}` expression ('a b' → ['a', 'b']). */
const literalTokens = (expr) => [...expr.matchAll(/'([^']*)'|"([^"]*)"/g)].flatMap((m) => (m[1] ?? m[2]).split(/\s+/)).filter(Boolean);

/** The closing `}` of a `${` expression that starts at `start` (just after `${`). */
function expressionEnd(text, start) {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** Parts written in templates: `part="a b"`, `part=${cond ? 'a' : 'b'}`; `dynamic` when an expression has no literal. */
export function partsIn(text) {
  const parts = new Set();
  let dynamic = false;
  for (const m of text.matchAll(/\bpart=(?:"([^"]*)"|'([^']*)'|\$\{)/g)) {
    if (m[1] !== undefined || m[2] !== undefined) {
      for (const p of (m[1] ?? m[2]).split(/\s+/).filter(Boolean)) {
        if (p.includes('${')) dynamic = true;
        else parts.add(p);
      }
      continue;
    }
    const start = m.index + m[0].length;
    const tokens = literalTokens(text.slice(start, expressionEnd(text, start)));
    if (!tokens.length) dynamic = true;
    tokens.forEach((p) => parts.add(p));
  }
  return { parts, dynamic };
}

/** Everything the sources of one registered element show about its API. */
export function scanElement({ module }) {
  const own = elementFiles(module);
  const ownText = read(own);
  const shared = Object.entries(SHARED_SOURCES).filter(([file, uses]) => uses.test(ownText) && statSync(file, { throwIfNoEntry: false })).map(([file]) => file);
  const sharedText = read(shared);
  const { parts, dynamic } = partsIn(ownText);
  for (const p of partsIn(sharedText).parts) parts.add(p);

  const stateRe = /\bsetState\(\s*['"]([a-z][a-z0-9-]*)['"]/g;
  const states = new Set([...`${ownText}\n${sharedText}`.matchAll(stateRe)].map((m) => m[1]));

  const types = eventTypes();
  const classToType = Object.fromEntries(Object.entries(types).map(([type, cls]) => [cls, type]));
  const events = new Set([...ownText.matchAll(/\bnew (Psw\w+Event)\(/g)].map((m) => classToType[m[1]]).filter(Boolean));
  // The DocumentController dispatches psw-change from its host after edit/replace/undo/redo.
  const controllers = [...ownText.matchAll(/\b(\w+)\s*=\s*new DocumentController\(/g)].map((m) => m[1]);
  if (controllers.some((c) => new RegExp(`\\b${c}\\.(edit|replace|undo|redo)\\(`).test(ownText))) events.add('psw-change');

  const slots = new Set([...ownText.matchAll(/<slot\b([^>]*)>/g)].map((m) => /\bname="([^"]+)"/.exec(m[1])?.[1] ?? ''));

  return { files: [...own, ...shared], text: ownText, parts, dynamicParts: dynamic, states, events, slots };
}
