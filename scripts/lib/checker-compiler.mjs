// Compiles the role document's zod/mini schema into the source of src/model/generated/role-document-check.ts:
// plain checks built with src/model/checker.ts that raise exactly the issues zod raises, so the
// drop-in bundle can parse documents without zod. It reads each schema's definition
// (`schema._zod.def`) and refuses what it does not know how to reproduce (a transform, a union,
// an unnamed refinement, a check with its own `when`…), naming where it is, so the generated file
// never differs from the schema in silence. Refinements are closures: the schema attaches them with
// `refinement(name)` (src/model/zod-refinement.ts) and the generated code imports the same named
// functions from src/model/refinements.ts.
//
// compileChecker({ z, schemas, roots, refinementOf, constants, errorMap, keysAt }) → the file's text, where `schemas`
// are the exported zod schemas by name (they name the generated constants, `DutySchema` → `DutyCheck`),
// `roots` the names of those to export, `refinementOf(check)` the name a refinement was made with,
// `errorMap` the error map the parser gives zod (src/model/issues.ts, `schemaErrorMap`),
// `keysAt(pathPattern)` the keys the runtime gives the group of fields there (src/model/checker.ts:
// the field labels'; a group whose keys differ is refused, so the generated file writes no keys),
// and `constants` lists of values in modules without zod (`{ NAME: { from, values } }`): an enum of
// those values (or of those and more) refers to the list instead of repeating it, as the schema does.

export const COMMAND = 'node scripts/generate-checker.mjs';
export const OUTPUT = 'src/model/generated/role-document-check.ts';

const IDENT = /^[A-Za-z_$][\w$]*$/;
const lit = (v) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v === undefined ? 'undefined' : JSON.stringify(v));
const key = (k) => (IDENT.test(k) ? k : JSON.stringify(k));

