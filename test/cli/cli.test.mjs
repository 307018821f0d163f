// The command line (`npx psw-role-kit`, bin/psw-role-kit.js) end to end: the bin is spawned with
// Node on fixture files written to a temporary folder, and exit codes and key output are checked
// for every command and error case. Needs `npm run build` first (the bin runs the built core, and
// the fixtures are made with it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import * as core from '../../dist/lib/src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'psw-role-kit.js');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TODAY = '2026-11-25';
const NOW = '2026-09-01T09:00:00.000Z';

let dir = '';
const at = (...p) => join(dir, ...p);

/** Runs the bin in the fixture folder. `binary` keeps stdout as a Buffer. */
function run(args, { input, cwd = dir, env = {}, binary = false } = {}) {
  const base = { ...process.env };
  delete base.PSW_DEBUG;
  delete base.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, input, env: { ...base, ...env }, encoding: binary ? 'buffer' : 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: binary ? r.stderr.toString('utf8') : r.stderr };
}

const noStack = (text) => assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace for a user error');
const lines = (text) => text.split('\n');

/** A complete role: every boundary agreed, criteria assessed, core duties described, funding named. */
function completeRole() {
  const d = core.createRoleDocument({ template: 'adult-community', now: NOW, id: 'good-role-1' });
  d.meta.organisation = 'Riverside Mental Health NHS Foundation Trust';
  d.meta.reviewDate = '2027-10-01';
  for (const b of d.boundaries) b.status = 'agreed';
  for (const c of [...d.recruitment.personSpec.essential, ...d.recruitment.personSpec.desirable]) c.assessedBy ??= 'Application form and interview';
  for (const a of d.supervision.arrangements) if (a.providerHasPeerBackground) a.providerTrainedInPeerSupervision = true;
  for (const x of d.duties) if (x.kind === 'core') x.description ??= 'What the post-holder does, with whom and how often.';
  d.employment.funding = { ...d.employment.funding, source: 'Recurrent trust funding' };
  d.duties.push({ id: 'duty-no-meds', kind: 'excluded', title: 'Giving or prompting medication', exclusionReason: 'A clinical task the PSW is not trained or registered for.' });
  const parsed = core.parseRoleDocument(d);
  assert.ok(parsed.ok, 'the complete role fixture is valid');
  return parsed.document;
}

