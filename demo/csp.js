// The strict-CSP check page's script (demo/csp.html; test/e2e/csp.test.mjs drives it). A classic
// script, loaded before the bundle, so that it:
// 1. records every `securitypolicyviolation` in window.__cspViolations (and lists them on the page);
// 2. learns which psw-* elements the bundle registers (it wraps customElements.define), so elements
//    added to the toolkit later are exercised with no change here;
// 3. once the bundle has loaded, places every element inside <psw-role-document id="wrapped"> and
//    loose in #loose, then exercises them all: opens everything, types into every text field, clicks
//    every "Add …" button, undoes and redoes (also with Ctrl+Z), switches read only on and off, and
//    has every comparing element compare the role as it was at first with the role after all that.
// window.__cspDone resolves with a summary of what was exercised.
(() => {
  const violations = [];
  window.__cspViolations = violations;
  const list = () => document.getElementById('csp-violations');
  document.addEventListener('securitypolicyviolation', (e) => {
    const text = `${e.effectiveDirective || e.violatedDirective}: ${e.blockedURI || '(inline)'}${e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''}${e.sample ? ` — ${e.sample}` : ''}`;
    violations.push(text);
    const li = document.createElement('li');
    li.textContent = text;
    list()?.append(li);
  });

  const tags = [];
  window.__cspTags = tags;
  const registry = window.customElements;
  const define = registry.define.bind(registry);
  registry.define = (name, ctor, options) => {
    if (name.startsWith('psw-') && !tags.includes(name)) tags.push(name);
    return define(name, ctor, options);
  };

  /** Every scope (the document, then each open shadow root) with its elements. */
  const scopes = (root = document) => {
    const out = [];
    const visit = (scope) => {
      const elements = [...scope.querySelectorAll('*')];
      out.push({ scope, elements });
      for (const el of elements) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(root);
    return out;
  };
  const all = (selector) => scopes().flatMap(({ scope }) => [...scope.querySelectorAll(selector)]);
  const pswElements = () => scopes().flatMap(({ elements }) => elements.filter((el) => el.localName.startsWith('psw-')));
  const frame = () => new Promise((r) => setTimeout(r, 0));
  /** Every psw-* element has rendered (lazy chunks included: updateComplete waits for them). */
  const settle = async () => {
    for (let i = 0; i < 10; i++) {
      const before = pswElements();
      await Promise.all(before.map((el) => el.updateComplete));
      await frame();
      const after = pswElements();
      if (after.length === before.length && !after.some((el) => el.isUpdatePending)) return;
    }
  };
  const textTypes = new Set(['', 'text', 'search', 'email', 'url', 'tel']);
  const textFields = () => all('input, textarea').filter((f) =>
    !f.disabled && !f.readOnly && (f.localName === 'textarea' || textTypes.has((f.getAttribute('type') || '').toLowerCase())));
  const label = (b) => (b.getAttribute('aria-label') || b.textContent || '').replace(/\s+/g, ' ').trim();

  async function exercise() {
    await new Promise((r) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', r, { once: true }) : r()));
    await registry.whenDefined('psw-role-document');
    const wrapper = document.getElementById('wrapped');
    const loose = document.getElementById('loose');
    const consumers = tags.filter((t) => t !== 'psw-role-document');
    for (const tag of consumers) wrapper.append(document.createElement(tag));
    for (const tag of consumers) loose.append(document.createElement(tag));
    await settle();
    const first = wrapper.value;

    for (let i = 0; i < 4; i++) {
      const closed = all('button[aria-expanded="false"]').filter((b) => !b.disabled);
      if (!closed.length) break;
      for (const b of closed) b.click();
      await settle();
    }

    const fields = textFields();
    for (const [i, field] of fields.entries()) {
      field.value = `Field ${i} <b>bold?</b> "quoted" & done`;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    }
    await settle();

    const adds = all('button').filter((b) => !b.disabled && /^Add\b/.test(label(b)));
    for (const b of adds) b.click();
    await settle();

    const undone = [wrapper.undo(), wrapper.undo(), wrapper.redo()];
    // Ctrl+Z inside an element is the document's undo (the element's controller handles it).
    const editor = wrapper.querySelector(consumers.find((t) => t !== 'psw-job-description') || consumers[0] || 'psw-role-document');
    editor?.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true }));
    await settle();

    wrapper.readonly = true;
    await settle();
    wrapper.readonly = false;
    await settle();

    // Elements that compare two roles (they take `beforeRole`): the role as it was at first against
    // the role after all of the above, then every control they offer (layout, filter) used.
    const comparers = pswElements().filter((el) => 'beforeRole' in el);
    for (const el of comparers) {
      el.beforeRole = first;
      el.afterRole = wrapper.value;
    }
    await settle();
    for (const el of comparers) for (const input of el.shadowRoot.querySelectorAll('input')) input.click();
    await settle();

    const summary = { tags: [...tags], elements: pswElements().length, fields: fields.length, adds: adds.map(label), compared: comparers.length, undone, violations: [...violations] };
    const status = document.getElementById('csp-status');
    if (status) status.textContent = violations.length ? `${violations.length} policy violation(s).` : `No policy violation (${tags.length} elements, ${fields.length} fields typed in, ${adds.length} items added).`;
    return summary;
  }

  window.__cspDone = exercise();
})();
