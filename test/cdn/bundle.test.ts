// Runs against the built drop-in bundle (dist/cdn/psw-role-kit.js), not the sources: what we ship is
// what we test. `npm run build` must have run first (npm test does it).
import { expect } from '@open-wc/testing';

describe('the CDN bundle', () => {
  it('loads as one module script and exports the element classes', async () => {
    const mod = await import(new URL('/dist/cdn/psw-role-kit.js', location.href).href);
    expect(mod.PswElement).to.be.a('function');
    expect(mod.PswElement.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('is in Lit production mode', async () => {
    const text = await (await fetch('/dist/cdn/psw-role-kit.js')).text();
    expect(text).not.to.contain('Lit is in dev mode');
  });
});