let complete;
let template;

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/lib/src/index.js')), 'run npm run build first');
  dir = mkdtempSync(join(tmpdir(), 'psw-cli-'));
  complete = completeRole();
  template = core.createRoleDocument({ template: 'crisis', now: NOW, id: 'crisis-1' });
  const json = (v) => JSON.stringify(v, null, 2);
  writeFileSync(at('role.json'), json(complete));
  writeFileSync(at('template.json'), json(template));
  writeFileSync(at('empty-draft.json'), json(core.createRoleDocument({ now: NOW, id: 'draft-1' })));
  writeFileSync(at('export.json'), json(core.exportJobDescription(complete, { now: NOW })));

  const bad = structuredClone(template);
  bad.meta.status = 'finished';
  bad.duties[0].timeShare = -5;
  bad.duties[2].kind = 'flexible';
  bad.duties[2].flexibility = { maxShare: 150 };
  bad.salaryBand = 3;
  writeFileSync(at('invalid.json'), json(bad));

  const v0 = structuredClone(template);
  v0.schemaVersion = 0;
  v0.role.name = v0.role.title;
  delete v0.role.title;
  delete v0.leadership;
  delete v0.wellbeing;
  writeFileSync(at('v0.json'), json(v0));

  writeFileSync(at('malformed.json'), '{\n  "kind": "psw-role-document",\n  "duties": [1, 2,]\n}\n');
  // Just over the parser's limit of 1 MiB of text, and over the 8 MiB export limit (refused unread).
  writeFileSync(at('big.json'), JSON.stringify({ ...template, extensions: { padding: 'x'.repeat(1024 * 1024) } }));
  writeFileSync(at('huge.json'), Buffer.alloc(9 * 1024 * 1024, 0x20));
  // An export over 1 MiB (indented, with padding in its provenance) whose document is small.
  writeFileSync(at('big-export.json'), JSON.stringify({ kind: 'psw-job-description', schemaVersion: 1, document: template,
    assessment: {}, provenance: { note: 'x'.repeat(1024 * 1024) } }, null, 2));
  writeFileSync(at('policy.json'), json({ minCoreDuties: 10, balance: { tooRigidFlexibleBelow: 30 } }));
  writeFileSync(at('policy-typo.json'), json({ minCoreDutie: 4 }));
  writeFileSync(at('policy-bad.json'), json({ balance: { tooLooseCoreBelow: 140 } }));
  mkdirSync(at('folder'));
  mkdirSync(at('out'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('packaging', () => {
  it('the bin is executable, starts with a node shebang and is what package.json names', () => {
    assert.equal(statSync(BIN).mode & 0o777, 0o755);
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.equal(PKG.bin['psw-role-kit'], 'bin/psw-role-kit.js');
    assert.ok(PKG.files.includes('bin') && PKG.files.includes('dist'), 'bin/ and dist/ are published');
  });

  it('says how to build when the core is not built, with exit 2', () => {
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

  it('type-checks (JSDoc types against the built declarations, tsconfig.cli.json)', () => {
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    const r = run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${PKG.version}\n`);
  });

  it('--help and -h show every command, examples and the exit codes', () => {
    for (const flag of ['--help', '-h']) {
      const r = run([flag]);
      assert.equal(r.code, 0);
      for (const cmd of ['validate FILE', 'assess FILE', 'export FILE --format json|jsonld|md|docx', 'template SETTING_ID']) assert.ok(r.stdout.includes(`psw-role-kit ${cmd}`), cmd);
      assert.match(r.stdout, /Examples:/);
      assert.match(r.stdout, /^ {2}0 {2}done/m);
      assert.match(r.stdout, /^ {2}1 {2}a document is invalid/m);
      assert.match(r.stdout, /^ {2}2 {2}usage error/m);
    }
  });

  it('no arguments shows the usage and exits 2', () => {
    const r = run([]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^Usage:/m);
  });

  it('COMMAND --help and help COMMAND show the command’s usage', () => {
    for (const cmd of ['validate', 'assess', 'export', 'template', 'templates']) {
      const a = run([cmd, '--help']);
      const b = run(['help', cmd]);
      assert.equal(a.code, 0, cmd);
      assert.ok(a.stdout.startsWith(`Usage: psw-role-kit ${cmd}`), cmd);
      assert.equal(b.stdout, a.stdout);
    }
    assert.match(run(['assess', '-h']).stdout, /--policy POLICY\.json/);
  });

  it('an unknown command suggests the nearest one (exit 2, no stack trace)', () => {
    const r = run(['valdiate', 'role.json']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^psw-role-kit: unknown command “valdiate”\. Did you mean “validate”\?/);
    noStack(r.stderr);
    assert.match(run(['exprot']).stderr, /Did you mean “export”\?/);
  });

  it('unknown options and values suggest the nearest one', () => {
    let r = run(['export', 'role.json', '--fromat', 'md']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /export: unknown option --fromat\. Did you mean --format\?/);
    r = run(['export', 'role.json', '--format', 'dox']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of json, jsonld, md, docx \(found “dox”\)\. Did you mean “docx”\?/);
    r = run(['--verison']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Did you mean --version\?/);
    r = run(['assess', 'role.json', '--policy']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--policy needs a value/);
    r = run(['validate', 'role.json', '--json=yes']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--json takes no value/);
  });

  it('PSW_DEBUG=1 adds the stack trace', () => {
    const r = run(['valdiate'], { env: { PSW_DEBUG: '1' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^\s+at /m);
  });
});

describe('validate', () => {
  it('a valid document: ✓ and exit 0', () => {
    const r = run(['validate', 'role.json']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✓ role.json: valid (schema version 1)\n');
    assert.equal(r.stderr, '');
  });

  it('an export envelope and an older schema version (migrated) are valid', () => {
    const r = run(['validate', 'export.json', 'v0.json']);
    assert.equal(r.code, 0);
    assert.deepEqual(lines(r.stdout.trimEnd()), [
      '✓ export.json: valid export (document schema version 1)',
      '✓ v0.json: valid (schema version 1, migrated from version 0)',
    ]);
  });

  it('an invalid document: exit 1 and every issue with its field path and message', () => {
    const r = run(['validate', 'invalid.json']);
    assert.equal(r.code, 1);
    const out = lines(r.stdout);
    assert.equal(out[0], '✗ invalid.json: invalid, 4 issues');
    const title = template.duties[2].title;
    assert.ok(out.includes(`  duties[2].flexibility.maxShare — Duty 3 “${title}” › Flexibility › Maximum share must be 100 or less.`), r.stdout);
    assert.ok(out.some((l) => l.startsWith('  meta.status — ') && l.includes('“finished”')), r.stdout);
    assert.ok(out.some((l) => l.startsWith('  duties[0].timeShare — ') && l.endsWith('must be 0 or more.')), r.stdout);
    assert.ok(out.some((l) => l.startsWith('  salaryBand — ') && l.includes('not a field psw-role-kit knows')), r.stdout);
  });

  it('malformed JSON: exit 1 with the line and column', () => {
    const r = run(['validate', 'malformed.json']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^✗ malformed\.json: invalid, 1 issue\n {2}The text is not valid JSON: .* at line 3, column 19\.\n$/);
  });

  it('several files: all are checked; invalid gives 1, unreadable gives 2', () => {
    let r = run(['validate', 'role.json', 'invalid.json', 'template.json']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^✓ role\.json/m);
    assert.match(r.stdout, /^✗ invalid\.json/m);
    assert.match(r.stdout, /^✓ template\.json/m);
    r = run(['validate', 'missing.json', 'invalid.json', 'role.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read missing\.json: no such file/);
    assert.match(r.stdout, /^✗ invalid\.json/m);
    assert.match(r.stdout, /^✓ role\.json/m);
  });

  it('reads standard input with -', () => {
    const r = run(['validate', '-'], { input: readFileSync(at('role.json')) });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✓ standard input: valid (schema version 1)\n');
    const bad = run(['validate', '-'], { input: '[1, 2]' });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /curly brackets/);
  });

  it('--json gives one result per file', () => {
    const r = run(['validate', '--json', 'role.json', 'invalid.json', 'v0.json', 'missing.json']);
    assert.equal(r.code, 2);
    const results = JSON.parse(r.stdout);
    assert.deepEqual(results.map((x) => [x.file, x.valid]), [['role.json', true], ['invalid.json', false], ['v0.json', true], ['missing.json', undefined]]);
    assert.equal(results[1].issues.length, 4);
    assert.ok(results[1].issues.some((i) => i.path === 'duties[2].flexibility.maxShare'));
    assert.equal(results[2].migratedFrom, 0);
    assert.match(results[3].error, /no such file/);
  });

  it('a file over 1 MiB is refused with its exact size (exit 1)', () => {
    const r = run(['validate', 'big.json']);
    assert.equal(r.code, 1);
    const size = readFileSync(at('big.json'), 'utf8').length;
    assert.match(r.stdout, new RegExp(`The text is too large: ${size.toLocaleString('en-GB')} characters \\(1\\.\\d\\d MiB\\); a role document may be at most 1,048,576 characters \\(1 MiB\\)\\.`));
    const huge = run(['validate', 'huge.json']);
    assert.equal(huge.code, 1);
    assert.match(huge.stdout, /The file is too large: 9,437,184 characters \(9\.00 MiB\); a role document may be at most 1,048,576 characters \(1 MiB\), an export at most 8,388,608 characters \(8 MiB\)/);
    const piped = run(['validate', '-'], { input: readFileSync(at('huge.json')) });
    assert.equal(piped.code, 1);
    assert.match(piped.stdout, /standard input: invalid, 1 issue\n {2}The file is too large: 9,437,184 characters/);
  });

  it('an export over 1 MiB is read when the role document inside it is within the limit', () => {
    const r = run(['validate', 'big-export.json']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('a missing file, a folder and no file at all are I/O or usage errors (exit 2)', () => {
    let r = run(['validate', 'role-missing.json']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'psw-role-kit: cannot read role-missing.json: no such file\n');
    r = run(['validate', 'folder']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'psw-role-kit: cannot read folder: it is a folder, not a file\n');
    r = run(['validate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /give at least one FILE/);
  });

  it('a Word file given by mistake is named as such', () => {
    writeFileSync(at('mistake.docx'), Buffer.from('PK\x03\x04rest', 'latin1'));
    const r = run(['validate', 'mistake.docx']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /zip archive \(a Word \.docx\?\)/);
  });
});

describe('assess', () => {
  it('a complete role: ready, banding ready, balance, themes and no findings (exit 0)', () => {
    const r = run(['assess', 'role.json', '--today', TODAY]);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout;
    assert.match(out, /^Assessment of role\.json: “Peer Support Worker – Community Mental Health”$/m);
    assert.match(out, /^Date rules compared with 2026-11-25\.$/m);
    assert.match(out, /^Readiness: ready/m);
    assert.match(out, /^Banding readiness: ready/m);
    const b = core.assessRole(complete, { today: TODAY }).balance;
    assert.ok(out.includes(`core ${b.core} % · flexible ${b.flexible} % · excluded ${b.excluded} % · unallocated ${b.unallocated} %`));
    assert.match(out, /verdict: balanced/);
    assert.match(out, /Thresholds are heuristics of this tool, not evidence/);
    for (const [id, name] of Object.entries(core.themeNames)) assert.match(out, new RegExp(`^ {2}${id} 100/100 {2}${name}$`, 'm'));
    assert.match(out, /^Findings: 0 errors, 0 warnings, 0 info$/m);
  });

  it('an empty draft: findings grouped by severity with rule, themes, basis, sources, fix and field; still exit 0', () => {
    const r = run(['assess', 'empty-draft.json', '--today', TODAY]);
    assert.equal(r.code, 0);
    const a = core.assessRole(core.parseRoleDocument(readFileSync(at('empty-draft.json'), 'utf8')).document, { today: TODAY });
    const n = (s) => a.findings.filter((f) => f.severity === s).length;
    assert.ok(n('error') > 0 && n('warning') > 0 && n('info') > 0);
    assert.match(r.stdout, /^Readiness: incomplete/m);
    assert.match(r.stdout, new RegExp(`^Findings: ${n('error')} errors, ${n('warning')} warnings, ${n('info')} info$`, 'm'));
    const errors = r.stdout.indexOf(`\nErrors (${n('error')})\n`);
    const warnings = r.stdout.indexOf(`\nWarnings (${n('warning')})\n`);
    const info = r.stdout.indexOf(`\nInfo (${n('info')})\n`);
    assert.ok(errors > 0 && warnings > errors && info > warnings, 'errors, then warnings, then info');
    assert.match(r.stdout, /^Banding readiness: not ready; a job evaluation panel would still need:\n {2}- Job title \(role\.title\)$/m);
    // Every finding is shown with its rule id, themes, basis and sources, message, fix and field.
    const words = { study: 'study (Foye et al. 2025)', evidence: 'other evidence', heuristic: 'tool heuristic' };
    for (const f of a.findings) {
      const head = `  ${f.ruleId} ${f.themes.join(' ')} · ${words[f.basis]} · ${f.sources.length ? `sources ${f.sources.join(', ')}` : 'no source'}`;
      const block = `${head}\n    ${f.message}\n    Fix: ${f.fix}\n${f.path ? `    Field: ${f.path} (` : ''}`;
      assert.ok(r.stdout.includes(block), `finding ${f.ruleId} ${f.path}`);
    }
  });

  it('--json prints the assessment the core computes', () => {
    const r = run(['assess', 'template.json', '--json', '--today', TODAY]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(core.assessRole(template, { today: TODAY }))));
  });

  it('--today moves the date rules (a passed review date)', () => {
    const before = JSON.parse(run(['assess', 'role.json', '--json', '--today', '2027-09-30']).stdout);
    const later = JSON.parse(run(['assess', 'role.json', '--json', '--today', '2027-10-02']).stdout);
    assert.ok(!before.findings.some((f) => f.ruleId === 'R65'));
    assert.ok(later.findings.some((f) => f.ruleId === 'R65' && f.path === 'meta.reviewDate'));
  });

  it('--policy sets the organisation’s thresholds, and the text shows them', () => {
    const r = run(['assess', 'role.json', '--policy', 'policy.json', '--today', TODAY]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /verdict: too rigid/);
    assert.match(r.stdout, /too rigid below 30 % flexible; too loose above 50 % flexible or below 40 % core/);
    const json = JSON.parse(run(['assess', 'role.json', '--json', '--policy', 'policy.json', '--today', TODAY]).stdout);
    assert.deepEqual(json, JSON.parse(JSON.stringify(core.assessRole(complete, { minCoreDuties: 10, balance: { tooRigidFlexibleBelow: 30 }, today: TODAY }))));
  });

  it('a policy with a typo or a bad value, and a bad --today, are usage errors (exit 2)', () => {
    let r = run(['assess', 'role.json', '--policy', 'policy-typo.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /policy policy-typo\.json: “minCoreDutie” is not a policy setting\. Did you mean “minCoreDuties”\?/);
    r = run(['assess', 'role.json', '--policy', 'policy-bad.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“balance\.tooLooseCoreBelow” must be a percentage from 0 to 100 \(found 140\)/);
    r = run(['assess', 'role.json', '--policy', 'malformed.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /policy malformed\.json: not valid JSON/);
    r = run(['assess', 'role.json', '--policy', 'nothing.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read nothing\.json: no such file/);
    r = run(['assess', 'role.json', '--today', '2026-02-30']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--today must be a date written YYYY-MM-DD \(found “2026-02-30”\)/);
    noStack(r.stderr);
  });

  it('an invalid document: exit 1 with its issues on stderr and nothing on stdout', () => {
    const r = run(['assess', 'invalid.json']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^psw-role-kit: invalid\.json is not a valid role document \(4 issues\):\n {2}meta\.status — /);
    assert.match(r.stderr, /^ {2}duties\[2\]\.flexibility\.maxShare — .*Maximum share must be 100 or less\.$/m);
  });

  it('reads an export and standard input; refuses two files, a folder and a missing file', () => {
    assert.equal(run(['assess', 'export.json', '--today', TODAY]).code, 0);
    const r = run(['assess', '-', '--json', '--today', TODAY], { input: readFileSync(at('template.json')) });
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).readiness, core.assessRole(template, { today: TODAY }).readiness);
    assert.match(run(['assess', 'role.json', 'template.json']).stderr, /give one FILE \(found 2\)/);
    assert.equal(run(['assess', 'folder']).code, 2);
    const missing = run(['assess', 'missing.json']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'psw-role-kit: cannot read missing.json: no such file\n');
  });
});

describe('export', () => {
  it('json: the canonical envelope, whose document is the role', () => {
    const r = run(['export', 'role.json', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const env = JSON.parse(r.stdout);
    assert.equal(env.kind, 'psw-job-description');
    assert.deepEqual(env.document, JSON.parse(JSON.stringify(complete)));
    assert.equal(env.provenance.study.doi, core.STUDY.doi);
    assert.equal(env.provenance.generator.version, PKG.version);
    assert.ok(r.stdout.startsWith('{\n  "kind"'), 'pretty printed');
  });

  it('jsonld: a schema.org JobPosting; --extensions adds the psw: terms', () => {
    const plain = JSON.parse(run(['export', 'role.json', '--format', 'jsonld']).stdout);
    assert.equal(plain['@type'], 'JobPosting');
    assert.equal(plain['@context'], 'https://schema.org');
    assert.equal(plain.title, complete.role.title);
    assert.ok(!Object.keys(plain).some((k) => k.startsWith('psw:')));
    const ext = JSON.parse(run(['export', 'role.json', '--format', 'jsonld', '--extensions']).stdout);
    assert.equal(ext['@type'], 'JobPosting');
    assert.deepEqual(ext['@context'], ['https://schema.org', { psw: core.PSW_NAMESPACE }]);
    assert.ok(Object.keys(ext).some((k) => k.startsWith('psw:')));
  });

  it('md: the job description with the title', () => {
    const r = run(['export', 'role.json', '-f', 'md']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith(`# ${complete.role.title}\n`), r.stdout.slice(0, 80));
    assert.equal(r.stdout, core.toMarkdown(complete).replace(/\n?$/, '\n'));
  });

  it('docx to a pipe: a zip whose text mammoth reads, title included', async () => {
    const r = run(['export', 'role.json', '--format', 'docx'], { binary: true });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.subarray(0, 2).toString('latin1'), 'PK');
    const { value } = await mammoth.extractRawText({ buffer: r.stdout });
    assert.ok(value.includes(complete.role.title), 'title in the Word text');
  });

  it('--out FILE writes the file and says so', async () => {
    const r = run(['export', 'role.json', '--format', 'docx', '--out', 'out/role.docx']);
    assert.equal(r.code, 0, r.stderr);
    const bytes = readFileSync(at('out/role.docx'));
    assert.equal(r.stdout, `Wrote out/role.docx (${bytes.length.toLocaleString('en-GB')} bytes)\n`);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    assert.ok(value.includes(complete.role.title));
  });

  it('--out FOLDER names the file with suggestFilename; the format may come from --out', () => {
    const r = run(['export', 'role.json', '-f', 'jsonld', '-o', 'out']);
    assert.equal(r.code, 0, r.stderr);
    const name = core.suggestFilename(complete, 'jsonld');
    assert.match(r.stdout, new RegExp(`^Wrote out/${name.replace(/\./g, '\\.')} \\(`));
    assert.equal(JSON.parse(readFileSync(at('out', name), 'utf8'))['@type'], 'JobPosting');
    const md = run(['export', 'role.json', '--out', 'out/inferred.md']);
    assert.equal(md.code, 0, md.stderr);
    assert.ok(readFileSync(at('out/inferred.md'), 'utf8').startsWith(`# ${complete.role.title}`));
  });

  it('--out in a folder that does not exist: exit 2, nothing created', () => {
    let r = run(['export', 'role.json', '-f', 'md', '--out', 'nowhere/role.md']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'psw-role-kit: cannot write nowhere/role.md: the folder nowhere does not exist (psw-role-kit creates no folders)\n');
    assert.ok(!existsSync(at('nowhere')));
    r = run(['export', 'role.json', '-f', 'md', '--out', 'nowhere/']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the folder does not exist/);
    assert.ok(!existsSync(at('nowhere')));
  });

  it('usage errors: no format, --extensions without jsonld, two files (exit 2)', () => {
    let r = run(['export', 'role.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /export: give --format json\|jsonld\|md\|docx/);
    r = run(['export', 'role.json', '-f', 'md', '--extensions']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--extensions applies to --format jsonld only/);
    r = run(['export', 'role.json', 'template.json', '-f', 'md']);
    assert.equal(r.code, 2);
  });

  it('an invalid or malformed document: exit 1, issues on stderr, nothing written', () => {
    let r = run(['export', 'invalid.json', '-f', 'docx', '-o', 'out/invalid.docx']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /invalid\.json is not a valid role document \(4 issues\)/);
    assert.ok(!existsSync(at('out/invalid.docx')));
    r = run(['export', 'malformed.json', '-f', 'md']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /not valid JSON/);
    r = run(['export', 'big.json', '-f', 'md']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /too large/);
  });

  it('exports an export envelope’s document, and standard input', () => {
    const a = run(['export', 'export.json', '-f', 'md']);
    assert.equal(a.code, 0);
    assert.ok(a.stdout.startsWith(`# ${complete.role.title}`));
    const b = run(['export', '-', '-f', 'jsonld'], { input: readFileSync(at('template.json')) });
    assert.equal(JSON.parse(b.stdout).title, template.role.title);
  });

  it('a closed pipe ends quietly', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export role.json -f json | head -c 10 >/dev/null`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
  });
});

describe('templates and template', () => {
  it('templates lists every setting id with its label', () => {
    const r = run(['templates']);
    assert.equal(r.code, 0);
    for (const s of core.settings) assert.match(r.stdout, new RegExp(`^ {2}${s.id} +${s.label.replace(/[()]/g, '\\$&')}`, 'm'));
    assert.deepEqual(JSON.parse(run(['templates', '--json']).stdout).map((s) => s.id), core.settings.map((s) => s.id));
  });

  it('template SETTING_ID prints a valid starting document', () => {
    const r = run(['template', 'perinatal']);
    assert.equal(r.code, 0);
    const parsed = core.parseRoleDocument(r.stdout);
    assert.ok(parsed.ok);
    assert.equal(parsed.document.context.setting, 'perinatal');
  });

  it('--out writes it once; an existing file is kept unless --force', () => {
    let r = run(['template', 'crisis', '--out', 'out/new-role.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Wrote out\/new-role\.json \(/);
    assert.equal(run(['validate', 'out/new-role.json']).code, 0);
    writeFileSync(at('out/new-role.json'), '{"kept": true}');
    r = run(['template', 'crisis', '--out', 'out/new-role.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /out\/new-role\.json already exists: choose another name, or add --force/);
    assert.equal(readFileSync(at('out/new-role.json'), 'utf8'), '{"kept": true}');
    r = run(['template', 'crisis', '--out', 'out/new-role.json', '--force']);
    assert.equal(r.code, 0);
    assert.equal(run(['validate', 'out/new-role.json']).code, 0);
  });

  it('an unknown setting suggests the nearest one', () => {
    const r = run(['template', 'perinatl']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown setting “perinatl”\. Did you mean “perinatal”\? Run psw-role-kit templates/);
    assert.equal(run(['template']).code, 2);
  });
});

describe('plain output', () => {
  it('no colour codes when stdout is not a terminal', () => {
    for (const args of [['assess', 'empty-draft.json'], ['validate', 'role.json', 'invalid.json'], ['templates']]) {
      const r = run(args);
      assert.doesNotMatch(r.stdout + r.stderr, /\x1b\[/, args.join(' '));
    }
  });

  it('user errors never show a stack trace', () => {
    for (const args of [['validate', 'missing.json'], ['assess', 'folder'], ['export', 'role.json', '-f', 'md', '-o', 'no/such/dir/x.md'], ['nonsense'], ['export', 'role.json', '--x']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^psw-role-kit: /);
      noStack(r.stderr);
      assert.equal(readdirSync(dir).includes('no'), false);
    }
  });
});