export function compileChecker({ z, schemas, roots, refinementOf, constants = {}, errorMap, keysAt }) {
  // zod's own `when` of its length checks: any other `when` is a refinement of its own.
  const lengthWhen = z.maxLength(1)._zod.def.when;
  const names = new Map();
  for (const [name, s] of Object.entries(schemas)) if (s?._zod?.def && !names.has(s)) names.set(s, name.replace(/Schema$/, 'Check'));

  /** Interned nodes: structurally equal schemas become one constant. */
  const byKey = new Map();
  const nodes = [];
  /** The path pattern each group of fields (keys, field nodes, checks) was first met at. */
  const pathOfGroup = new Map();
  const refinementNames = new Set();
  /** Constants the output uses, by module. */
  const used = new Map();
  const known = Object.entries(constants).filter(([, c]) => c.values.length >= 3).sort(([, a], [, b]) => b.values.length - a.values.length);
  const valueList = (values) => {
    for (const [name, c] of known) {
      if (c.values.length > values.length || !c.values.every((v, i) => v === values[i])) continue;
      if (!used.has(c.from)) used.set(c.from, new Set());
      used.get(c.from).add(name);
      const rest = values.slice(c.values.length);
      return rest.length ? `[...${name}, ${rest.map(lit).join(', ')}]` : name;
    }
    return `[${values.map(lit).join(', ')}]`;
  };

  const fail = (where, what) => { throw new Error(`checker compiler: ${what} at ${where || 'the root'}; src/model/checker.ts cannot reproduce it`); };
  const text = (error, where) => {
    if (error === undefined) return undefined;
    const a = error({ code: 'custom', input: 1, path: [] });
    const b = error({ code: 'invalid_type', input: 'x', path: ['x'] });
    const m = typeof a === 'string' ? a : a?.message;
    if (typeof m !== 'string' || m !== (typeof b === 'string' ? b : b?.message)) fail(where, 'a message that depends on the issue');
    return m;
  };

  function checksOf(def, where, schemaMessage) {
    return (def.checks ?? []).map((ch) => {
      if (/^(greater|less)_than$/.test(ch._zod.def.check) && def.type !== 'number') fail(where, `a ${ch._zod.def.check} check on a ${def.type}`);
      const d = ch._zod.def;
      if (d.abort) fail(where, `a check with "abort" (${d.check})`);
      const msg = text(d.error, where) ?? schemaMessage;
      const sized = d.check === 'max_length' || d.check === 'min_length';
      if (d.when && !(sized && d.when === lengthWhen)) fail(where, `a check with a "when" of its own (${d.check})`);
      switch (d.check) {
        case 'max_length': return `maxLen(${d.maximum}${msg === undefined ? '' : ', ' + lit(msg)})`;
        case 'min_length': return `minLen(${d.minimum}${msg === undefined ? '' : ', ' + lit(msg)})`;
        case 'string_format':
          if (d.format !== 'regex') fail(where, `a string format check "${d.format}"`);
          return `regex(${lit(d.pattern)}${msg === undefined ? '' : ', ' + lit(msg)})`;
        case 'greater_than':
        case 'less_than': {
          // A bound's issue is the same for every number it refuses: a message the error map gives
          // anyway need not be carried.
          const big = d.check === 'less_than';
          const issue = { code: big ? 'too_big' : 'too_small', origin: 'number', [big ? 'maximum' : 'minimum']: d.value, inclusive: !!d.inclusive, input: d.value, path: [] };
          const own = msg !== undefined && errorMap?.(issue) !== msg ? ', ' + lit(msg) : '';
          return `${big ? 'lt' : 'gt'}(${lit(d.value)}, ${!!d.inclusive}${own})`;
        }
        case 'custom': {
          const named = refinementOf(ch);
          if (!named) fail(where, 'a refinement without a name (use refinement() of src/model/zod-refinement.ts)');
          refinementNames.add(named.name);
          return `refine(${named.name}${named.arg === undefined ? '' : ', ' + lit(named.arg)})`;
        }
        default: return fail(where, `a check "${d.check}"`);
      }
    });
  }
  const args = (checks, msg, always = false) => {
    const list = checks.length || msg !== undefined || always ? `[${checks.join(', ')}]` : '';
    return msg === undefined ? list : `${list || '[]'}, ${lit(msg)}`;
  };

  /** The node of a schema: its expression with children as references `#n`. */
  function visit(s, where) {
    const def = s?._zod?.def;
    if (!def) fail(where, 'something that is not a zod schema');
    if (def.coerce) fail(where, 'coercion');
    const msg = text(def.error, where);
    const children = [];
    const ref = (child, at) => { children.push(visit(child, at)); return `#${children.length - 1}`; };
    let expr;
    switch (def.type) {
      case 'string': {
        const checks = checksOf(def, where, msg);
        if (def.check === 'string_format') {
          if (!(def.pattern instanceof RegExp)) fail(where, `the string format "${def.format}" without a pattern`);
          expr = `fmt(${lit(def.format)}, ${lit(def.pattern)}${checks.length || msg !== undefined ? ', ' + args(checks, msg, true) : ''})`;
        } else if (def.check || def.format) fail(where, `the string format "${def.format ?? def.check}"`);
        else expr = `str(${args(checks, msg)})`;
        break;
      }
      case 'number': {
        const checks = checksOf(def, where, msg);
        if (def.check === 'number_format') {
          if (def.format !== 'safeint' || def.abort) fail(where, `the number format "${def.format}"`);
          expr = `int(${args(checks, msg)})`;
        } else if (def.check) fail(where, `the number check "${def.check}"`);
        else expr = `num(${args(checks, msg)})`;
        break;
      }
      case 'boolean':
        if (def.checks?.length) fail(where, 'checks on a boolean');
        expr = `bool(${msg === undefined ? '' : lit(msg)})`;
        break;
      case 'unknown':
        if (def.checks?.length || msg !== undefined) fail(where, 'checks on unknown');
        expr = 'unknown()';
        break;
      case 'enum':
      case 'literal': {
        if (def.checks?.length) fail(where, `checks on an ${def.type}`);
        const values = def.type === 'literal' ? def.values : enumValues(def.entries);
        if (values.some((v) => !['string', 'number', 'boolean'].includes(typeof v))) fail(where, `an ${def.type} value that is not text, a number or true/false`);
        expr = `oneOf(${valueList(values)}${msg === undefined ? '' : ', ' + lit(msg)})`;
        break;
      }
      case 'optional':
        if (def.checks?.length || msg !== undefined) fail(where, 'checks on an optional');
        if (def.innerType._zod.optin === 'defaulted') fail(where, 'a default');
        expr = `opt(${ref(def.innerType, where)})`;
        break;
      case 'array': {
        const checks = checksOf(def, where, msg);
        expr = `arr(${ref(def.element, `${where}[]`)}${checks.length || msg !== undefined ? ', ' + args(checks, msg, true) : ''})`;
        break;
      }
      case 'record': {
        if (def.keyType._zod.def.type !== 'string' || def.keyType._zod.def.check) fail(where, 'a record whose keys are not plain text');
        if (def.mode) fail(where, `a record in mode "${def.mode}"`);
        const checks = checksOf(def, where, msg);
        expr = `rec(${ref(def.keyType, `${where} (keys)`)}, ${ref(def.valueType, `${where}.*`)}${checks.length || msg !== undefined ? ', ' + args(checks, msg, true) : ''})`;
        break;
      }
      case 'object': {
        const catchall = def.catchall?._zod.def.type;
        if (catchall !== undefined && catchall !== 'never') fail(where, `an object with a catch-all of ${catchall}`);
        const shape = def.shape;
        if (Object.getOwnPropertySymbols(shape).length) fail(where, 'a symbol key');
        const keys = Object.keys(shape);
        const fields = keys.map((k) => {
          if (k === '__proto__') fail(where, 'a field named __proto__');
          return ref(shape[k], where ? `${where}.${k}` : k);
        });
        const checks = checksOf(def, where, msg);
        const rest = `${catchall === 'never'}${checks.length || msg !== undefined ? ', ' + args(checks, msg, true) : ''}`;
        // The runtime takes the keys of the group at a path from the field labels (`keysAt`); the
        // same group met again elsewhere (a duty checked alone) keeps the path it was first met at.
        const same = `${keys.join(',')}\u0000${children.join(',')}\u0000${rest}`;
        if (!pathOfGroup.has(same)) pathOfGroup.set(same, where);
        const at = pathOfGroup.get(same);
        if (keysAt && keysAt(at).join(',') !== keys.join(',')) {
          fail(where, `fields (${keys.join(', ')}) that the field labels (src/model/field-labels.ts) do not list in this order at "${at}" (${keysAt(at).join(', ')})`);
        }
        expr = `obj(${lit(at)}, [\n${keys.map((k, i) => `  /* ${key(k).replaceAll('*/', '*\\/')} */ ${fields[i]},`).join('\n')}\n], ${rest})`;
        break;
      }
      default:
        fail(where, `a schema of type "${def.type}"`);
    }
    const k = `${expr}\u0000${children.join(',')}`;
    let node = byKey.get(k);
    if (!node) {
      node = { id: nodes.length, expr, children, uses: 0, name: undefined };
      byKey.set(k, node);
      nodes.push(node);
      for (const c of children) nodes[c].uses++;
    }
    if (names.has(s) && node.name === undefined) node.name = names.get(s);
    return node.id;
  }

  const rootIds = roots.map((name) => {
    if (!schemas[name]) throw new Error(`checker compiler: no schema named ${name}`);
    const id = visit(schemas[name], '');
    nodes[id].name = names.get(schemas[name]);
    nodes[id].root = true;
    return id;
  });

  // A node becomes a constant when it is a root, has a name, or is used more than once.
  const out = [];
  const done = new Map();
  const taken = new Set(rootIds.map((id) => nodes[id].name));
  let n = 0;
  function render(id) {
    if (done.has(id)) return done.get(id);
    const node = nodes[id];
    const expr = node.expr.replace(/#(\d+)/g, (_, i) => indent(render(node.children[Number(i)])));
    if (!(node.root || node.name || node.uses > 1)) return expr;
    // Two different schemas may carry one name (an edited copy of a named schema): the second is numbered.
    let name = node.name ?? `c${++n}`;
    while (!node.root && taken.has(name)) name = `${node.name}${++n}`;
    taken.add(name);
    out.push(`${node.root ? 'export ' : ''}const ${name} = ${expr};`);
    done.set(id, name);
    return name;
  }
  for (const id of rootIds) render(id);

  const runtime = ['arr', 'bool', 'fmt', 'gt', 'int', 'lt', 'maxLen', 'minLen', 'num', 'obj', 'oneOf', 'opt', 'rec', 'refine', 'regex', 'str', 'unknown']
    .filter((f) => out.some((line) => new RegExp(`\\b${f}\\(`).test(line)));
  return [
    `// Generated by \`${COMMAND}\` from the zod schema of the role document (src/model/schema.ts,`,
    '// src/model/schema-recruitment.ts): do not edit. Run the command again after changing the schema;',
    '// test/src/model/generated-checker.test.ts fails while this file is stale, and checks that these',
    '// checks and zod find the same issues. The builders are in ../checker.ts, the named refinements in',
    '// ../refinements.ts.',
    `import { ${runtime.join(', ')} } from '../checker.js';`,
    `import { ${[...refinementNames].sort().join(', ')} } from '../refinements.js';`,
    ...[...used].sort(([a], [b]) => (a < b ? -1 : 1)).map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`),
    '',
    ...out.flatMap((line) => [line, '']),
  ].join('\n').replace(/\n+$/, '\n');
}

const indent = (s) => s.replace(/\n/g, '\n  ');

/** zod's `util.getEnumValues`: an enum's values (numeric enums without their reverse keys). */
function enumValues(entries) {
  const numeric = Object.values(entries).filter((v) => typeof v === 'number');
  return Object.entries(entries).filter(([k]) => numeric.indexOf(+k) === -1).map(([, v]) => v);
}
