// The command line's assess and export commands (the other commands are in cli.test.mjs), on the
// fixture files of ./fixtures.mjs. Needs `npm run build` first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { BIN, PKG, TODAY, at, complete, core, dir, noStack, run, template, useFixtureFolder } from './fixtures.mjs';

useFixtureFolder();

describe('assess', () => {
  it('a complete role: ready, banding ready, balance, themes, nothing to fix or check, and the pay figures’ provenance (exit 0)', async () => {
    const r = await run(['assess', 'role.json', '--today', TODAY]);
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
    // Its 2026/27 salary is checked against figures worked out from the award (R85, information only).
    assert.match(out, /^Findings: 0 errors, 0 warnings, 1 info$/m);
    assert.match(out, /^ {2}R85 T5 · other evidence · sources S30-b$/m);
  });

  it('an empty draft: findings grouped by severity with rule, themes, basis, sources, fix and field; still exit 0', async () => {
    const r = await run(['assess', 'empty-draft.json', '--today', TODAY]);
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

  it('--json prints the assessment the core computes', async () => {
    const r = await run(['assess', 'template.json', '--json', '--today', TODAY]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(core.assessRole(template, { today: TODAY }))));
  });

  it('--today moves the date rules (a passed review date)', async () => {
    const before = JSON.parse((await run(['assess', 'role.json', '--json', '--today', '2027-09-30'])).stdout);
    const later = JSON.parse((await run(['assess', 'role.json', '--json', '--today', '2027-10-02'])).stdout);
    assert.ok(!before.findings.some((f) => f.ruleId === 'R65'));
    assert.ok(later.findings.some((f) => f.ruleId === 'R65' && f.path === 'meta.reviewDate'));
  });

  it('--policy sets the organisation’s thresholds, and the text shows them', async () => {
    const r = await run(['assess', 'role.json', '--policy', 'policy.json', '--today', TODAY]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /verdict: too rigid/);
    assert.match(r.stdout, /too rigid below 30 % flexible; too loose above 50 % flexible or below 40 % core/);
    const json = JSON.parse((await run(['assess', 'role.json', '--json', '--policy', 'policy.json', '--today', TODAY])).stdout);
    assert.deepEqual(json, JSON.parse(JSON.stringify(core.assessRole(complete, { minCoreDuties: 10, balance: { tooRigidFlexibleBelow: 30 }, today: TODAY }))));
  });

  it('a policy with a typo or a bad value, and a bad --today, are usage errors (exit 2)', async () => {
    let r = await run(['assess', 'role.json', '--policy', 'policy-typo.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /policy policy-typo\.json: “minCoreDutie” is not a policy setting\. Did you mean “minCoreDuties”\?/);
    r = await run(['assess', 'role.json', '--policy', 'policy-bad.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /“balance\.tooLooseCoreBelow” must be a percentage from 0 to 100 \(found 140\)/);
    r = await run(['assess', 'role.json', '--policy', 'malformed.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /policy malformed\.json: not valid JSON/);
    r = await run(['assess', 'role.json', '--policy', 'nothing.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read nothing\.json: no such file/);
    r = await run(['assess', 'role.json', '--today', '2026-02-30']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--today must be a date written YYYY-MM-DD \(found “2026-02-30”\)/);
    noStack(r.stderr);
  });

  it('an invalid document: exit 1 with its issues on stderr and nothing on stdout', async () => {
    const r = await run(['assess', 'invalid.json']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^psw-role-kit: invalid\.json is not a valid role document \(4 issues\):\n {2}meta\.status — /);
    assert.match(r.stderr, /^ {2}duties\[2\]\.flexibility\.maxShare — .*Maximum share must be 100 or less\.$/m);
  });

  it('reads an export and standard input; refuses two files, a folder and a missing file', async () => {
    assert.equal((await run(['assess', 'export.json', '--today', TODAY])).code, 0);
    const r = await run(['assess', '-', '--json', '--today', TODAY], { input: readFileSync(at('template.json')) });
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).readiness, core.assessRole(template, { today: TODAY }).readiness);
    assert.match((await run(['assess', 'role.json', 'template.json'])).stderr, /give one FILE \(found 2\)/);
    assert.equal((await run(['assess', 'folder'])).code, 2);
    const missing = await run(['assess', 'missing.json']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'psw-role-kit: cannot read missing.json: no such file\n');
  });
});

describe('export', () => {
  it('json: the canonical envelope, whose document is the role', async () => {
    const r = await run(['export', 'role.json', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const env = JSON.parse(r.stdout);
    assert.equal(env.kind, 'psw-job-description');
    assert.deepEqual(env.document, JSON.parse(JSON.stringify(complete)));
    assert.equal(env.provenance.study.doi, core.STUDY.doi);
    assert.equal(env.provenance.generator.version, PKG.version);
    assert.ok(r.stdout.startsWith('{\n  "kind"'), 'pretty printed');
  });

  it('jsonld: a schema.org JobPosting; --extensions adds the psw: terms', async () => {
    const plain = JSON.parse((await run(['export', 'role.json', '--format', 'jsonld'])).stdout);
    assert.equal(plain['@type'], 'JobPosting');
    assert.equal(plain['@context'], 'https://schema.org');
    assert.equal(plain.title, complete.role.title);
    assert.ok(!Object.keys(plain).some((k) => k.startsWith('psw:')));
    const ext = JSON.parse((await run(['export', 'role.json', '--format', 'jsonld', '--extensions'])).stdout);
    assert.equal(ext['@type'], 'JobPosting');
    assert.deepEqual(ext['@context'], ['https://schema.org', { psw: core.PSW_NAMESPACE }]);
    assert.ok(Object.keys(ext).some((k) => k.startsWith('psw:')));
  });

  it('md: the job description with the title', async () => {
    const r = await run(['export', 'role.json', '-f', 'md']);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith(`# ${complete.role.title}\n`), r.stdout.slice(0, 80));
    assert.equal(r.stdout, core.toMarkdown(complete).replace(/\n?$/, '\n'));
  });

  it('--audience: md and docx for candidates by default, the internal record on request; refused elsewhere', async () => {
    const internal = await run(['export', 'role.json', '-f', 'md', '--audience', 'internal']);
    assert.equal(internal.code, 0, internal.stderr);
    assert.ok(internal.stdout.includes('## Assessment summary'), 'the internal record ends with the assessment');
    assert.equal((await run(['export', 'role.json', '-f', 'md', '--audience', 'candidate'])).stdout, (await run(['export', 'role.json', '-f', 'md'])).stdout);
    const docx = await run(['export', 'role.json', '-f', 'docx', '--audience', 'internal'], { binary: true });
    const { value } = await mammoth.extractRawText({ buffer: docx.stdout });
    assert.ok(value.includes('Assessment summary'));
    const wrong = await run(['export', 'role.json', '-f', 'json', '--audience', 'internal']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--audience applies to --format md and docx only/);
    assert.match((await run(['export', 'role.json', '-f', 'md', '--audience', 'hr'])).stderr, /--audience must be one of candidate, internal/);
  });

  it('docx to a pipe: a zip whose text mammoth reads, title included', async () => {
    const r = await run(['export', 'role.json', '--format', 'docx'], { binary: true });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.subarray(0, 2).toString('latin1'), 'PK');
    const { value } = await mammoth.extractRawText({ buffer: r.stdout });
    assert.ok(value.includes(complete.role.title), 'title in the Word text');
  });

  it('--out FILE writes the file and says so', async () => {
    const r = await run(['export', 'role.json', '--format', 'docx', '--out', 'out/role.docx']);
    assert.equal(r.code, 0, r.stderr);
    const bytes = readFileSync(at('out/role.docx'));
    assert.equal(r.stdout, `Wrote out/role.docx (${bytes.length.toLocaleString('en-GB')} bytes)\n`);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    assert.ok(value.includes(complete.role.title));
  });

  it('--out FOLDER names the file with suggestFilename; the format may come from --out', async () => {
    const r = await run(['export', 'role.json', '-f', 'jsonld', '-o', 'out']);
    assert.equal(r.code, 0, r.stderr);
    const name = core.suggestFilename(complete, 'jsonld');
    assert.match(r.stdout, new RegExp(`^Wrote out/${name.replace(/\./g, '\\.')} \\(`));
    assert.equal(JSON.parse(readFileSync(at('out', name), 'utf8'))['@type'], 'JobPosting');
    const md = await run(['export', 'role.json', '--out', 'out/inferred.md']);
    assert.equal(md.code, 0, md.stderr);
    assert.ok(readFileSync(at('out/inferred.md'), 'utf8').startsWith(`# ${complete.role.title}`));
  });

  it('--out in a folder that does not exist: exit 2, nothing created', async () => {
    let r = await run(['export', 'role.json', '-f', 'md', '--out', 'nowhere/role.md']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'psw-role-kit: cannot write nowhere/role.md: the folder nowhere does not exist (psw-role-kit creates no folders)\n');
    assert.ok(!existsSync(at('nowhere')));
    r = await run(['export', 'role.json', '-f', 'md', '--out', 'nowhere/']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /the folder does not exist/);
    assert.ok(!existsSync(at('nowhere')));
  });

  it('usage errors: no format, --extensions without jsonld, two files (exit 2)', async () => {
    let r = await run(['export', 'role.json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /export: give --format json\|jsonld\|md\|docx/);
    r = await run(['export', 'role.json', '-f', 'md', '--extensions']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--extensions applies to --format jsonld only/);
    r = await run(['export', 'role.json', 'template.json', '-f', 'md']);
    assert.equal(r.code, 2);
  });

  it('an invalid or malformed document: exit 1, issues on stderr, nothing written', async () => {
    let r = await run(['export', 'invalid.json', '-f', 'docx', '-o', 'out/invalid.docx']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /invalid\.json is not a valid role document \(4 issues\)/);
    assert.ok(!existsSync(at('out/invalid.docx')));
    r = await run(['export', 'malformed.json', '-f', 'md']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /not valid JSON/);
    r = await run(['export', 'big.json', '-f', 'md']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /too large/);
  });

  it('exports an export envelope’s document, and standard input', async () => {
    const a = await run(['export', 'export.json', '-f', 'md']);
    assert.equal(a.code, 0);
    assert.ok(a.stdout.startsWith(`# ${complete.role.title}`));
    const b = await run(['export', '-', '-f', 'jsonld'], { input: readFileSync(at('template.json')) });
    assert.equal(JSON.parse(b.stdout).title, template.role.title);
  });

  it('a closed pipe ends quietly', async () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export role.json -f json | head -c 10 >/dev/null`], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
  });
});
