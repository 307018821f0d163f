// Elements with a lazy view (components/base/lazy-view.ts) keep their CLASS small: what its module
// imports at load time (static imports, followed through every module they import) must not hold
// what belongs in the view or loads on demand. Read from the built library (dist/lib, where
// type-only imports are gone), so run `npm run build` first. Every *.component.js whose class
// extends PswLazyElement (or PswDocumentElement) is checked, so a new element with a lazy view is covered too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

const LIB = 'dist/lib';
const COMPONENTS = join(LIB, 'components');

/** Static relative imports and re-exports of an ES module (dynamic `import()` is lazy: not followed). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(/(?:^|[\n;])\s*(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.map((s) => join(dirname(file), s));
}

/** Every module loaded with `file`, as paths relative to dist/lib with forward slashes. */
function eagerGraph(file) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || !existsSync(f)) return;
    seen.add(f);
    for (const next of staticImports(f)) visit(next);
  };
  visit(file);
  return [...seen].map((f) => relative(LIB, f).split('\\').join(posix.sep));
}

/** Why a module must not load with an element class, or undefined when it may. */
function forbidden(module, ownFolder) {
  if (module === 'components/base/ui.js' || module === 'components/base/ui.styles.js') return 'the shared UI helpers belong in views';
  if (module === 'src/assess/index.js') return 'the assessment engine loads lazily (read el.doc.assessment)';
  if (module === 'src/model/create.js' || module.startsWith('src/catalogue/templates/')) return 'the templates load lazily (loadTemplateDocument)';
  if (module.startsWith('src/export/')) return 'the exports load when a file is asked for';
  if (module.endsWith('.view.js')) return 'a view must be imported with import()';
  if (/\/strings\.js$/.test(module) && module !== 'components/document-runtime/strings.js') return 'strings arrive with the view';
  if (module.endsWith('.styles.js') && module !== 'components/base/host.styles.js') return 'styles arrive with the view';
  const folder = /^components\/([^/]+)\//.exec(module)?.[1];
  if (folder && !['base', 'document-runtime', ownFolder].includes(folder)) return `a module of another element (${folder})`;
  return undefined;
}

const built = existsSync(COMPONENTS);
const lazyClasses = built
  ? readdirSync(COMPONENTS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(COMPONENTS, d.name)).filter((f) => f.endsWith('.component.js')).map((f) => ({ folder: d.name, file: join(COMPONENTS, d.name, f) })))
      .filter(({ file }) => /\bextends\s+Psw(Lazy|Document)Element\b/.test(readFileSync(file, 'utf8')))
  : [];

describe('element classes with a lazy view load only what they need', () => {
  it('finds them (run `npm run build` first)', () => {
    assert.ok(built, `${COMPONENTS} is missing: run npm run build`);
    const folders = lazyClasses.map((c) => c.folder);
    for (const expected of ['boundary-checklist', 'role-builder', 'role-designer', 'role-insights', 'job-description', 'role-export']) assert.ok(folders.includes(expected), `${expected} has a lazy view (${folders.join(', ')})`);
  });

  for (const { folder, file } of lazyClasses) {
    it(`${folder}: the class imports no view code, strings, styles, engine, templates or exports`, () => {
      const graph = eagerGraph(file);
      assert.ok(graph.includes('components/base/lazy-view.js'), `${file} was read (${graph.length} modules)`);
      const problems = graph.map((m) => [m, forbidden(m, folder)]).filter(([, why]) => why).map(([m, why]) => `${m}: ${why}`);
      assert.deepEqual(problems, []);
    });
  }

  it('the checks can fail: a module that loads the view code eagerly is caught', () => {
    assert.equal(forbidden('components/role-builder/layout.js', 'role-designer'), 'a module of another element (role-builder)');
    assert.match(forbidden('components/role-builder/strings.js', 'role-builder'), /strings/);
    assert.match(forbidden('components/base/ui.styles.js', 'role-builder'), /UI helpers/);
    assert.equal(forbidden('components/role-builder/builder-state.js', 'role-builder'), undefined);
    assert.ok(eagerGraph(join(COMPONENTS, 'role-builder', 'role-builder.view.js')).includes('components/base/ui.js'), 'the builder view imports ui.js');
  });
});
