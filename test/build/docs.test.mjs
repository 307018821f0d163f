// The documentation matches the code (after `npm run build`):
// - the generated pages (element pages, rules, marked blocks, themes/default.css) are what
//   `npm run docs` makes from the current manifest and core (regenerated in memory and compared);
// - the annotated example document is valid for the parser and the JSON Schema;
// - the snippets marked <!-- snippet:… --> work: the server-side validation runs, the typed app
//   code type-checks against the built package (imported by its own name);
// - docs/csp.md states the policy the tests enforce; every relative link and anchor resolves; the
//   index links every page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderDocs } from '../../scripts/build-docs.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

const walk = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const pages = walk('docs').filter((f) => f.endsWith('.md'));
const read = (f) => readFileSync(f, 'utf8');

/** The fenced code block that follows `<!-- marker -->` in a file. */
function blockAfter(file, marker) {
  const text = read(file);
  const at = text.indexOf(`<!-- ${marker} -->`);
  assert.ok(at >= 0, `${file} has <!-- ${marker} -->`);
  const m = /```[a-z]*\n([\s\S]*?)\n\s*```/.exec(text.slice(at));
  assert.ok(m, `${file}: a code block after ${marker}`);
  const indent = /^(\s*)/.exec(m[1])[1].length;
  return m[1].split('\n').map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)[0].length))).join('\n');
}

const SNIPPETS = resolve('.cache/docs-snippets');

describe('documentation', () => {
  it('generated pages are up to date (run npm run docs)', async () => {
    const files = await renderDocs();
    const stale = [...files].filter(([path, text]) => !existsSync(path) || read(path) !== text).map(([path]) => path);
    assert.deepEqual(stale, [], 'out of date: run npm run docs and commit the result');
    const manifest = JSON.parse(read('custom-elements.json'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
    for (const tag of tags) assert.ok(files.has(`docs/elements/${tag}.md`), `a page for <${tag}>`);
  });

  it('the annotated example is a valid role for the parser and the JSON Schema', async () => {
    const example = JSON.parse(blockAfter('docs/document-format.md', 'example:document'));
    const { parseRoleDocument } = await import(pathToFileURL(resolve('dist/lib/src/index.js')).href);
    const parsed = parseRoleDocument(example);
    assert.ok(parsed.ok, JSON.stringify(parsed.issues));
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    const validate = addFormats(new Ajv2020({ allErrors: true })).compile(JSON.parse(read('dist/schema.json')));
    assert.ok(validate(example), JSON.stringify(validate.errors));
  });

  it('the server-side validation snippet runs as written', async () => {
    mkdirSync(SNIPPETS, { recursive: true });
    const file = join(SNIPPETS, 'validate.mjs');
    writeFileSync(file, blockAfter('docs/document-format.md', 'snippet:validate'));
    const { checkRole } = await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
    const example = JSON.parse(blockAfter('docs/document-format.md', 'example:document'));
    assert.equal(checkRole(JSON.stringify(example)).ok, true);
    const twice = { ...example, duties: [example.duties[0], { ...example.duties[1], id: example.duties[0].id }] };
    const result = checkRole(JSON.stringify(twice));
    assert.equal(result.ok, false, 'duplicate ids pass the JSON Schema but not the parser');
    assert.equal(result.errors, undefined, 'the JSON Schema accepted it');
    assert.ok(result.issues.length > 0);
    assert.equal(checkRole(JSON.stringify({ ...example, role: { title: 3 } })).ok, false);
  });

  it('the typed snippets type-check against the built package', () => {
    rmSync(join(SNIPPETS, 'ts'), { recursive: true, force: true });
    mkdirSync(join(SNIPPETS, 'ts'), { recursive: true });
    writeFileSync(join(SNIPPETS, 'ts', 'app.ts'), blockAfter('docs/getting-started.md', 'snippet:npm-typed'));
    writeFileSync(join(SNIPPETS, 'ts', 'locale.ts'), blockAfter('docs/localisation.md', 'snippet:add-language'));
    writeFileSync(join(SNIPPETS, 'ts', 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true, noEmit: true, skipLibCheck: true, types: [], isolatedModules: true, verbatimModuleSyntax: true,
      },
      files: ['app.ts', 'locale.ts'],
    }));
    const tsc = resolve('node_modules/.bin/tsc');
    try {
      execFileSync(tsc, ['-p', join(SNIPPETS, 'ts', 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      assert.fail(`snippets do not type-check:\n${e.stdout}${e.stderr}`);
    }
  });

  it('docs/csp.md gives the exact policy the tests enforce', () => {
    assert.ok(read('docs/csp.md').includes(`Content-Security-Policy: ${STRICT_CSP}\n`), 'the header from scripts/serve.mjs');
  });

  it('every relative link and anchor resolves, and the index links every page', () => {
    const slug = (h) => h.trim().toLowerCase().replace(/[`*_]/g, '').replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
    const anchorsOf = (file) => {
      const text = read(file).replace(/```[\s\S]*?```/g, '');
      return new Set([
        ...[...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])),
        ...[...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]),
      ]);
    };
    const broken = [];
    for (const page of pages) {
      const text = read(page).replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
        const [path, hash] = target.split('#');
        const file = path ? join(dirname(page), path) : page;
        if (!existsSync(file)) broken.push(`${page}: ${target} (no file)`);
        else if (hash && file.endsWith('.md') && !anchorsOf(file).has(hash)) broken.push(`${page}: ${target} (no anchor)`);
      }
    }
    assert.deepEqual(broken, []);
    const index = read('docs/README.md');
    const unlinked = pages.filter((p) => dirname(p) === 'docs' && p !== join('docs', 'README.md'))
      .filter((p) => !index.includes(`](${relative('docs', p)})`));
    assert.deepEqual(unlinked, [], 'pages not linked from docs/README.md');
  });
});
