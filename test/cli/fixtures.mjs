// The fixture folder and helpers the command-line tests share (cli.test.mjs,
// cli-assess-export.test.mjs, cli-organisation.test.mjs): fixture files are written to a temporary
// folder, and the command line runs on them in this process (`run`: bin/cli/main.js with its own
// standard streams, environment and working folder), which is many times quicker than a Node process
// per case. `spawnBin` runs the real bin in a process, for the few tests of what only a process shows
// (the executable file, a pipe closed early). Needs `npm run build` first (the command line runs the
// built core, and the fixtures are made with it).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import * as core from '../../dist/lib/src/index.js';

export { core };
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'psw-role-kit.js');
export const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
export const TODAY = '2026-11-25';
const NOW = '2026-09-01T09:00:00.000Z';

/** The fixture folder (set by `useFixtureFolder`). */
export let dir = '';
export const at = (...p) => join(dir, ...p);

/** The environment a run sees: this process's, without what changes the command line's output, plus `env`. */
function runEnv(env) {
  const base = { ...process.env };
  delete base.PSW_DEBUG;
  delete base.NO_COLOR;
  return { ...base, ...env };
}

/** Runs the bin in a Node process of its own, in the fixture folder. `binary` keeps stdout as a Buffer. */
export function spawnBin(args, { input, cwd = dir, env = {}, binary = false } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, input, env: runEnv(env), encoding: binary ? 'buffer' : 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: binary ? r.stderr.toString('utf8') : r.stderr };
}

const { main } = await import('../../bin/cli/main.js');

/** A stream that keeps what is written to it, like a pipe to a file (not a terminal). */
function sink() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

/** The descriptors of the process properties a run replaces, to put back afterwards. */
const STREAMS = ['stdin', 'stdout', 'stderr'];

/**
 * Runs the command line in this process, in the fixture folder: `main(args)` of bin/cli/main.js (what
 * the bin hands over to) with its own standard input (`input`, else empty), standard output and error
 * (pipes, not terminals) and environment, exactly as a Node process running the bin would see them.
 * The test runner keeps the streams it already holds, so its own reporting is untouched. Runs one at
 * a time (the tests of a file run in order). `binary` keeps stdout as a Buffer.
 */
export async function run(args, { input, cwd = dir, env = {}, binary = false } = {}) {
  const saved = { cwd: process.cwd(), env: process.env, streams: STREAMS.map((k) => Object.getOwnPropertyDescriptor(process, k)) };
  const out = sink();
  const err = sink();
  const stdin = Readable.from(input === undefined ? [] : [typeof input === 'string' ? Buffer.from(input) : input]);
  const set = (k, value) => Object.defineProperty(process, k, { value, configurable: true, enumerable: true, writable: true });
  let code;
  try {
    process.env = runEnv(env);
    process.chdir(cwd);
    set('stdin', stdin);
    set('stdout', out.stream);
    set('stderr', err.stream);
    code = await main(args);
  } finally {
    STREAMS.forEach((k, i) => Object.defineProperty(process, k, saved.streams[i]));
    process.env = saved.env;
    process.chdir(saved.cwd);
  }
  const stdout = out.bytes();
  return { code, stdout: binary ? stdout : stdout.toString('utf8'), stderr: err.bytes().toString('utf8') };
}

export const noStack = (text) => assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace for a user error');
export const lines = (text) => text.split('\n');

