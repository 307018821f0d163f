// The command line (`npx psw-role-kit`, bin/psw-role-kit.js) end to end: the bin is spawned with
// Node on fixture files written to a temporary folder, and exit codes and key output are checked
// for every command and error case. Needs `npm run build` first (the bin runs the built core, and
// the fixtures are made with it).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, PKG, ROOT, at, core, dir, lines, noStack, run, spawnBin, template, useFixtureFolder } from './fixtures.mjs';

useFixtureFolder();

describe('packaging', () => {
  it('the bin is executable, starts with a node shebang and is what package.json names', async () => {
    assert.equal(statSync(BIN).mode & 0o777, 0o755);
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.equal(PKG.bin['psw-role-kit'], 'bin/psw-role-kit.js');
    assert.ok(PKG.files.includes('bin') && PKG.files.includes('dist'), 'bin/ and dist/ are published');
  });

  it('says how to build when the core is not built, with exit 2', async () => {
    const fake = mkdtempSync(join(tmpdir(), 'psw-cli-unbuilt-'));
    try {
      mkdirSync(join(fake, 'bin'));
      copyFileSync(BIN, join(fake, 'bin', 'psw-role-kit.js'));
      const r = spawnSync(process.execPath, [join(fake, 'bin', 'psw-role-kit.js'), 'validate', 'x.json'], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'psw-role-kit is not built yet: run npm run build (npm ci does it)\n');
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it('type-checks (JSDoc types against the built declarations, tsconfig.cli.json)', async () => {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

describe('help and version', () => {
  it('--version prints the package version (the real bin, in a process of its own)', () => {
    const r = spawnBin(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${PKG.version}\n`);
  });

  it('a user error from the real bin: a message, exit 2, no stack trace', () => {
    const r = spawnBin(['validate', 'missing.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^psw-role-kit: /);
    noStack(r.stderr);
  });

  it('--help and -h show every command, examples and the exit codes', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run([flag]);
      assert.equal(r.code, 0);
      for (const cmd of ['validate FILE', 'assess FILE', 'export FILE --format json|jsonld|md|docx', 'template SETTING_ID']) assert.ok(r.stdout.includes(`psw-role-kit ${cmd}`), cmd);
      assert.match(r.stdout, /Examples:/);
      assert.match(r.stdout, /^ {2}0 {2}done/m);
      assert.match(r.stdout, /^ {2}1 {2}a document is invalid/m);
      assert.match(r.stdout, /^ {2}2 {2}usage error/m);
    }
  });

  it('no arguments shows the usage and exits 2', async () => {
    const r = await run([]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^Usage:/m);
  });

  it('COMMAND --help and help COMMAND show the command’s usage', async () => {
    for (const cmd of ['validate', 'assess', 'export', 'template', 'templates']) {
      const a = await run([cmd, '--help']);
      const b = await run(['help', cmd]);
      assert.equal(a.code, 0, cmd);
      assert.ok(a.stdout.startsWith(`Usage: psw-role-kit ${cmd}`), cmd);
      assert.equal(b.stdout, a.stdout);
    }
    assert.match((await run(['assess', '-h'])).stdout, /--policy POLICY\.json/);
  });

  it('an unknown command suggests the nearest one (exit 2, no stack trace)', async () => {
    const r = await run(['valdiate', 'role.json']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^psw-role-kit: unknown command “valdiate”\. Did you mean “validate”\?/);
    noStack(r.stderr);
    assert.match((await run(['exprot'])).stderr, /Did you mean “export”\?/);
  });

  it('unknown options and values suggest the nearest one', async () => {
    let r = await run(['export', 'role.json', '--fromat', 'md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /export: unknown option --fromat\. Did you mean --format\?/);
    r = await run(['export', 'role.json', '--format', 'dox']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of json, jsonld, md, docx \(found “dox”\)\. Did you mean “docx”\?/);
    r = await run(['--verison']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Did you mean --version\?/);
    r = await run(['assess', 'role.json', '--policy']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--policy needs a value/);
    r = await run(['validate', 'role.json', '--json=yes']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--json takes no value/);
  });

  it('PSW_DEBUG=1 adds the stack trace', async () => {
    const r = await run(['valdiate'], { env: { PSW_DEBUG: '1' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^\s+at /m);
  });
});

describe('validate', () => {
  it('a valid document: ✓ and exit 0', async () => {
    const r = await run(['validate', 'role.json']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✓ role.json: valid (schema version 2)\n');
    assert.equal(r.stderr, '');
  });

  it('an export envelope and an older schema version (migrated) are valid', async () => {
    const r = await run(['validate', 'export.json', 'v0.json', 'v1.json']);
    assert.equal(r.code, 0);
    assert.deepEqual(lines(r.stdout.trimEnd()), [
      '✓ export.json: valid export (document schema version 2)',
      '✓ v0.json: valid (schema version 2, migrated from version 0)',
      '✓ v1.json: valid (schema version 2, migrated from version 1)',
    ]);
  });

  it('an invalid document: exit 1 and every issue with its field path and message', async () => {
    const r = await run(['validate', 'invalid.json']);
    assert.equal(r.code, 1);
    const out = lines(r.stdout);
    assert.equal(out[0], '✗ invalid.json: invalid, 4 issues');
    const title = template.duties[2].title;
    assert.ok(out.includes(`  duties[2].flexibility.maxShare — Duty 3 “${title}” › Flexibility › Maximum share must be 100 or less.`), r.stdout);
    assert.ok(out.some((l) => l.startsWith('  meta.status — ') && l.includes('“finished”')), r.stdout);
    assert.ok(out.some((l) => l.startsWith('  duties[0].timeShare — ') && l.endsWith('must be 0 or more.')), r.stdout);
    assert.ok(out.some((l) => l.startsWith('  salaryBand — ') && l.includes('not a field psw-role-kit knows')), r.stdout);
  });

  it('malformed JSON: exit 1 with the line and column', async () => {
    const r = await run(['validate', 'malformed.json']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^✗ malformed\.json: invalid, 1 issue\n {2}The text is not valid JSON: .* at line 3, column 19\.\n$/);
  });

  it('several files: all are checked; invalid gives 1, unreadable gives 2', async () => {
    let r = await run(['validate', 'role.json', 'invalid.json', 'template.json']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^✓ role\.json/m);
    assert.match(r.stdout, /^✗ invalid\.json/m);
    assert.match(r.stdout, /^✓ template\.json/m);
    r = await run(['validate', 'missing.json', 'invalid.json', 'role.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read missing\.json: no such file/);
    assert.match(r.stdout, /^✗ invalid\.json/m);
    assert.match(r.stdout, /^✓ role\.json/m);
  });

  it('reads standard input with -', async () => {
    const r = await run(['validate', '-'], { input: readFileSync(at('role.json')) });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✓ standard input: valid (schema version 2)\n');
    const bad = await run(['validate', '-'], { input: '[1, 2]' });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /curly brackets/);
  });

  it('--json gives one result per file', async () => {
    const r = await run(['validate', '--json', 'role.json', 'invalid.json', 'v0.json', 'missing.json']);
    assert.equal(r.code, 2);
    const results = JSON.parse(r.stdout);
    assert.deepEqual(results.map((x) => [x.file, x.valid]), [['role.json', true], ['invalid.json', false], ['v0.json', true], ['missing.json', undefined]]);
    assert.equal(results[1].issues.length, 4);
    assert.ok(results[1].issues.some((i) => i.path === 'duties[2].flexibility.maxShare'));
    assert.equal(results[2].migratedFrom, 0);
    assert.match(results[3].error, /no such file/);
  });

  it('a file over 1 MiB is refused with its exact size (exit 1)', async () => {
    const r = await run(['validate', 'big.json']);
    assert.equal(r.code, 1);
    const size = readFileSync(at('big.json'), 'utf8').length;
    assert.match(r.stdout, new RegExp(`The text is too large: ${size.toLocaleString('en-GB')} characters \\(1\\.\\d\\d MiB\\); a role document may be at most 1,048,576 characters \\(1 MiB\\)\\.`));
    const huge = await run(['validate', 'huge.json']);
    assert.equal(huge.code, 1);
    assert.match(huge.stdout, /The file is too large: 9,437,184 characters \(9\.00 MiB\); a role document may be at most 1,048,576 characters \(1 MiB\), an export at most 8,388,608 characters \(8 MiB\)/);
    const piped = await run(['validate', '-'], { input: readFileSync(at('huge.json')) });
    assert.equal(piped.code, 1);
    assert.match(piped.stdout, /standard input: invalid, 1 issue\n {2}The file is too large: 9,437,184 characters/);
  });

  it('an export over 1 MiB is read when the role document inside it is within the limit', async () => {
    assert.ok(statSync(at('big-export.json')).size > 1024 * 1024);
    const r = await run(['validate', 'big-export.json']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('an export is valid only with the export format’s envelope: its assessment and provenance, and its version', async () => {
    const r = await run(['validate', 'export-bare.json', 'export-newer.json']);
    assert.equal(r.code, 1);
    assert.deepEqual(lines(r.stdout.trimEnd()), [
      '✗ export-bare.json: invalid, 2 issues',
      '  assessment — The export\'s “assessment” is missing.',
      '  provenance — The export\'s “provenance” is missing.',
      '✗ export-newer.json: invalid, 1 issue',
      `  This export was made by a newer version of psw-role-kit (export schema version 2). This copy of psw-role-kit ${PKG.version} reads schema version 1 and older: update psw-role-kit to a release that supports schema version 2 to open it.`,
    ]);
  });

  it('a missing file, a folder and no file at all are I/O or usage errors (exit 2)', async () => {
    let r = await run(['validate', 'role-missing.json']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'psw-role-kit: cannot read role-missing.json: no such file\n');
    r = await run(['validate', 'folder']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'psw-role-kit: cannot read folder: it is a folder, not a file\n');
    r = await run(['validate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /give at least one FILE/);
  });

  it('a Word file given by mistake is named as such', async () => {
    writeFileSync(at('mistake.docx'), Buffer.from('PK\x03\x04rest', 'latin1'));
    const r = await run(['validate', 'mistake.docx']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /zip archive \(a Word \.docx\?\)/);
  });
});

describe('templates and template', () => {
  it('templates lists every setting id with its label', async () => {
    const r = await run(['templates']);
    assert.equal(r.code, 0);
    for (const s of core.settings) assert.match(r.stdout, new RegExp(`^ {2}${s.id} +${s.label.replace(/[()]/g, '\\$&')}`, 'm'));
    assert.deepEqual(JSON.parse((await run(['templates', '--json'])).stdout).map((s) => s.id), core.settings.map((s) => s.id));
  });

  it('template SETTING_ID prints a valid starting document', async () => {
    const r = await run(['template', 'perinatal']);
    assert.equal(r.code, 0);
    const parsed = core.parseRoleDocument(r.stdout);
    assert.ok(parsed.ok);
    assert.equal(parsed.document.context.setting, 'perinatal');
  });

  it('--out writes it once; an existing file is kept unless --force', async () => {
    let r = await run(['template', 'crisis', '--out', 'out/new-role.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Wrote out\/new-role\.json \(/);
    assert.equal((await run(['validate', 'out/new-role.json'])).code, 0);
    writeFileSync(at('out/new-role.json'), '{"kept": true}');
    r = await run(['template', 'crisis', '--out', 'out/new-role.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /out\/new-role\.json already exists: choose another name, or add --force/);
    assert.equal(readFileSync(at('out/new-role.json'), 'utf8'), '{"kept": true}');
    r = await run(['template', 'crisis', '--out', 'out/new-role.json', '--force']);
    assert.equal(r.code, 0);
    assert.equal((await run(['validate', 'out/new-role.json'])).code, 0);
  });

  it('an unknown setting suggests the nearest one', async () => {
    const r = await run(['template', 'perinatl']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown setting “perinatl”\. Did you mean “perinatal”\? Run psw-role-kit templates/);
    assert.equal((await run(['template'])).code, 2);
  });
});

describe('plain output', () => {
  it('no colour codes when stdout is not a terminal', async () => {
    for (const args of [['assess', 'empty-draft.json'], ['validate', 'role.json', 'invalid.json'], ['templates']]) {
      const r = await run(args);
      assert.doesNotMatch(r.stdout + r.stderr, /\x1b\[/, args.join(' '));
    }
  });

  it('user errors never show a stack trace', async () => {
    for (const args of [['validate', 'missing.json'], ['assess', 'folder'], ['export', 'role.json', '-f', 'md', '-o', 'no/such/dir/x.md'], ['nonsense'], ['export', 'role.json', '--x']]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^psw-role-kit: /);
      noStack(r.stderr);
      assert.equal(readdirSync(dir).includes('no'), false);
    }
  });
});
