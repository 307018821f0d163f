// Plugins for @custom-elements-manifest/analyzer (custom-elements-manifest.config.mjs), so that
// custom-elements.json says what the JSDoc says and nothing misleading:
// - events: the analyzer records `this.dispatchEvent(new PswChangeEvent(…))` as an event with a type
//   and no name; such entries are dropped (the `@fires` JSDoc names the event), and each named psw-*
//   event gets the type of its class from components/base/events.ts;
// - CSS custom properties: every `@cssprop` gets its default from TOKEN_FILES,
//   the files that read the public `--psw-*` tokens;
// - registrations: each `Psw….define('psw-…')` becomes a `custom-element-definition` export of the
//   module that makes it, which is what IDE plugins and framework wrappers look for.
// `@cssstate` is native to analyzer 0.11 (→ `cssStates`); no plugin needed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** `{ 'psw-change': 'PswChangeEvent', … }` from the event classes' `static readonly type = '…'`. */
export function eventTypes(file = 'components/base/events.ts') {
  const text = readFileSync(file, 'utf8');
  const map = {};
  for (const m of text.matchAll(/export class (\w+) extends Event \{\s*static readonly type = '([^']+)'/g)) map[m[2]] = m[1];
  return map;
}

/**
 * The files that read the public `--psw-*` tokens: the host styles every element has, and the tokens
 * only the views use (which arrive with the views, not in the drop-in entry).
 */
export const TOKEN_FILES = ['components/base/host.styles.ts', 'components/base/view-tokens.styles.ts'];

/**
 * A size default written in the elements' rem (`--_psw-rem`, components/base/host.styles.ts) as the
 * rem it equals on a page that keeps the browser's root font size: `calc(0.875 * var(--_psw-rem))`
 * is `0.875rem`.
 */
const publicSize = (value) => value
  .replace(/calc\(([\d.]+) \* var\(--_psw-rem\)\)/g, '$1rem')
  .replace(/var\(--_psw-rem\)/g, '1rem');

/** The text of `var(--name, fallback)` calls in CSS source: `{ '--psw-x': 'fallback' }` (nested parentheses kept). */
export function tokenDefaults(files = TOKEN_FILES) {
  const text = [files].flat().map((file) => readFileSync(file, 'utf8')).join('\n');
  const out = {};
  const re = /var\((--psw-[a-z0-9-]+)\s*(,)?/g;
  let m;
  while ((m = re.exec(text))) {
    let value;
    if (m[2]) {
      let depth = 1;
      let i = re.lastIndex;
      for (; i < text.length && depth > 0; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
      }
      value = text.slice(re.lastIndex, i - 1).trim();
    }
    out[m[1]] ??= value && publicSize(value);
  }
  return out;
}

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});

/** Every `X.define('psw-…')` in components/: `[{ tag, className, module }]` (module: the defining file). */
export function registrations(root = 'components') {
  const found = [];
  for (const file of walk(root).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(Psw\w+)\.define\(\s*'(psw-[a-z0-9-]+)'/g)) {
      found.push({ tag: m[2], className: m[1], module: relative('.', file).split(sep).join('/') });
    }
  }
  return found;
}

const declarationsOf = (manifest) => manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ mod, d })));

export function pswEventsPlugin() {
  return {
    name: 'psw-events',
    packageLinkPhase({ customElementsManifest }) {
      const types = eventTypes();
      for (const { d } of declarationsOf(customElementsManifest)) {
        if (!d.events) continue;
        d.events = d.events.filter((e) => e.name);
        for (const e of d.events) if (!e.type && types[e.name]) e.type = { text: types[e.name] };
        if (!d.events.length) delete d.events;
      }
    },
  };
}

export function pswTokenDefaultsPlugin() {
  return {
    name: 'psw-token-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const defaults = tokenDefaults();
      for (const { d } of declarationsOf(customElementsManifest)) {
        for (const p of d.cssProperties ?? []) if (p.default === undefined && defaults[p.name] !== undefined) p.default = defaults[p.name];
      }
    },
  };
}

export function pswDefinitionsPlugin() {
  return {
    name: 'psw-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const byClass = new Map(declarationsOf(customElementsManifest).map(({ mod, d }) => [d.name, mod.path]));
      for (const { tag, className, module } of registrations()) {
        const declared = byClass.get(className);
        if (!declared) continue;
        let mod = customElementsManifest.modules.find((m) => m.path === module);
        if (!mod) {
          mod = { kind: 'javascript-module', path: module, declarations: [], exports: [] };
          customElementsManifest.modules.push(mod);
        }
        mod.exports ??= [];
        if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: declared } });
        }
      }
    },
  };
}
