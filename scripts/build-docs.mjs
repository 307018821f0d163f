#!/usr/bin/env node
// `npm run docs`: regenerates the documentation that is derived from the code, so it cannot drift.
// - docs/elements/<tag>.md for every element in custom-elements.json: the hand-written
//   docs/elements/_<tag>.intro.md (what it is for, a snippet, accessibility notes), then the API
//   tables from the manifest (attributes, properties, methods, events, slots, parts, states);
//   docs/elements/README.md lists them.
// - docs/rules.md from `ruleCatalogue` and `defaultPolicy`.
// - docs/sources.md from the source registry and who cites each source (scripts/lib/docs-sources.mjs).
// - The marked blocks of docs/theming.md (tokens, parts and states), docs/document-format.md
//   (fields from the JSON Schema, what only the parser checks, the export envelope) and
//   docs/the-study.md (the rules and coverage checklist of each theme).
// - themes/default.css: every token with its default.
// test/build/docs.test.mjs regenerates everything in memory and fails when a committed file differs.
// Usage: node scripts/build-docs.mjs [--check]   (runs `cem analyze` first; --check writes nothing
// and exits 1 when a file is out of date)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GENERATED, anchor, code, table } from './lib/markdown.mjs';
import { defaultThemeCss, partsAndStates, tokenTable } from './lib/docs-theming.mjs';
import { sourcesPage } from './lib/docs-sources.mjs';

const SEVERITY = { error: 'Must fix', warning: 'Check', info: 'Consider' };
const BASIS = { study: 'Study finding', evidence: 'Other evidence', heuristic: 'Tool heuristic' };
const THEMES = {
  T1: 'Flexibility with some structure and boundaries',
  T2: 'Supervision and training for the unique parts of peer work',
  T3: 'A strong team and leaders who value peer workers',
  T4: 'Peer work within the structures of health systems',
  T5: 'Funding, pay and progression',
};
/** What each policy setting means; a new setting fails the docs build until it is described here. */
const POLICY = {
  minFixedTermMonths: 'Fixed-term posts shorter than this many months are flagged.',
  maxInvolvementRequestCap: 'A cap on involvement or co-production requests above this percentage of contracted time is flagged.',
  minCoreDuties: 'Fewer core duties than this are flagged as too little structure.',
  minSupervisionSessionsPerMonth: 'Supervision other than line management less often than this many sessions a month is flagged.',
  'balance.tooRigidFlexibleBelow': 'The balance verdict is “too rigid” when flexible time is below this percentage.',
  'balance.tooLooseFlexibleAbove': 'The balance verdict is “too loose” when flexible time is above this percentage…',
  'balance.tooLooseCoreBelow': '…or when core time is below this percentage.',
};

