// package.json's `sideEffects` lists exactly the modules that register something when imported (each
// element's `<name>/<name>.js`, `define.js`, the locales), so a bundler may drop any other module of
// the package that an app does not use (an app that imports one event class gets that class).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const listed = JSON.parse(readFileSync('package.json', 'utf8')).sideEffects;
const glob = (pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
const covered = (file) => listed.some((p) => glob(p).test(file));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('package.json sideEffects', () => {
  it('covers every component module that defines an element or registers strings when imported, and no other', () => {
    const registering = sources('components')
      .filter((f) => /^(?:[A-Z]\w*\.define\(|registerStrings\()/m.test(readFileSync(f, 'utf8')) || f === join('components', 'define.ts'))
      .map((f) => `./dist/lib/${relative('.', f).replaceAll('\\', '/').replace(/\.ts$/, '.js')}`);
    assert.ok(registering.length >= 12, registering.join(', '));
    for (const file of registering) assert.ok(covered(file), `${file} registers something but is not in sideEffects`);
    const others = sources('components').map((f) => `./dist/lib/${relative('.', f).replaceAll('\\', '/').replace(/\.ts$/, '.js')}`).filter((f) => !registering.includes(f));
    for (const file of others) assert.ok(!covered(file), `${file} is in sideEffects but registers nothing`);
  });
});
