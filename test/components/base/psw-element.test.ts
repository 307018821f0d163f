import { expect, fixture, html } from '@open-wc/testing';
import { PswElement } from '../../../components/base/psw-element.js';
import { Localizer, registerStrings } from '../../../components/base/localize.js';
import { VERSION } from '../../../src/version.js';

class TestGreeting extends PswElement {
  mark(on: boolean) {
    this.setState('marked', on);
  }
  formats() {
    return [this.l.number(1234.5), this.l.date('2026-03-01'), this.l.date('not a date')];
  }
  private readonly l = new Localizer(this, 'test-greeting', {
    hello: 'Hello',
    count: (n: number) => `${n} duties`,
    onlyEnglish: 'Colour',
  });
  override render() {
    return html`<p>${this.l.t('hello')}, ${this.l.t('count', 3)}, ${this.l.t('onlyEnglish')}</p>`;
  }
}

describe('PswElement', () => {
  it('carries the build version', () => {
    expect(PswElement.version).to.equal(VERSION);
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('define() registers once and ignores a second definition of the same version', () => {
    TestGreeting.define('psw-test-greeting');
    expect(customElements.get('psw-test-greeting')).to.equal(TestGreeting);
    class Again extends PswElement {}
    expect(() => Again.define('psw-test-greeting')).not.to.throw();
    expect(customElements.get('psw-test-greeting')).to.equal(TestGreeting);
  });

  it('define() warns once, and does not throw, when another version owns the tag', () => {
    class Other extends PswElement {}
    (Other as unknown as { version: string }).version = '9.9.9';
    Other.define('psw-test-other-version');
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      class Newer extends PswElement {}
      expect(() => Newer.define('psw-test-other-version')).not.to.throw();
      expect(() => Newer.define('psw-test-other-version')).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String((warnings[0] as unknown[])[0])).to.contain('9.9.9');
  });

  it('define() that the page refuses for one name loses that element only, and says which', () => {
    const define = customElements.define;
    const errors: string[] = [];
    const original = console.error;
    customElements.define = function (this: CustomElementRegistry, name: string, ...rest) {
      if (name === 'psw-test-refused') throw new DOMException('not this one', 'NotSupportedError');
      return define.call(this, name, ...rest);
    } as typeof define;
    console.error = (...a: unknown[]) => errors.push(String(a[0]));
    try {
      class Refused extends PswElement {}
      class Fine extends PswElement {}
      expect(() => Refused.define('psw-test-refused')).not.to.throw();
      Fine.define('psw-test-after-refused');
      expect(customElements.get('psw-test-after-refused')).to.equal(Fine);
    } finally {
      customElements.define = define;
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<psw-test-refused> could not be registered');
  });

  it('define() leaves a tag another script defined to it, and says so for each such tag', () => {
    customElements.define('psw-test-foreign-a', class extends HTMLElement {});
    customElements.define('psw-test-foreign-b', class extends HTMLElement {});
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(String(a[0]));
    try {
      class Ours extends PswElement {}
      expect(() => Ours.define('psw-test-foreign-a')).not.to.throw();
      expect(() => Ours.define('psw-test-foreign-b')).not.to.throw();
      expect(customElements.get('psw-test-foreign-a')).not.to.equal(Ours);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<psw-test-foreign-a> is already defined by another script');
    expect(warnings[1]).to.contain('<psw-test-foreign-b>');
    for (const w of warnings) {
      expect(w).to.contain('Remove that script');
      expect(w, 'no advice about copies of psw-role-kit').not.to.contain('one copy');
    }
  });

  it('inherits the page font and ignores host page colours for layout', async () => {
    const wrap = await fixture(html`<div style="font-family: Georgia; font-size: 19px"><psw-test-greeting></psw-test-greeting></div>`);
    const el = wrap.querySelector('psw-test-greeting') as TestGreeting;
    await el.updateComplete;
    const p = el.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(p).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(p).fontSize).to.equal('19px');
  });
});

describe('custom states', () => {
  it('setState() toggles a :state() the host page can style', async () => {
    const el = await fixture<TestGreeting>(html`<psw-test-greeting></psw-test-greeting>`);
    el.mark(true);
    expect(el.matches(':state(marked)')).to.equal(true);
    el.mark(false);
    expect(el.matches(':state(marked)')).to.equal(false);
  });
});

describe('Localizer', () => {
  it('formats numbers and dates for the language in effect', async () => {
    const el = await fixture<TestGreeting>(html`<psw-test-greeting lang="en-GB"></psw-test-greeting>`);
    expect(el.formats()).to.deep.equal(['1,234.5', '1 Mar 2026', 'not a date']);
    el.remove();
  });

  it('uses English by default, another registered language when lang asks, and falls back string by string', async () => {
    registerStrings('test-greeting', 'cy', { hello: 'Helo', count: (n: number) => `${n} dyletswydd` });
    const wrap = await fixture(html`<div><psw-test-greeting></psw-test-greeting><section lang="cy"><psw-test-greeting></psw-test-greeting></section></div>`);
    const [en, cy] = [...wrap.querySelectorAll('psw-test-greeting')] as TestGreeting[];
    await en.updateComplete;
    await cy.updateComplete;
    expect(en.shadowRoot!.textContent).to.contain('Hello, 3 duties, Colour');
    expect(cy.shadowRoot!.textContent).to.contain('Helo, 3 dyletswydd, Colour');
  });

  it('follows a change of <html lang>', async () => {
    const el = await fixture<TestGreeting>(html`<psw-test-greeting></psw-test-greeting>`);
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'cy');
    try {
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Helo');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });
});

describe('updateComplete waits for what the element needs', () => {
  it('holdUpdateComplete: awaits a check while it returns a promise, renders again, then resolves', async () => {
    const el = await fixture<TestGreeting>(html`<psw-test-greeting></psw-test-greeting>`);
    let release!: () => void;
    let waiting: Promise<void> | undefined = new Promise<void>((r) => (release = r)).then(() => {
      waiting = undefined;
      el.requestUpdate();
    });
    el.holdUpdateComplete(() => waiting);
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(done).to.equal(false);
    release();
    expect(await complete).to.equal(true);
    expect(el.updateComplete, 'resolves at once when nothing is pending').to.be.a('promise');
    await el.updateComplete;
  });

  it('waitUntil: a user action that waits for a lazy part holds updateComplete until it settles, even when it fails', async () => {
    const el = await fixture<TestGreeting>(html`<psw-test-greeting></psw-test-greeting>`);
    let finish!: () => void;
    const work = new Promise<void>((r) => (finish = r));
    expect(el.waitUntil(work)).to.equal(work);
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(done).to.equal(false);
    finish();
    await complete;
    const failing = el.waitUntil(Promise.reject(new Error('chunk failed')));
    failing.catch(() => undefined);
    await el.updateComplete; // does not reject, does not hang
  });
});

class TestField extends PswElement {
  override render() {
    return html`<textarea aria-label="Notes"></textarea><input aria-label="Name"><select aria-label="Kind"><option>Core</option></select><button type="button">Add</button>`;
  }
}
TestField.define('psw-test-field');

describe('keys that belong to an element stay in it', () => {
  let form: HTMLFormElement;
  let el: TestField;
  let seen: string[];
  const TYPES = ['keydown', 'keypress', 'keyup'];
  const press = (target: Element, key: string, init: KeyboardEventInit = {}) => {
    for (const type of TYPES) target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, cancelable: true, ...init }));
  };
  const inside = (selector: string) => el.shadowRoot!.querySelector(selector)!;

  beforeEach(async () => {
    form = await fixture<HTMLFormElement>(html`<form><psw-test-field><input aria-label="Page field"></psw-test-field></form>`);
    seen = [];
    for (const type of TYPES) form.addEventListener(type, (e) => seen.push(`${type} ${(e as KeyboardEvent).key} ${(e.composedPath()[0] as Element).localName}`));
    el = form.querySelector<TestField>('psw-test-field')!;
    await el.updateComplete;
  });

  it('Enter from its fields and buttons never reaches the page; Enter in the page\'s own fields does', () => {
    press(inside('textarea'), 'Enter');
    press(inside('button'), 'Enter');
    expect(seen, 'Enter inside the element').to.deep.equal([]);
    press(el.querySelector('input')!, 'Enter');
    expect(seen).to.deep.equal(['keydown Enter input', 'keypress Enter input', 'keyup Enter input']);
  });

  it('characters typed in its fields never reach the page (single-key shortcuts), other keys do', () => {
    for (const field of ['textarea', 'input', 'select']) for (const key of ['c', '/', ' ', '?']) press(inside(field), key);
    expect(seen, 'characters typed inside the element').to.deep.equal([]);
    press(inside('textarea'), 'Escape');
    press(inside('textarea'), 's', { ctrlKey: true });
    press(inside('button'), 'c');
    press(el.querySelector('input')!, 'c');
    // A plain Event named like a key event (some page scripts dispatch them) has no key: it goes on, and nothing throws.
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    inside('textarea').dispatchEvent(new Event('keyup', { bubbles: true, composed: true }));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(seen.pop()).to.equal('keyup undefined textarea');
    expect(seen).to.deep.equal([
      'keydown Escape textarea', 'keypress Escape textarea', 'keyup Escape textarea',
      'keydown s textarea', 'keypress s textarea', 'keyup s textarea',
      'keydown c button', 'keypress c button', 'keyup c button',
      'keydown c input', 'keypress c input', 'keyup c input',
    ]);
  });
});
