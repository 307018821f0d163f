// In-page half of `npm run bench` (the driver is bench/run.mjs). Loaded by toolkit.html (with the
// built drop-in bundle) and by floor.html (without it). Exposes window.bench:
//   runToolkit(opts)  one measured render of a real element of the toolkit (cold: the first on the
//                     page; warm: after a small role was rendered and removed), then typing;
//   capture(opts)     the DOM the toolkit rendered, as a blueprint for the floor (see twin.js);
//   runFloor(opts)    the same measurements for the createElement twin of that DOM;
//   warmUp, prepare, typeOnly   the steps of runToolkit one by one, for bench/profile.mjs.
// Both run* share one timing path (measureRender, typeInto), so toolkit and floor are measured alike.
import { buildTwin, cssSheets } from './twin.js';

const mc = new MessageChannel();
const queue = [];
mc.port1.onmessage = () => queue.shift()();
/** The next task (not a microtask, not throttled like setTimeout). */
const macrotask = () => new Promise((r) => { queue.push(r); mc.port2.postMessage(0); });
const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
/** Forces style recalculation and layout of the whole page. */
const layout = () => document.body.offsetHeight + document.body.getBoundingClientRect().height;
/** Collects garbage left by earlier work (Chromium started with --js-flags=--expose-gc), so it is not billed to the next measurement. */
const gc = () => { if (typeof window.gc === 'function') window.gc(); };
/** A clean start: just after a frame was produced, in a fresh task. */
async function cleanStart() {
  await raf();
  await raf();
  await macrotask();
}
/**
 * "The next frame": the next animation frame after the work, and the task after it, so the
 * frame's style, layout and paint recording on the main thread are included.
 */
async function nextFrame() {
  await raf();
  await macrotask();
}
/**
 * Main-thread CPU time in ms (Chromium's ThreadTime through the driver, see run.mjs), NaN without
 * the driver. A machine shared with other work slows the wall clock, not this. One reading costs
 * a round trip to the driver; `cpuSince` subtracts that cost, measured right after.
 */
const cpuNow = () => (typeof window.benchCpu === 'function' ? window.benchCpu() : Promise.resolve(NaN));
async function cpuSince(c0) {
  const c1 = await cpuNow();
  const c2 = await cpuNow();
  return c1 - c0 - (c2 - c1);
}
const setNative = (el, v) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set.call(el, v);

/** Every element under `root`, through open shadow roots. */
function* deep(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}
const deepQuery = (root, selector) => {
  for (const el of deep(root)) if (el.matches(selector)) return el;
  return null;
};
const countElements = (root) => { let n = 0; for (const _ of deep(root)) n++; return n; };

/** Elements with Lit's public `updateComplete` (the toolkit's elements) under `root`. */
const updatables = (root) => [...deep(root)].filter((el) => 'updateComplete' in el);

/**
 * Waits until every toolkit element under `root` has finished updating, by the public contract:
 * `await el.updateComplete` (the view chunk, the document and its assessment). Elements created by
 * an update (the builder inside the designer) are found on the next round.
 */
async function settleTree(root) {
  let els = [];
  for (let round = 0; round < 20; round++) {
    els = updatables(root);
    await Promise.all(els.map((el) => el.updateComplete));
    const again = updatables(root);
    if (again.length === els.length && !again.some((el) => el.isUpdatePending)) return again;
  }
  throw new Error('the elements kept updating');
}
/** The same for a known list of elements (while typing the set of elements does not change). */
async function settleList(els) {
  for (let round = 0; round < 20; round++) {
    await Promise.all(els.map((el) => el.updateComplete));
    if (!els.some((el) => el.isUpdatePending)) return;
  }
  throw new Error('the elements kept updating');
}

/**
 * One render: `mount()` inserts the element (the clock starts before it is made), `settle()` waits
 * for it to finish; then a forced layout and the next frame.
 * Returns { script, layout, frame } in ms from the start.
 */
