// The floor of `npm run bench`: a plain-DOM twin of exactly what the toolkit rendered.
// harness.js `capture()` serialises the toolkit's DOM (elements, attributes, text, open shadow roots
// with their style sheets, control values); buildTwin() makes the same nodes again with
// document.createElement / createTextNode / attachShadow, one listener per control (updating a
// plain model object) and one per button, as hand-written vanilla code would. Typing in a duty's
// title updates the model and the row's derived text (heading, button labels) and nothing else.
// No templating, no validation, no assessment: that is what the toolkit adds over this floor.

/** Constructable style sheets for the captured CSS texts (made once per page, before timing). */
export function cssSheets(texts) {
  return texts.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
}

/** "duties[3].flexibility.maxShare" → ['duties', 3, 'flexibility', 'maxShare'] */
function pathKeys(path) {
  const keys = [];
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    keys.push(m[1]);
    for (const [, i] of m[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(i));
  }
  return keys;
}
function setPath(model, keys, value) {
  let o = model;
  for (let i = 0; i < keys.length - 1; i++) {
    o = o[keys[i]] ??= typeof keys[i + 1] === 'number' ? [] : {};
  }
  o[keys[keys.length - 1]] = value;
}

/**
 * Builds the twin. Returns { fragment, nodes, controls, model, replaceRow }:
 * `controls` maps each control's data-path to the element; `replaceRow(i, node)` swaps duty i's row
 * for another blueprint (the opened row of a long role).
 */
export function buildTwin(tree, sheets, model) {
  const controls = new Map();
  const rows = new Map();
  const derived = new Map(); // row → updaters of the text that shows its title
  const noop = () => {};

  const addDerived = (row, fn) => {
    const list = derived.get(row);
    if (list) list.push(fn);
    else derived.set(row, [fn]);
  };
  const onTitle = (row, title) => {
    for (const fn of derived.get(row) ?? []) fn(title);
  };

  const listen = (el, path) => {
    const keys = pathKeys(path);
    if (!keys) return;
    const titleOf = keys.length === 3 && keys[0] === 'duties' && keys[2] === 'title' ? keys[1] : undefined;
    const isChoice = el.localName === 'select' || el.type === 'checkbox' || el.type === 'radio';
    if (isChoice) {
      el.addEventListener('change', () => setPath(model, keys, el.type === 'checkbox' ? el.checked : el.value));
    } else {
      el.addEventListener('input', () => {
        const v = el.type === 'number' ? (el.value === '' ? undefined : Number(el.value)) : el.value;
        setPath(model, keys, v);
        if (titleOf !== undefined) onTitle(titleOf, v);
      });
    }
    controls.set(path, el);
  };

  const make = (n, parent) => {
    if (typeof n === 'string') {
      parent.appendChild(document.createTextNode(n));
      return;
    }
    if (n.x !== undefined) {
      const text = document.createTextNode(n.x);
      const [row, before, after] = n.d;
      addDerived(row, (title) => { text.data = before + title + after; });
      parent.appendChild(text);
      return;
    }
    const el = n.ns ? document.createElementNS(n.ns, n.t) : document.createElement(n.t);
    const a = n.a;
    for (let i = 0; i < a.length; i += 2) el.setAttribute(a[i], a[i + 1]);
    if (n.d) {
      for (const [name, row, before, after] of n.d) addDerived(row, (title) => el.setAttribute(name, before + title + after));
    }
    if (n.s) {
      const shadow = el.attachShadow({ mode: 'open' });
      if (n.s.css.length) shadow.adoptedStyleSheets = n.s.css.map((i) => sheets[i]);
      for (const c of n.s.c) make(c, shadow);
    }
    for (const c of n.c) make(c, el);
    if (n.p) Object.assign(el, n.p); // after the children: a select's options must be there first
    const t = n.t;
    if (t === 'input' || t === 'textarea' || t === 'select') {
      const path = el.getAttribute('data-path');
      if (path) listen(el, path);
    } else if (t === 'button') {
      el.addEventListener('click', noop);
    }
    if (n.r !== undefined) rows.set(n.r, el);
    parent.appendChild(el);
  };

  const fragment = document.createDocumentFragment();
  for (const n of tree) make(n, fragment);
  const nodes = [...fragment.childNodes];

  return {
    fragment, nodes, controls, model,
    replaceRow(i, node) {
      const old = rows.get(i);
      if (!old) throw new Error(`floor: no row for duty ${i}`);
      derived.delete(i);
      const holder = document.createDocumentFragment();
      make({ ...node, r: i }, holder);
      old.replaceWith(holder);
    },
  };
}