/** The core's data the docs need, bundled for Node like scripts/build-schema.mjs does. */
async function loadCore() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const tmp = resolve('.cache/build-docs');
  const file = join(tmp, `core-${process.pid}-${Date.now()}.mjs`);
  mkdirSync(tmp, { recursive: true });
  try {
    await build({
      stdin: {
        contents: [
          "export { ruleCatalogue, defaultPolicy, settings, fieldLabels, themeChecklist, payTables, SCHEMA_VERSION, EXPORT_SCHEMA_VERSION } from './src/index.ts';",
          "export { PARSER_ONLY_CHECKS, roleDocumentJsonSchema } from './src/model/json-schema.ts';",
          "export { exportEnvelopeJsonSchema } from './src/export/export-json-schema.ts';",
          "export { sources, SOURCE_GROUPS } from './src/catalogue/sources.ts';",
          "export { citationsBySource } from './src/assess/citations.ts';",
        ].join('\n'),
        resolveDir: resolve('.'), sourcefile: 'docs-core.ts', loader: 'ts',
      },
      outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
      define: { __PSW_VERSION__: JSON.stringify(pkg.version) },
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

// ---------------------------------------------------------------- elements

function elementPage(d, intro) {
  const attrs = d.attributes ?? [];
  const attrFields = new Set(attrs.map((a) => a.fieldName).filter(Boolean));
  const isPublic = (m) => !m.privacy || m.privacy === 'public';
  const members = (d.members ?? []).filter((m) => isPublic(m) && !m.static);
  const props = members.filter((m) => m.kind === 'field' && !attrFields.has(m.name));
  const callbacks = members.filter((m) => m.kind === 'method' && /Callback$/.test(m.name));
  const methods = members.filter((m) => m.kind === 'method' && !callbacks.includes(m));
  const fieldOf = (a) => (d.members ?? []).find((m) => m.name === a.fieldName);
  const out = [
    `# \`<${d.tagName}>\``,
    '',
    `<!-- ${GENERATED} from custom-elements.json and docs/elements/_${d.tagName}.intro.md: edit those, not this file. -->`,
    '',
    `> ${d.summary}`,
    '',
    intro.trim(),
    '',
    '## How it works',
    '',
    d.description.trim(),
    '',
    '## API',
    '',
    `Class \`${d.name}\`, exported by \`psw-role-kit\`; the tag is registered by \`psw-role-kit/define\` and the CDN file.`,
  ];
  const section = (title, body) => { if (body) out.push('', `### ${title}`, '', body); };
  section('Attributes', table(['Attribute', 'Property', 'Type', 'Default', 'Description'],
    attrs.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(fieldOf(a)?.default ?? a.default), a.description])));
  section('Properties', table(['Property', 'Type', 'Description'],
    props.map((m) => [code(m.name) + (m.readonly ? ' (read only)' : ''), code(m.type?.text), m.description])));
  section('Methods', table(['Method', 'Returns', 'Description'],
    methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`), code(m.return?.type?.text), m.description])));
  section('Form callbacks (called by the browser, not by you)', table(['Callback', 'What it does'],
    callbacks.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description])));
  section('Events', table(['Event', 'Class', 'Description'],
    (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])));
  section('Slots', table(['Slot', 'Description'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description])));
  section('CSS parts', table(['Part', 'Description'], (d.cssParts ?? []).map((p) => [code(p.name), p.description])));
  section('Custom states', table(['State', 'Description'], (d.cssStates ?? []).map((s) => [code(`:state(${s.name})`), s.description])));
  out.push('', '### Theming tokens', '',
    `Every element reads the same ${(d.cssProperties ?? []).length} \`--psw-*\` custom properties: see [theming](../theming.md).`, '');
  return out.join('\n');
}

function elementIndex(elements) {
  return [
    '# Elements',
    '',
    `<!-- ${GENERATED} from custom-elements.json. -->`,
    '',
    'Each page starts with what the element is for, a snippet and accessibility notes, then its API as',
    'custom-elements.json describes it (`psw-role-kit/custom-elements.json`, also read by IDEs and',
    'framework tooling).',
    '',
    table(['Element', 'What it is for'], elements.map((d) => [`[\`<${d.tagName}>\`](${d.tagName}.md)`, d.summary])),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- rules

function rulesPage(core) {
  const rules = core.ruleCatalogue;
  const policy = core.defaultPolicy;
  const flat = Object.entries(policy).flatMap(([k, v]) => (v && typeof v === 'object' ? Object.entries(v).map(([k2, v2]) => [`${k}.${k2}`, v2]) : [[k, v]]));
  const undescribed = flat.filter(([k]) => !POLICY[k]).map(([k]) => k);
  if (undescribed.length) throw new Error(`build-docs: describe the policy setting(s) ${undescribed.join(', ')} in POLICY`);
  const count = (key, value) => rules.filter((r) => r[key] === value).length;
  const out = [
    '# Assessment rules',
    '',
    `<!-- ${GENERATED} from \`ruleCatalogue\` and \`defaultPolicy\` (src/assess). -->`,
    '',
    `\`assessRole(doc, policy?)\` checks a role against ${rules.length} rules. Each finding carries the rule's themes`,
    '(T1–T5, the five themes of the 2025 study: see [the study](the-study.md)), its severity, its evidence basis,',
    'its sources (ids listed in [sources](sources.md)), a message written for the role at hand and a way to fix it.',
    '',
    `- Severity: **${SEVERITY.error}** (\`error\`, ${count('severity', 'error')} rules): the role is not complete without it; with \`required\`,`,
    '  `<psw-role-document>` is invalid in its form while such a finding exists.',
    `  **${SEVERITY.warning}** (\`warning\`, ${count('severity', 'warning')}): likely a problem, look at it. **${SEVERITY.info}** (\`info\`, ${count('severity', 'info')}): a suggestion.`,
    `- Basis: **${BASIS.study}** (\`study\`, ${count('basis', 'study')} rules) only for what the study's abstract states;`,
    `  **${BASIS.evidence}** (\`evidence\`, ${count('basis', 'evidence')}) for another named source; **${BASIS.heuristic}** (\`heuristic\`,`,
    `  ${count('basis', 'heuristic')}) for a default or judgement of this tool with no evidence behind it, which each such rule says.`,
    '- Readiness: `incomplete` while a Must fix finding exists, else `needs-attention` while a Check finding',
    '  exists, else `ready`.',
    '',
    '## Rules by basis',
    '',
    table(['Basis', 'Rules', 'Which'], Object.entries(BASIS).map(([basis, label]) => {
      const ids = rules.filter((r) => r.basis === basis).map((r) => r.id);
      return [`${label} (\`${basis}\`)`, String(ids.length), ids.join(', ')];
    })),
    '',
    '## Templates and where an answer belongs',
    '',
    'A template holds what the evidence says about a post, never what only the organisation knows (team,',
    'leadership, recruitment process, wellbeing, who provides peer supervision and whether supervisors are',
    'trained). Those stay unset, so on a fresh template the rules that need them fire (R09, R13, R14, R15,',
    'R16, R24, R25, R44, R46, R48), and each message says where the answer belongs: once for the',
    'organisation in its profile (“Facts › Peer on the panel”), whose answers then fill every role that',
    'leaves them unset, or here for this post (other peer workers, a named sponsor, cover).',
    '',
    '## Pay tables',
    '',
    'Pay tables carry the dates they are in force. R59 compares a role’s pay table year with the table in force',
    'on `policy.today`, and past the newest table held it says so rather than presenting an old table as',
    'current. An organisation profile may bring its own tables (`pay.tables`), which win for the same scheme',
    'and date. Built in (Agenda for Change, England only; no table is held for other nations):',
    '',
    table(['Table', 'In force', 'Band 3', 'Source'], core.payTables.map((t) => {
      const b3 = t.bands.find((b) => b.band === '3');
      return [t.label, `${t.effectiveFrom} to ${t.effectiveTo}`, b3 ? `£${b3.min.toLocaleString('en-GB')}–£${b3.max.toLocaleString('en-GB')}` : '', t.source];
    })),
    '',
    '## Policy: the thresholds an organisation can change',
    '',
    'Every number below is a heuristic of this tool, not a figure from evidence. Pass your own to',
    '`assessRole(doc, { minCoreDuties: 4 })`; anything not given keeps its default. Rules that depend on the',
    "date take it from `policy.today` (`YYYY-MM-DD`, default: the clock).",
    '',
    table(['Setting', 'Default', 'Meaning'], flat.map(([k, v]) => [code(k), code(v), POLICY[k]])),
    '',
    '## All rules',
    '',
    table(['Rule', 'Title', 'Severity', 'Basis', 'Themes'],
      rules.map((r) => [`[${r.id}](#${anchor(`${r.id} ${r.title}`)})`, r.title, SEVERITY[r.severity], BASIS[r.basis], r.themes.join(', ')])),
  ];
  for (const [theme, name] of Object.entries(THEMES)) {
    const inTheme = rules.filter((r) => r.themes[0] === theme);
    if (!inTheme.length) continue;
    out.push('', `## ${theme} ${name}`, '');
    for (const r of inTheme) {
      out.push(`### ${r.id} ${r.title}`, '',
        `- Severity: ${SEVERITY[r.severity]} (\`${r.severity}\`) · Basis: ${BASIS[r.basis]} (\`${r.basis}\`) · Themes: ${r.themes.join(', ')}`,
        `- Sources: ${r.sources.length ? r.sources.map((s) => `[${s}](sources.md#${s.toLowerCase()})`).join(', ') : 'none'}`,
        '', r.summary ?? '', '', `**Fix:** ${r.fix ?? ''}`, '');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ---------------------------------------------------------------- document format

function schemaRows(schema, labels, prefix = '', rows = []) {
  for (const [key, s] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const required = (schema.required ?? []).includes(key);
    const item = s.type === 'array' ? s.items : undefined;
    const kind = item ? `${item.type === 'object' ? 'list of items' : `list of ${item.type ?? 'values'}`}` : s.type ?? (s.const !== undefined ? 'constant' : s.anyOf ? 'one of' : '');
    const limits = [
      s.const !== undefined ? `= ${JSON.stringify(s.const)}` : '',
      s.enum ? s.enum.map((e) => JSON.stringify(e)).join(' / ') : '',
      item?.enum ? item.enum.map((e) => JSON.stringify(e)).join(' / ') : '',
      s.minimum !== undefined ? `≥ ${s.minimum}` : '', s.maximum !== undefined ? `≤ ${s.maximum}` : '',
      s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : '',
      s.maxItems !== undefined ? `at most ${s.maxItems.toLocaleString('en-GB')} items` : '',
      s.minLength === 1 ? 'not empty' : s.minLength ? `at least ${s.minLength} characters` : '',
      s.maxLength !== undefined ? `at most ${s.maxLength.toLocaleString('en-GB')} characters` : '',
      // Date patterns spell out the calendar; the format says it in words.
      s.pattern && !s.format ? `pattern ${code(s.pattern)}` : '',
      s.format === 'date' ? 'a date, `YYYY-MM-DD`' : s.format === 'date-time' ? 'an ISO 8601 date and time with a zone' : s.format ? `format ${s.format}` : '',
    ].filter(Boolean).join('; ');
    rows.push([code(path), labels[path.replace(/\.\[\]/g, '[]')] ?? '', (required ? '**required** ' : '') + kind, limits]);
    if (s.type === 'object' && s.properties) schemaRows(s, labels, path, rows);
    if (item?.type === 'object' && item.properties) schemaRows(item, labels, `${path}[]`, rows);
  }
  return rows;
}

function fieldsBlock(core) {
  const schema = core.roleDocumentJsonSchema();
  const rows = schemaRows(schema, core.fieldLabels);
  return table(['Field', 'Label in the editors and issues', 'Type', 'Values and limits (JSON Schema)'], rows);
}

function envelopeBlock(core) {
  const schema = core.exportEnvelopeJsonSchema();
  return table(['Field', 'Type', 'Values'], Object.entries(schema.properties ?? {}).map(([k, s]) => [
    code(k), ((schema.required ?? []).includes(k) ? '**required** ' : '') + (s.type ?? (s.const !== undefined ? 'constant' : '')),
    s.const !== undefined ? code(JSON.stringify(s.const)) : s.enum ? s.enum.map((e) => code(JSON.stringify(e))).join(' / ') : '',
  ]));
}

// ---------------------------------------------------------------- the study

function themeRulesBlock(core) {
  const rules = core.ruleCatalogue;
  const link = (r) => `[${r.id}](rules.md#${anchor(`${r.id} ${r.title}`)})`;
  const out = [];
  for (const [theme, name] of Object.entries(THEMES)) {
    const inTheme = rules.filter((r) => r.themes.includes(theme));
    const by = (basis) => inTheme.filter((r) => r.basis === basis);
    const checklist = core.themeChecklist.filter((c) => c.theme === theme);
    const total = checklist.reduce((n, c) => n + c.weight, 0);
    out.push(`### ${theme} ${name}`, '',
      `- Rules (${inTheme.length}): ${BASIS.study}: ${by('study').map(link).join(', ') || 'none'}; ` +
        `${BASIS.evidence}: ${by('evidence').map(link).join(', ') || 'none'}; ${BASIS.heuristic}: ${by('heuristic').map(link).join(', ') || 'none'}.`,
      `- Coverage score (a tool heuristic): ${checklist.map((c) => `${c.label} (${Math.round((100 * c.weight) / total)})`).join('; ')}.`,
      '');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- assembly

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`; fails when the markers are missing. */
export function fillBlock(text, name, body, file) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`build-docs: ${file} needs the markers ${start} … ${end}`);
  return `${text.slice(0, i + start.length)}\n<!-- ${GENERATED}: do not edit by hand. -->\n\n${body.trim()}\n\n${text.slice(j)}`;
}

/** Everything the docs build produces, as `path → content`, without writing anything. */
export async function renderDocs({ manifestFile = 'custom-elements.json' } = {}) {
  if (!existsSync(manifestFile)) throw new Error(`build-docs: ${manifestFile} is missing (npm run build)`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const elements = declarations.filter((d) => d.customElement && d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const base = declarations.find((d) => d.name === 'PswElement');
  if (!base) throw new Error('build-docs: PswElement is not in the manifest');
  const core = await loadCore();
  const files = new Map();

  for (const d of elements) {
    const introFile = `docs/elements/_${d.tagName}.intro.md`;
    if (!existsSync(introFile)) throw new Error(`build-docs: write ${introFile} (what <${d.tagName}> is for, a snippet, accessibility notes)`);
    files.set(`docs/elements/${d.tagName}.md`, elementPage(d, readFileSync(introFile, 'utf8')));
  }
  files.set('docs/elements/README.md', elementIndex(elements));
  files.set('docs/rules.md', rulesPage(core));
  files.set('themes/default.css', defaultThemeCss(base));

  let theming = readFileSync('docs/theming.md', 'utf8');
  theming = fillBlock(theming, 'tokens', tokenTable(base), 'docs/theming.md');
  theming = fillBlock(theming, 'parts', partsAndStates(elements), 'docs/theming.md');
  files.set('docs/theming.md', theming);

  let format = readFileSync('docs/document-format.md', 'utf8');
  format = fillBlock(format, 'fields', fieldsBlock(core), 'docs/document-format.md');
  format = fillBlock(format, 'parser-only', core.PARSER_ONLY_CHECKS.map((c) => `- ${c.charAt(0).toUpperCase()}${c.slice(1)}.`).join('\n'), 'docs/document-format.md');
  format = fillBlock(format, 'envelope', envelopeBlock(core), 'docs/document-format.md');
  files.set('docs/document-format.md', format);

  let study = readFileSync('docs/the-study.md', 'utf8');
  study = fillBlock(study, 'theme-rules', themeRulesBlock(core), 'docs/the-study.md');
  files.set('docs/the-study.md', study);

  // Every source anything cites is in the registry, so docs/sources.md explains it.
  const citations = core.citationsBySource();
  const unexplained = [...citations.keys()].filter((id) => !core.sources.some((s) => s.id === id)).sort();
  if (unexplained.length) throw new Error(`build-docs: src/catalogue/sources.ts has no entry for ${unexplained.join(', ')}`);
  files.set('docs/sources.md', sourcesPage({ sources: core.sources, SOURCE_GROUPS: core.SOURCE_GROUPS, citations, ruleCatalogue: core.ruleCatalogue }));
  return files;
}

/** The files whose committed content differs from what `renderDocs` makes. */
export async function staleDocs(options) {
  const files = await renderDocs(options);
  return [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  execFileSync(join('node_modules', '.bin', 'cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
  if (process.argv.includes('--check')) {
    const stale = await staleDocs();
    if (stale.length) {
      console.error(`docs: out of date (run npm run docs): ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('docs: up to date');
  } else {
    const files = await renderDocs();
    for (const [path, text] of files) {
      const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (old === text) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`docs: wrote ${path}`);
    }
    console.log(`docs: ${files.size} files checked`);
  }
}