async function measureRender(mount, settle) {
  gc();
  await cleanStart();
  const c0 = await cpuNow();
  const t0 = performance.now();
  const handle = mount();
  const settled = await settle(handle);
  const script = performance.now() - t0;
  layout();
  const tLayout = performance.now() - t0;
  await nextFrame();
  const tFrame = performance.now() - t0;
  const cpu = await cpuSince(c0);
  return { handle, settled, script, layout: tLayout, frame: tFrame, cpu };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/**
 * Typing: `keys` keystrokes in `input`, each starting in a clean task just after a frame (as a
 * person types, slower than frames come). A keystroke is what the browser does for one: the value
 * changes and an `input` event (bubbling, composed) is dispatched. `settle()` waits for the update;
 * then a forced layout (work) and the next frame (what the person sees).
 */
async function typeInto(input, keys, settle, check) {
  const work = [], frame = [], cpu = [];
  gc();
  for (let k = 0; k < keys; k++) {
    await cleanStart();
    const v = input.value + LETTERS[k % LETTERS.length];
    const c0 = await cpuNow();
    const t0 = performance.now();
    setNative(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle();
    layout();
    work.push(performance.now() - t0);
    await nextFrame();
    frame.push(performance.now() - t0);
    cpu.push(await cpuSince(c0));
    if (k === keys - 1 && check && !check(v)) throw new Error(`the edit did not arrive: ${check.name}`);
  }
  return { work, frame, cpu, finalValue: input.value };
}

// ---------------------------------------------------------------------------------------------
// The toolkit

const VARIANTS = {
  designer: () => Object.assign(document.createElement('psw-role-designer'), { step: 'duties' }),
  builder: () => document.createElement('psw-role-builder'),
  'builder-expanded': () => {
    const el = document.createElement('psw-role-builder');
    el.setAttribute('compact-threshold', '1000000');
    return el;
  },
};

/** `<psw-role-document>` holding the document, with the element under test inside it. */
function mountToolkit(root, variant, doc) {
  const wrapper = document.createElement('psw-role-document');
  wrapper.value = doc;
  const el = VARIANTS[variant]();
  wrapper.append(el);
  root.append(wrapper);
  return { wrapper, el };
}

const rowSelector = (i) => `[part~="duty"][data-path="duties[${i}]"]`;
const titleSelector = (i) => `[data-path="duties[${i}].title"]`;

/** In long roles a duty is a one-line row until opened: open it as a person would (its Edit button). */
async function openDuty(root, i, settle) {
  if (deepQuery(root, titleSelector(i))) return false;
  const row = deepQuery(root, rowSelector(i));
  const edit = row?.querySelector('button[aria-expanded="false"]');
  if (!edit) throw new Error(`duty ${i}: neither a title field nor an Edit button`);
  edit.click();
  await settle();
  if (!deepQuery(root, titleSelector(i))) throw new Error(`duty ${i}: no title field after Edit`);
  return true;
}

async function whenDefined() {
  await Promise.all(['psw-role-document', 'psw-role-builder', 'psw-role-designer'].map((t) => customElements.whenDefined(t)));
}

/**
 * One page, one measured render. Cold (`cold: true`): the first element on the page, so it also
 * loads the lazy parts (views, assessment engine). Warm: a small role (`warmJson`) is rendered and
 * removed first, so the lazy parts are loaded and the code is compiled; then the measured render
 * and the typing. Warm is what is compared with the floor.
 */
async function runToolkit(opts) {
  const state = await prepareToolkit(opts);
  return opts.cold ? state.result : typeInToolkit(state, opts.keys);
}
async function prepareToolkit({ variant, json, warmJson, mid, cold }) {
  await whenDefined();
  const root = document.getElementById('root');
  if (!cold) {
    const first = mountToolkit(root, variant, JSON.parse(warmJson));
    await settleTree(root);
    first.wrapper.remove();
    await raf();
  }
  const r = await measureRender(() => mountToolkit(root, variant, JSON.parse(json)), () => settleTree(root));
  const result = { render: { script: r.script, layout: r.layout, frame: r.frame, cpu: r.cpu }, elements: countElements(root), rows: countRows(root) };
  return { root, mid, r, result };
}
async function typeInToolkit({ root, mid, r, result }, keys) {
  const opened = await openDuty(root, mid, () => settleTree(root));
  const input = deepQuery(root, titleSelector(mid));
  const modelTitle = () => r.handle.wrapper.value.duties[mid].title;
  const typing = await typeInto(input, keys, () => settleList(r.settled), function modelHoldsTheValue(v) { return modelTitle() === v; });
  return { ...result, typing, opened };
}
/** For bench/profile.mjs (render profiles): the small role rendered and removed, as before a warm render. */
async function warmUp({ variant, warmJson }) {
  await whenDefined();
  const root = document.getElementById('root');
  const first = mountToolkit(root, variant, JSON.parse(warmJson));
  await settleTree(root);
  first.wrapper.remove();
  await raf();
}
/** For bench/profile.mjs: the render (warm unless `cold`), then typing on request, so a profiler can be started in between. */
let prepared;
async function prepare(opts) {
  prepared = await prepareToolkit(opts);
  return prepared.result;
}
const typeOnly = (keys) => typeInToolkit(prepared, keys);
const countRows = (root) => [...deep(root)].filter((el) => el.matches('[part~="duty"]')).length;

// ---------------------------------------------------------------------------------------------
// Capture: the toolkit's rendered DOM as a blueprint for the floor

/**
 * Serialises `node`'s children (through open shadow roots, with their adopted style sheets) into
 * the blueprint twin.js builds from. Comments (Lit's markers) are left out; whitespace text is kept.
 * In each duty row (`[part~=duty]` with `data-path="duties[i]"`), text and attributes that contain
 * the duty's title are marked as derived, so the floor can update them when the title changes.
 */
function serialise(parent, ctx, row) {
  const out = [];
  for (const n of parent.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) {
      const mark = row !== undefined ? derived(n.data, ctx.titles[row]) : undefined;
      out.push(mark ? { x: n.data, d: [row, ...mark] } : n.data);
    } else if (n.nodeType === Node.ELEMENT_NODE) {
      out.push(serialiseElement(n, ctx, row));
    }
  }
  return out;
}
function derived(text, title) {
  if (!title) return undefined;
  const at = text.indexOf(title);
  return at < 0 ? undefined : [text.slice(0, at), text.slice(at + title.length)];
}
function serialiseElement(el, ctx, row) {
  const m = el.matches('[part~="duty"]') ? /^duties\[(\d+)\]$/.exec(el.getAttribute('data-path') ?? '') : null;
  if (m) row = Number(m[1]);
  const node = { t: el.localName, a: [], c: [] };
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') node.ns = el.namespaceURI;
  if (m) node.r = row;
  for (const { name, value } of el.attributes) {
    node.a.push(name, value);
    const mark = row !== undefined ? derived(value, ctx.titles[row]) : undefined;
    if (mark) (node.d ??= []).push([name, row, ...mark]);
  }
  const p = {};
  if (el.localName === 'input') {
    if (el.type === 'checkbox' || el.type === 'radio') { if (el.checked) p.checked = true; } else if (el.value) p.value = el.value;
  } else if (el.localName === 'textarea' || el.localName === 'select') {
    if (el.value) p.value = el.value;
  }
  if (Object.keys(p).length) node.p = p;
  if (el.shadowRoot) {
    node.s = { css: el.shadowRoot.adoptedStyleSheets.map((s) => ctx.sheet(s)), c: serialise(el.shadowRoot, ctx, row) };
  }
  node.c = serialise(el, ctx, row);
  return node;
}
function captureContext(doc) {
  const sheets = new Map();
  return {
    titles: doc.duties.map((d) => d.title),
    css: [],
    sheet(s) {
      if (!sheets.has(s)) { sheets.set(s, this.css.length); this.css.push([...s.cssRules].map((r) => r.cssText).join('\n')); }
      return sheets.get(s);
    },
  };
}

/**
 * Renders the variant, then returns the blueprint of the page's DOM; for
 * long roles also the middle duty's row once opened (the floor swaps it in before typing).
 */
async function capture({ variant, json, mid }) {
  await whenDefined();
  const root = document.getElementById('root');
  const doc = JSON.parse(json);
  mountToolkit(root, variant, doc);
  await settleTree(root);
  const ctx = captureContext(doc);
  const tree = serialise(root, ctx);
  const pageSheets = document.adoptedStyleSheets.map((s) => ctx.sheet(s));
  const opened = await openDuty(root, mid, () => settleTree(root));
  const openedRow = opened ? serialiseElement(deepQuery(root, rowSelector(mid)), ctx, undefined) : undefined;
  return { tree, openedRow, css: ctx.css, pageSheets, elements: countElements(root) };
}

// ---------------------------------------------------------------------------------------------
// The floor

/** As runToolkit (warm), for the twin: a small twin (`warmBlueprint`) first, then the measured one and the typing. */
async function runFloor({ blueprint, warmBlueprint, json, warmJson, keys, mid }) {
  const root = document.getElementById('root');
  // Style sheets are made before the clock starts, as the toolkit's are made when its module loads.
  const sheets = cssSheets(blueprint.css);
  document.adoptedStyleSheets = blueprint.pageSheets.map((i) => sheets[i]);
  const small = buildTwin(warmBlueprint.tree, cssSheets(warmBlueprint.css), JSON.parse(warmJson));
  root.append(small.fragment);
  layout();
  for (const n of small.nodes) n.remove();
  await raf();
  const r = await measureRender(() => {
    const twin = buildTwin(blueprint.tree, sheets, JSON.parse(json));
    root.append(twin.fragment);
    return twin;
  }, async () => []);
  const twin = r.handle;
  const result = { render: { script: r.script, layout: r.layout, frame: r.frame, cpu: r.cpu }, elements: countElements(root), rows: countRows(root) };
  let opened = false;
  if (blueprint.openedRow) {
    twin.replaceRow(mid, blueprint.openedRow);
    opened = true;
  }
  const input = twin.controls.get(`duties[${mid}].title`);
  if (!input) throw new Error('floor: no title field for the middle duty');
  const typing = await typeInto(input, keys, async () => {}, function modelHoldsTheValue(v) { return twin.model.duties[mid].title === v; });
  return { ...result, typing, opened };
}

window.bench = { runToolkit, capture, runFloor, prepare, typeOnly, warmUp };
window.benchReady = true;