/** A complete role: every boundary agreed (with whom, when), post facts confirmed, criteria assessed, core duties described, funding named. */
function completeRole() {
  const d = core.createRoleDocument({ template: 'adult-community', now: NOW, id: 'good-role-1', today: TODAY });
  d.meta.organisation = 'Riverside Mental Health NHS Foundation Trust';
  // What a template leaves to the organisation and the manager, answered.
  d.team = { briefingBeforeStart: true, briefingCoDeliveredByPeer: true, otherPeerWorkers: 1, peerNetwork: true, attendsTeamMeetings: true };
  d.leadership = { namedSponsor: 'Service manager', peerLeadInOrganisation: true, peerVoiceForum: true };
  d.wellbeing = { wellnessPlanOffered: true, adjustmentsProcess: true, accessToWorkSignposted: true };
  Object.assign(d.recruitment, {
    coProduced: true, peerOnPanel: true, livedExperienceBasis: 'occupational-requirement', healthQuestionsBeforeOffer: false,
    adjustmentsOffered: true, accessibleSteps: ['informal-conversation'], convictionsApproach: 'individual-assessment',
  });
  d.employment.dbs = { ...d.employment.dbs, reason: 'Regular one-to-one support of adults receiving mental health care' };
  d.supervision.cover = 'The peer support lead covers when the supervisor is away.';
  for (const a of d.supervision.arrangements) {
    if (a.type === 'peer-supervision' || a.type === 'group-peer-supervision') Object.assign(a, { providerRole: 'Peer support lead', providerHasPeerBackground: true });
  }
  d.meta.reviewDate = '2027-10-01';
  for (const b of d.boundaries) Object.assign(b, { status: 'agreed', agreedWith: 'The post-holder and their supervisor', agreedOn: '2026-10-15' });
  // The template's suggested post facts confirmed, and the base given.
  delete d.meta.suggested;
  d.employment.location = 'Riverside Community Mental Health Team, Mill Lane';
  for (const c of [...d.recruitment.personSpec.essential, ...d.recruitment.personSpec.desirable]) c.assessedBy ??= 'Application form and interview';
  for (const a of d.supervision.arrangements) if (a.providerHasPeerBackground) a.providerTrainedInPeerSupervision = true;
  for (const x of d.duties) if (x.kind === 'core') x.description ??= 'What the post-holder does, with whom and how often.';
  d.employment.funding = { ...d.employment.funding, source: 'Recurrent trust funding' };
  d.duties.push({ id: 'duty-no-meds', kind: 'excluded', title: 'Giving or prompting medication', exclusionReason: 'A clinical task the PSW is not trained or registered for.' });
  const parsed = core.parseRoleDocument(d);
  assert.ok(parsed.ok, 'the complete role fixture is valid');
  return parsed.document;
}

/** The complete role and the crisis template written to role.json and template.json. */
export let complete;
export let template;

/** Writes the fixture files into a fresh temporary folder before the file's tests and removes it after. */
export function useFixtureFolder() {
  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist/lib/src/index.js')), 'run npm run build first');
    dir = mkdtempSync(join(tmpdir(), 'psw-cli-'));
    complete = completeRole();
    template = core.createRoleDocument({ template: 'crisis', now: NOW, id: 'crisis-1', today: TODAY });
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
    // As schema version 1 wrote a 9-month fixed-term post: its length in the funding term.
    const v1 = structuredClone(template);
    v1.schemaVersion = 1;
    v1.employment = { ...v1.employment, contractType: 'fixed-term', funding: { source: 'Grant', termMonths: 9 } };
    delete v1.employment.fixedTermMonths;
    writeFileSync(at('v1.json'), json(v1));

    writeFileSync(at('malformed.json'), '{\n  "kind": "psw-role-document",\n  "duties": [1, 2,]\n}\n');
    // Just over the parser's limit of 1 MiB of text, and over the 8 MiB export limit (refused unread).
    writeFileSync(at('big.json'), JSON.stringify({ ...template, extensions: { padding: 'x'.repeat(1024 * 1024) } }));
    writeFileSync(at('huge.json'), Buffer.alloc(9 * 1024 * 1024, 0x20));
    // An export over 1 MiB (indented, with its assessment) whose document is within the limit.
    const long = { ...template, duties: Array.from({ length: 112 }, (_, i) => ({ id: `long-${i}`, title: `Duty ${i + 1}`, kind: 'core', description: 'x'.repeat(9_100) })) };
    writeFileSync(at('big-export.json'), JSON.stringify(core.exportJobDescription(long, { now: NOW }), null, 2));
    // Exports whose envelope is not the export format's: no assessment and provenance; a newer version.
    const made = core.exportJobDescription(template, { now: NOW });
    writeFileSync(at('export-bare.json'), json({ kind: made.kind, schemaVersion: 1, document: made.document }));
    writeFileSync(at('export-newer.json'), json({ ...made, schemaVersion: 2 }));
    writeFileSync(at('policy.json'), json({ minCoreDuties: 10, balance: { tooRigidFlexibleBelow: 30 } }));
    writeFileSync(at('policy-typo.json'), json({ minCoreDutie: 4 }));
    writeFileSync(at('policy-bad.json'), json({ balance: { tooLooseCoreBelow: 140 } }));
    mkdirSync(at('folder'));
    mkdirSync(at('out'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));
}
