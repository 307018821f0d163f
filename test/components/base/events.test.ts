import { expect } from '@open-wc/testing';
import { PswChangeEvent, PswExportEvent, PswInvalidEvent, PswNavigateEvent } from '../../../components/base/events.js';

describe('events', () => {
  it('are bubbling, composed, typed events with their detail', () => {
    const issues = [{ path: 'role.title', message: 'Job title must be at most 10,000 characters' }];
    const events = [
      new PswChangeEvent({ document: {} as never, assessment: {} as never }),
      new PswInvalidEvent({ issues }),
      new PswExportEvent({ format: 'md', filename: 'x.md' }),
      new PswNavigateEvent({ path: 'duties[0].title', itemId: 'd1' }),
    ];
    expect(events.map((e) => e.type)).to.deep.equal(['psw-change', 'psw-invalid', 'psw-export', 'psw-navigate']);
    for (const e of events) {
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
    }
    expect((events[1] as PswInvalidEvent).detail.issues).to.equal(issues);
  });

  it('reach a listener on document from inside a shadow root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    let seen: PswExportEvent | undefined;
    const listener = (e: PswExportEvent) => { seen = e; };
    document.addEventListener('psw-export', listener);
    inner.dispatchEvent(new PswExportEvent({ format: 'json', filename: 'a.json' }));
    document.removeEventListener('psw-export', listener);
    host.remove();
    expect(seen?.detail.filename).to.equal('a.json');
  });
});
