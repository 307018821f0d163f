// custom-elements.json (built by `npm run build` from the JSDoc of every *.component.ts) must
// document each registered element's whole public API, and say only what the code does:
// summary and tag; a description on every public property, method and attribute; every psw-*
// event the element dispatches, with name, type and description; its parts, custom states and
// slots exactly as its templates use them; the shared theming tokens with their defaults.
// "Registered" means a `Psw….define('psw-…')` call in components/, so elements merged later are
// covered without touching this file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SHARED_SOURCES, registrations, scanElement, sharedFilesWithParts } from './element-sources.mjs';
import { tokenDefaults } from '../../scripts/lib/cem-plugins.mjs';

const MANIFEST = 'custom-elements.json';
const manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : { modules: [] };
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, modulePath: m.path })));
const registered = registrations();
const hasText = (s) => typeof s === 'string' && s.trim().length > 0;
const names = (list) => (list ?? []).map((x) => x.name);
const missing = (want, have) => [...want].filter((x) => !have.includes(x)).sort();

describe('custom elements manifest', () => {
  it('exists (run `npm run build` first) and lists every registered element once', () => {
    assert.ok(existsSync(MANIFEST), 'custom-elements.json is missing: run npm run build');
    assert.ok(registered.length >= 6, `found ${registered.length} define() calls`);
    const tags = declarations.filter((d) => d.customElement).map((d) => d.tagName);
    assert.deepEqual(missing(registered.map((r) => r.tag), tags), [], 'registered elements missing from the manifest (is @tag on the class?)');
    assert.equal(new Set(tags).size, tags.length, 'a tag is declared twice');
  });

  it('each element module also records its registration (custom-element-definition export)', () => {
    for (const r of registered) {
      const mod = manifest.modules.find((m) => m.path === r.module);
      const def = mod?.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === r.tag);
      assert.ok(def, `${r.module} should export the definition of <${r.tag}>`);
      assert.equal(def.declaration.name, r.className);
    }
  });

  it('every shared file that renders parts or sets states is known (element-sources.mjs SHARED_SOURCES)', () => {
    assert.deepEqual(sharedFilesWithParts().filter((f) => !(f in SHARED_SOURCES)), [],
      'add the file to SHARED_SOURCES with what shows that an element uses it');
  });

  it('the shared theming tokens are documented once, with their defaults from the token files', () => {
    const base = declarations.find((d) => d.name === 'PswElement');
    assert.ok(base, 'PswElement is in the manifest');
    const defaults = tokenDefaults();
    assert.deepEqual(names(base.cssProperties).sort(), Object.keys(defaults).sort(), '@cssprop on PswElement = tokens read in the token files');
    for (const p of base.cssProperties) {
      assert.ok(hasText(p.description), `${p.name} has a description`);
      assert.equal(p.default, defaults[p.name], `${p.name} default`);
    }
  });

  for (const reg of registered) {
    describe(`<${reg.tag}>`, () => {
      const d = declarations.find((x) => x.tagName === reg.tag);
      const src = scanElement(reg);
      const where = `<${reg.tag}> (${reg.module.replace(/[^/]+$/, '')})`;

      it('has @tag, a @summary and a class description', () => {
        assert.ok(d, `${where}: no declaration with this tagName`);
        assert.equal(d.name, reg.className);
        assert.equal(d.customElement, true);
        assert.ok(hasText(d.summary), `${where}: @summary`);
        assert.ok(hasText(d.description), `${where}: a description above the tags`);
      });

      it('every public property, method and attribute has a description', () => {
        const publicMembers = (d?.members ?? []).filter((m) => !m.privacy || m.privacy === 'public');
        const undocumented = publicMembers.filter((m) => !hasText(m.description)).map((m) => `${m.kind} ${m.name}`);
        assert.deepEqual(undocumented, [], `${where}: add a one-line /** … */ comment`);
        const attrs = (d?.attributes ?? []).filter((a) => !hasText(a.description)).map((a) => a.name);
        assert.deepEqual(attrs, [], `${where}: attributes without a description`);
        for (const a of d?.attributes ?? []) {
          if (a.fieldName) assert.ok(publicMembers.some((m) => m.name === a.fieldName), `${where}: attribute ${a.name} maps to a public property`);
        }
      });

      it('lists every psw-* event it dispatches, each with a name, type and description', () => {
        const events = d?.events ?? [];
        for (const e of events) {
          assert.ok(hasText(e.name), `${where}: an event without a name: ${JSON.stringify(e)}`);
          assert.ok(hasText(e.description), `${where}: ${e.name} needs a description (@fires ${e.name} - …)`);
          if (e.name.startsWith('psw-')) assert.ok(e.type?.text, `${where}: ${e.name} has its event class as type`);
        }
        assert.deepEqual(missing(src.events, names(events)), [], `${where}: dispatched but not documented with @fires`);
      });

      it('documents exactly the parts its templates render', () => {
        const documented = names(d?.cssParts);
        for (const p of d?.cssParts ?? []) assert.ok(hasText(p.description), `${where}: part ${p.name} needs a description`);
        assert.deepEqual(missing(src.parts, documented), [], `${where}: part="…" in the sources without @csspart`);
        // A documented part must be rendered; when a template computes part names, the name must at
        // least appear as a string literal in the sources.
        const literal = (p) => new RegExp(`['"\`]${p}['"\`]`).test(src.text);
        const stale = documented.filter((p) => !src.parts.has(p) && !(src.dynamicParts && literal(p)));
        assert.deepEqual(stale, [], `${where}: @csspart documented but not rendered`);
      });

      it('documents exactly the custom states it sets', () => {
        const documented = names(d?.cssStates);
        for (const s of d?.cssStates ?? []) assert.ok(hasText(s.description), `${where}: state ${s.name} needs a description`);
        assert.deepEqual(missing(src.states, documented), [], `${where}: setState('…') without @cssstate`);
        assert.deepEqual(missing(documented, [...src.states]), [], `${where}: @cssstate documented but never set`);
      });

      it('documents its slots and inherits the theming tokens', () => {
        const documented = names(d?.slots);
        assert.deepEqual(missing(src.slots, documented), [], `${where}: <slot> without @slot`);
        assert.deepEqual(missing(documented, [...src.slots]), [], `${where}: @slot documented but not rendered`);
        assert.ok((d?.cssProperties ?? []).length > 0 && d.cssProperties.every((p) => hasText(p.description)), `${where}: theming tokens`);
      });
    });
  }
});
