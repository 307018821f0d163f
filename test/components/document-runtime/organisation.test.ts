import { expect, oneEvent } from '@open-wc/testing';
import { consumersIn, mount, resetPage, TestConsumer } from './fixtures.js';
import type { PswRoleDocument } from '../../../components/role-document/role-document.component.js';
import { PswOrganisationErrorEvent, PswOrganisationLoadEvent } from '../../../components/base/events.js';
import { ensurePageDocument } from '../../../components/document-runtime/page-document.js';
import { lazyImports } from '../../../components/document-runtime/core-deps.js';
import { assessRole } from '../../../src/assess/index.js';
import { testProfile } from '../../fixtures/profiles.js';

const findingIds = (c: TestConsumer) => c.doc.assessment!.findings.map((f) => `${f.ruleId}:${f.path ?? ''}`).sort();
const statusText = (c: TestConsumer) => c.shadowRoot!.querySelector('[part="document-status"]')!.textContent!.replace(/\s+/g, ' ');

async function wrapped(attrs = '') {
  const container = await mount(`<psw-role-document ${attrs}><test-doc-consumer></test-doc-consumer><test-doc-consumer></test-doc-consumer></psw-role-document>`);
  const wrapper = container.querySelector('psw-role-document')!;
  await wrapper.updateComplete;
  return { container, wrapper, consumers: consumersIn(container) };
}

/** Sets the `organisation` property as a page would (any value: it is parsed). */
const supply = (wrapper: PswRoleDocument, value: unknown) => {
  wrapper.organisation = value as string;
};

async function settled(wrapper: PswRoleDocument, consumers: TestConsumer[]) {
  await wrapper.updateComplete;
  for (const c of consumers) await c.updateComplete;
}

