// The theming tokens (docs/theming.md): no undefined and no unused token.
// - The public `--psw-*` tokens are read only in the token files (components/base/host.styles.ts,
//   and view-tokens.styles.ts for those only the views use), each once with a fallback (elements look
//   right with no global CSS), and mapped there to private `--_*` variables.
// - docs/theming.md documents exactly the tokens the token files read.
// - Every private variable the token files define is used by some element, and every private
//   variable an element uses is defined (in a token file or the same file).
// - Theme files (themes/*.css) set only documented tokens, in the psw-theme layer on :where(…);
//   themes/default.css sets every token to its default.
// - Element styles measure lengths in the elements' rem (`--_psw-rem`), not in `rem`; container-query
//   conditions, which cannot read it, as `max(Nrem, Nem)` (components/base/host.styles.ts says why).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_FILES, tokenDefaults } from '../../scripts/lib/cem-plugins.mjs';

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const sources = walk('components').filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
const tokenTexts = TOKEN_FILES.map((f) => readFileSync(f, 'utf8'));
const tokenText = tokenTexts.join('\n');
const defaults = tokenDefaults(TOKEN_FILES);
const tokens = Object.keys(defaults).sort();
const isTokenFile = (file) => TOKEN_FILES.includes(file.split('\\').join('/'));
const uniq = (xs) => [...new Set(xs)].sort();
const reads = (text, prefix) => uniq([...text.matchAll(new RegExp(`var\\((${prefix}[a-z0-9-]*)`, 'g'))].map((m) => m[1]));
const defines = (text, prefix) => uniq([...text.matchAll(new RegExp(`(?:^|[\\s;{])(${prefix}[a-z0-9-]*)\\s*:`, 'gm'))].map((m) => m[1]));
const documented = uniq([...readFileSync('docs/theming.md', 'utf8').matchAll(/--psw-[a-z0-9]+(?:-[a-z0-9]+)*/g)].map((m) => m[0]));
const themes = readdirSync('themes').filter((f) => f.endsWith('.css')).map((f) => ({ file: `themes/${f}`, text: readFileSync(join('themes', f), 'utf8') }));

describe('theming tokens', () => {
  it('the token files read the public tokens, each once and with a fallback', () => {
    assert.ok(tokens.length >= 20, `tokens read in ${TOKEN_FILES.join(', ')}: ${tokens.length}`);
    const readIn = tokenTexts.flatMap((text) => reads(text, '--psw-'));
    assert.deepEqual(readIn.filter((t, i) => readIn.indexOf(t) !== i), [], 'tokens read in both token files');
    assert.deepEqual(tokens.filter((t) => defaults[t] === undefined), [], 'tokens read without a fallback');
  });

  it('no other file reads a --psw-* token (elements use the private --_* variables)', () => {
    const offenders = sources.filter((s) => !isTokenFile(s.file) && reads(s.text, '--psw-').length)
      .map((s) => `${s.file}: ${reads(s.text, '--psw-').join(', ')}`);
    assert.deepEqual(offenders, []);
  });

  it('docs/theming.md documents exactly the tokens the token files read', () => {
    assert.deepEqual(tokens.filter((t) => !documented.includes(t)), [], 'read but not documented');
    assert.deepEqual(documented.filter((t) => !tokens.includes(t)), [], 'documented but never read');
  });

  it('every private variable is defined once in the token files and used by an element', () => {
    const privates = defines(tokenText, '--_');
    assert.ok(privates.length >= tokens.length - 1, 'the token files map the tokens to --_* variables');
    const definedIn = tokenTexts.flatMap((text) => defines(text.replace(/@media[^{]*\{[\s\S]*$/, ''), '--_'));
    assert.deepEqual(definedIn.filter((v, i) => definedIn.indexOf(v) !== i), [], 'defined in both token files');
    const others = sources.filter((s) => !isTokenFile(s.file));
    const unused = privates.filter((v) => !others.some((s) => reads(s.text, '--_').includes(v)));
    assert.deepEqual(unused, [], 'defined in a token file, read by no element');
    const undefinedVars = others.flatMap((s) => reads(s.text, '--_')
      .filter((v) => !privates.includes(v) && !defines(s.text, '--_').includes(v)).map((v) => `${s.file}: ${v}`));
    assert.deepEqual(undefinedVars, [], 'read but defined nowhere');
  });

  it('theme files set only documented tokens, in @layer psw-theme on :where(…)', () => {
    assert.ok(themes.some((t) => t.file === 'themes/nhs.css'), 'themes/nhs.css exists');
    for (const { file, text } of themes) {
      const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
      const set = defines(css, '--psw-');
      assert.ok(set.length > 0, `${file} sets tokens`);
      assert.deepEqual(set.filter((t) => !tokens.includes(t)), [], `${file} sets undocumented tokens`);
      assert.deepEqual(reads(css, '--psw-').filter((t) => !tokens.includes(t)), [], `${file} reads undocumented tokens`);
      assert.match(css, /@layer psw-theme\s*\{/, `${file}: rules in the psw-theme layer`);
      assert.match(css, /:where\(/, `${file}: selectors inside :where() (no specificity)`);
      assert.doesNotMatch(css, /!important/, `${file}: no !important (host rules must win)`);
    }
  });

  it('element styles measure in --_psw-rem, not rem; container-query conditions in max(Nrem, Nem)', () => {
    const rem = sources.flatMap(({ file, text }) => text.split('\n')
      .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
      // Allowed: --_psw-rem's own definition, and the host's floor under an inherited text size
      // (components/base/host.styles.ts), which must not depend on the host's own size.
      .filter(({ line }) => /(?<![\w.-])\d*\.?\d+rem\b/.test(line) && !/@container|--_psw-rem:|^\s*font-size: max\(1em, [\d.]+rem\);$|^\s*(\*|\/\/|\/\*)/.test(line)));
    assert.deepEqual(rem.map(({ at, line }) => `${at} ${line.trim()}`), []);
    const conditions = sources.flatMap(({ file, text }) => [...text.matchAll(/@container \(([^{]*)\)\s*\{/g)].map((m) => `${file}: ${m[1]}`));
    assert.ok(conditions.length > 0, 'container queries found');
    assert.deepEqual(conditions.filter((c) => !/: max-inline-size: max\((\d+)rem, \1em\)$/.test(c)), []);
  });

  it('themes/default.css sets every token to its default', () => {
    const css = readFileSync('themes/default.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const values = Object.fromEntries([...css.matchAll(/(--psw-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
    assert.deepEqual(Object.keys(values).sort(), tokens);
    for (const t of tokens) assert.equal(values[t], defaults[t], t);
  });
});
