// A rollup plugin for the drop-in file: THIRD-PARTY-NOTICES.txt beside it, with the name, version,
// licence and licence text of every package whose code the bundle holds (Lit, zod, docx, idb, diff…,
// and what docx's own build inlined: nanoid, fflate, and code marked @license), since the minified
// files keep no comments. Packages are found from the bundled modules' paths and docx's markers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The folder of the package under node_modules that holds `id`, or undefined for our own code. */
function packageDir(id) {
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  const rest = id.slice(at + 14).split(sep);
  return id.slice(0, at + 14) + (rest[0].startsWith('@') ? `${rest[0]}${sep}${rest[1]}` : rest[0]);
}

export function thirdPartyNotices() {
  return {
    name: 'psw-third-party-notices',
    generateBundle() {
      const dirs = new Set();
      for (const id of this.getModuleIds()) {
        const dir = !id.startsWith('\0') && packageDir(id);
        if (dir) dirs.add(dir);
      }
      // Packages a dependency's own build inlined (docx holds nanoid and fflate, marked
      // `// node_modules/<name>/…` in its code), and licence comments inside that code.
      const inlined = new Map();
      const comments = new Map();
      for (const id of this.getModuleIds()) {
        const dir = !id.startsWith('\0') && packageDir(id);
        const code = dir ? this.getModuleInfo(id)?.code ?? '' : '';
        for (const [, name] of code.matchAll(/^\/\/ (?:\.\.\/)*node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) inlined.set(name, dir);
        const blocks = [...code.matchAll(/\/\*\*?\s*\n\*\s*@license[\s\S]*?\*\//g)].map((m) => m[0].replace(/^\s*\/?\*+\/? ?/gm, '').trim());
        if (blocks.length) comments.set(dir, [...(comments.get(dir) ?? []), ...blocks]);
      }
      const entry = (dir, via) => {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
        const text = [file ? readFileSync(join(dir, file), 'utf8').trim() : `Licence: ${pkg.license ?? 'not stated'} (no licence file in the package).`, ...(comments.get(dir) ?? [])].join('\n\n');
        return { name: pkg.name, version: via ? `(the copy inside ${via})` : pkg.version, license: pkg.license ?? 'not stated', text };
      };
      const rootModules = (d) => d.slice(0, d.lastIndexOf(`${sep}node_modules${sep}`) + 14);
      const entries = [
        ...[...dirs].map((dir) => entry(dir)),
        ...[...inlined].filter(([name]) => ![...dirs].some((d) => d.endsWith(`${sep}${name}`))).map(([name, via]) => entry(join(rootModules(via), name), JSON.parse(readFileSync(join(via, 'package.json'), 'utf8')).name)),
      ].sort((a, b) => a.name.localeCompare(b.name));
      const source = [
        'psw-role-kit: software of others in dist/cdn (the drop-in file and its chunks)',
        '',
        ...entries.flatMap((e) => [`${'='.repeat(78)}`, `${e.name} ${e.version} (${e.license})`, '', e.text, '']),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source });
    },
  };
}

