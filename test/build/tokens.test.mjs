// The theming tokens (docs/theming.md): no undefined and no unused token.
// - The public `--psw-*` tokens are read only in components/base/host.styles.ts, each with a
//   fallback (elements look right with no global CSS), and mapped there to private `--_*` variables.
// - docs/theming.md documents exactly the tokens host.styles.ts reads.
// - Every private variable host.styles.ts defines is used by some element, and every private
//   variable an element uses is defined (in host.styles.ts or the same file).
// - Theme files (themes/*.css) set only documented tokens, in the psw-theme layer on :where(…);
//   themes/default.css sets every token to its default.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tokenDefaults } from '../../scripts/lib/cem-plugins.mjs';

const HOST = 'components/base/host.styles.ts';
const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const sources = walk('components').filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
const host = readFileSync(HOST, 'utf8');
const defaults = tokenDefaults(HOST);
const tokens = Object.keys(defaults).sort();
const uniq = (xs) => [...new Set(xs)].sort();
const reads = (text, prefix) => uniq([...text.matchAll(new RegExp(`var\\((${prefix}[a-z0-9-]*)`, 'g'))].map((m) => m[1]));
const defines = (text, prefix) => uniq([...text.matchAll(new RegExp(`(?:^|[\\s;{])(${prefix}[a-z0-9-]*)\\s*:`, 'gm'))].map((m) => m[1]));
const documented = uniq([...readFileSync('docs/theming.md', 'utf8').matchAll(/--psw-[a-z0-9]+(?:-[a-z0-9]+)*/g)].map((m) => m[0]));
const themes = readdirSync('themes').filter((f) => f.endsWith('.css')).map((f) => ({ file: `themes/${f}`, text: readFileSync(join('themes', f), 'utf8') }));

describe('theming tokens', () => {
  it('host.styles.ts reads the public tokens, each with a fallback', () => {
    assert.ok(tokens.length >= 20, `tokens read in ${HOST}: ${tokens.length}`);
    assert.deepEqual(tokens.filter((t) => defaults[t] === undefined), [], 'tokens read without a fallback');
  });

  it('no other file reads a --psw-* token (elements use the private --_* variables)', () => {
    const offenders = sources.filter((s) => s.file !== HOST && reads(s.text, '--psw-').length)
      .map((s) => `${s.file}: ${reads(s.text, '--psw-').join(', ')}`);
    assert.deepEqual(offenders, []);
  });

  it('docs/theming.md documents exactly the tokens host.styles.ts reads', () => {
    assert.deepEqual(tokens.filter((t) => !documented.includes(t)), [], 'read but not documented');
    assert.deepEqual(documented.filter((t) => !tokens.includes(t)), [], 'documented but never read');
  });

  it('every private variable is defined once in host.styles.ts and used by an element', () => {
    const privates = defines(host, '--_');
    assert.ok(privates.length >= tokens.length - 1, 'host.styles.ts maps the tokens to --_* variables');
    const others = sources.filter((s) => s.file !== HOST);
    const unused = privates.filter((v) => !others.some((s) => reads(s.text, '--_').includes(v)));
    assert.deepEqual(unused, [], 'defined in host.styles.ts, read by no element');
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

  it('themes/default.css sets every token to its default', () => {
    const css = readFileSync('themes/default.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const values = Object.fromEntries([...css.matchAll(/(--psw-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
    assert.deepEqual(Object.keys(values).sort(), tokens);
    for (const t of tokens) assert.equal(values[t], defaults[t], t);
  });
});