describe('organisation profile in the document runtime', () => {
  let container: HTMLElement | undefined;
  const realFetch = window.fetch;
  const realLoad = lazyImports.organisation;
  beforeEach(() => resetPage());
  afterEach(() => {
    container?.remove();
    container = undefined;
    window.fetch = realFetch;
    lazyImports.organisation = realLoad;
    document.getElementById('psw-organisation')?.remove();
    resetPage();
  });

  it('organisation property (object): on every snapshot, assessed with it, psw-organisation-load', async () => {
    const w = await wrapped();
    container = w.container;
    const before = findingIds(w.consumers[0]!);
    const loaded = oneEvent(w.wrapper, 'psw-organisation-load') as Promise<PswOrganisationLoadEvent>;
    supply(w.wrapper, testProfile());
    const e = await loaded;
    expect(e.detail).to.deep.equal({ id: 'riverdale-trust', name: 'Riverdale NHS Trust', asOf: '2026-11-02' });
    expect(e.bubbles && e.composed).to.equal(true);
    await settled(w.wrapper, w.consumers);
    const profile = w.wrapper.organisation!;
    expect(profile.organisation.name).to.equal('Riverdale NHS Trust');
    for (const c of w.consumers) expect(c.doc.snapshot!.organisation).to.equal(profile);
    const expected = assessRole(w.wrapper.value, { organisation: profile }).findings.map((f) => `${f.ruleId}:${f.path ?? ''}`).sort();
    expect(findingIds(w.consumers[0]!)).to.deep.equal(expected);
    expect(expected).to.not.deep.equal(before, 'the profile answers questions the rules asked');
  });

  it('organisation property (JSON text), and null removes it', async () => {
    const w = await wrapped();
    container = w.container;
    w.wrapper.organisation = JSON.stringify(testProfile());
    await settled(w.wrapper, w.consumers);
    expect(w.consumers[1]!.doc.snapshot!.organisation?.id).to.equal('riverdale-trust');
    w.wrapper.organisation = null;
    await settled(w.wrapper, w.consumers);
    expect(w.consumers[1]!.doc.snapshot!.organisation).to.equal(undefined);
  });

  it('a newer profile publishes a new snapshot: every element sees it at once, and the assessment follows', async () => {
    const w = await wrapped();
    container = w.container;
    supply(w.wrapper, testProfile());
    await settled(w.wrapper, w.consumers);
    const first = findingIds(w.consumers[0]!);
    supply(w.wrapper, testProfile({ asOf: '2026-12-01', facts: {} }));
    await settled(w.wrapper, w.consumers);
    for (const c of w.consumers) expect(c.doc.snapshot!.organisation?.asOf).to.equal('2026-12-01');
    expect(findingIds(w.consumers[1]!)).to.not.deep.equal(first, 'the assessment memo is keyed by the profile too');
  });

  it('organisation-src: fetched once from the URL the page names, with same-origin credentials', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    window.fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push([String(url), init]);
      return new Response(JSON.stringify(testProfile()), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const w = await wrapped('organisation-src="/profiles/riverdale.json"');
    container = w.container;
    await settled(w.wrapper, w.consumers);
    expect(calls.length).to.equal(1);
    expect(calls[0]![0]).to.equal(new URL('/profiles/riverdale.json', document.baseURI).href);
    expect(calls[0]![1]?.credentials).to.equal('same-origin');
    expect(w.consumers[0]!.doc.snapshot!.organisation?.organisation.name).to.equal('Riverdale NHS Trust');
  });

  it('template with organisation-src: the template leaves to the profile what it answers (employer type, peer supervision)', async () => {
    const profile = testProfile({ organisation: { ...testProfile().organisation, employerType: 'vcse' } });
    window.fetch = (async () => new Response(JSON.stringify(profile), { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
    const w = await wrapped('template="adult-community" organisation-src="/profiles/vcse.json"');
    container = w.container;
    await settled(w.wrapper, w.consumers);
    await w.wrapper.updateComplete;
    const doc = w.wrapper.value;
    expect(doc.context.setting).to.equal('adult-community');
    expect(doc.context.employerType, 'the profile answers it: not asserted for the post').to.equal(undefined);
    const answered = Object.keys(profile.facts.peerSupervision ?? {});
    expect(answered.length).to.be.greaterThan(0);
    for (const a of doc.supervision.arrangements.filter((x) => x.type === 'peer-supervision')) {
      for (const field of answered) expect(a, field).to.not.have.property(field);
    }
    // The same with the organisation property set before the element connects.
    const early = document.createElement('psw-role-document');
    early.setAttribute('template', 'adult-community');
    early.organisation = profile as unknown as string;
    container.append(early);
    await early.updateComplete;
    expect(early.value.context.setting).to.equal('adult-community');
    expect(early.value.context.employerType).to.equal(undefined);
  });

  it('a profile naming other URLs (logo, website) makes no further request', async () => {
    const calls: string[] = [];
    window.fetch = (async (url: RequestInfo | URL) => {
      calls.push(String(url));
      const p = testProfile({ organisation: { name: 'Riverdale', website: 'https://evil.example/', logo: { src: 'https://evil.example/x.png', alt: 'x' } } });
      return new Response(JSON.stringify(p), { status: 200 });
    }) as typeof fetch;
    const w = await wrapped('organisation-src="/profiles/riverdale.json"');
    container = w.container;
    await settled(w.wrapper, w.consumers);
    expect(w.wrapper.organisation?.organisation.name).to.equal('Riverdale');
    expect(calls).to.have.length(1);
  });

  it('unreachable profile: psw-organisation-error { url, status }, the status line says so, the role keeps working', async () => {
    window.fetch = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    const errors: PswOrganisationErrorEvent[] = [];
    document.addEventListener('psw-organisation-error', (e) => errors.push(e), { once: true });
    const w = await wrapped('organisation-src="/profiles/missing.json"');
    container = w.container;
    await settled(w.wrapper, w.consumers);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.deep.equal({ reason: 'unreachable', url: new URL('/profiles/missing.json', document.baseURI).href, status: 404 });
    const c = w.consumers[0]!;
    expect(c.doc.status?.organisationProblem).to.equal('unreachable');
    expect(statusText(c)).to.contain('profile could not be loaded');
    expect(statusText(c)).to.contain('Nothing in the role is lost');
    expect(c.doc.snapshot!.organisation).to.equal(undefined);
    expect(c.setTitle('Peer support worker').ok).to.equal(true);
    await c.updateComplete;
    expect(w.consumers[1]!.jobTitle).to.equal('Peer support worker');
  });

  it('a fetch that fails outright is unreachable with status 0', async () => {
    window.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const w = await wrapped();
    container = w.container;
    const error = oneEvent(w.wrapper, 'psw-organisation-error') as Promise<PswOrganisationErrorEvent>;
    w.wrapper.organisationSrc = 'https://elsewhere.example/profile.json';
    const e = await error;
    expect(e.detail).to.deep.equal({ reason: 'unreachable', url: 'https://elsewhere.example/profile.json', status: 0 });
  });

  it('invalid profile: psw-organisation-error { issues } naming the field, status says so, nothing lost', async () => {
    const w = await wrapped();
    container = w.container;
    w.consumers[0]!.setTitle('Kept title');
    supply(w.wrapper, testProfile());
    await settled(w.wrapper, w.consumers);
    const error = oneEvent(w.wrapper, 'psw-organisation-error') as Promise<PswOrganisationErrorEvent>;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
    let e: PswOrganisationErrorEvent;
    try {
      supply(w.wrapper, { ...testProfile(), facts: { peerOnPanel: 'sometimes' } });
      e = await error;
    } finally {
      console.warn = warn;
    }
    expect(e.detail.reason).to.equal('invalid');
    const issues = e.detail.reason === 'invalid' ? e.detail.issues : [];
    expect(issues.map((i) => i.path)).to.deep.equal(['facts.peerOnPanel']);
    // The console names the field too, for whoever set the profile up.
    expect(warnings.join('\n')).to.match(/could not be used \(invalid\).* facts\.peerOnPanel: /);
    await settled(w.wrapper, w.consumers);
    const c = w.consumers[1]!;
    expect(c.doc.snapshot!.organisation).to.equal(undefined);
    expect(statusText(c)).to.contain('profile is not valid');
    expect(c.shadowRoot!.querySelector('[part="document-status"]')!.getAttribute('data-attention')).to.equal('true');
    expect(c.jobTitle).to.equal('Kept title');
    expect(w.wrapper.canUndo).to.equal(true, 'the undo history is untouched');
    // A valid profile afterwards clears the problem.
    supply(w.wrapper, testProfile());
    await settled(w.wrapper, w.consumers);
    expect(c.doc.status?.organisationProblem).to.equal(undefined);
  });

  it('the console names at most three wrong fields of an invalid profile, and says how many more', async () => {
    const w = await wrapped();
    container = w.container;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
    try {
      for (const profile of [[], { ...testProfile(), asOf: 'yesterday', id: '', facts: { peerOnPanel: 'sometimes' }, pay: 'none', policy: 7 }]) {
        const error = oneEvent(w.wrapper, 'psw-organisation-error');
        supply(w.wrapper, profile);
        await error;
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings[0]).to.match(/\(invalid\).* the profile: /);
    expect(warnings[1]).to.match(/; and \d+ more\.$/);
  });

  it('when the profile reader cannot be fetched, the profile is unreachable and the role works', async () => {
    lazyImports.organisation = () => Promise.reject(new TypeError('chunk failed'));
    const w = await wrapped();
    container = w.container;
    const error = oneEvent(w.wrapper, 'psw-organisation-error') as Promise<PswOrganisationErrorEvent>;
    supply(w.wrapper, testProfile());
    expect((await error).detail).to.deep.equal({ reason: 'unreachable' });
    expect(w.consumers[0]!.setTitle('Still works').ok).to.equal(true);
  });

  it('the last profile supplied wins, even when an earlier one arrives later', async () => {
    let release!: () => void;
    let asked!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const fetched = new Promise<void>((r) => (asked = r));
    window.fetch = (async () => {
      asked();
      await held;
      return new Response(JSON.stringify(testProfile({ id: 'slow' })), { status: 200 });
    }) as typeof fetch;
    const w = await wrapped();
    container = w.container;
    w.wrapper.organisationSrc = '/slow.json';
    await fetched;
    supply(w.wrapper, testProfile({ id: 'quick' }));
    release();
    await settled(w.wrapper, w.consumers);
    expect(w.wrapper.organisation?.id).to.equal('quick');
  });

  describe('loose tags: the page-level document', () => {
    function addScript(text: string, type = 'application/json') {
      const script = document.createElement('script');
      script.type = type;
      script.id = 'psw-organisation';
      script.textContent = text;
      document.head.append(script);
    }

    it('reads <script type="application/json" id="psw-organisation"> as data', async () => {
      addScript(JSON.stringify(testProfile()));
      container = await mount('<test-doc-consumer></test-doc-consumer><test-doc-consumer></test-doc-consumer>');
      const page = ensurePageDocument()!;
      await page.organisationReady;
      const [a, b] = consumersIn(container);
      await a!.updateComplete;
      await b!.updateComplete;
      expect(page.organisation?.organisation.name).to.equal('Riverdale NHS Trust');
      expect(a!.doc.snapshot!.organisation).to.equal(page.organisation);
      expect(b!.doc.snapshot!.organisation).to.equal(page.organisation);
      // loadOrganisation puts a newer one in place for every loose element.
      await page.loadOrganisation(testProfile({ asOf: '2026-12-01' }));
      await a!.updateComplete;
      expect(a!.doc.snapshot!.organisation?.asOf).to.equal('2026-12-01');
    });

    it('an invalid script: psw-organisation-error from the body, status says so, the role works', async () => {
      addScript('{ "kind": "psw-organisation-profile", ');
      const errors: PswOrganisationErrorEvent[] = [];
      const listen = (e: PswOrganisationErrorEvent) => errors.push(e);
      document.addEventListener('psw-organisation-error', listen);
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      await ensurePageDocument()!.organisationReady;
      document.removeEventListener('psw-organisation-error', listen);
      expect(errors).to.have.length(1);
      expect(errors[0]!.target).to.equal(document.body);
      expect(errors[0]!.detail.reason).to.equal('invalid');
      const [c] = consumersIn(container);
      await c!.updateComplete;
      expect(statusText(c!)).to.contain('profile is not valid');
      expect(c!.setTitle('Works').ok).to.equal(true);
    });

    it('a script of another type is not read', async () => {
      addScript(JSON.stringify(testProfile()), 'text/plain');
      container = await mount('<test-doc-consumer></test-doc-consumer>');
      const page = ensurePageDocument()!;
      await page.organisationReady;
      expect(page.organisation).to.equal(undefined);
    });
  });
});
