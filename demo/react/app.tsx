/**
 * React 19 using psw-role-kit's elements directly, with no wrapper library (demo/react.html).
 *
 * - Register the elements before React renders (the `psw-role-kit/define` import below), so React 19
 *   sees the elements' properties and sets `value` and `readonly` as properties, not attributes.
 * - Events: `onpsw-change={…}`: React 19 adds a listener for the name after `on`, exactly as written
 *   (all lower case; `onPswChange` would listen for "PswChange").
 * - Controlled value: setting `value` to the document React got from `psw-change` is free (the element
 *   ignores the same object), so the usual "state in, event out" loop works.
 */
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'psw-role-kit/define';
import { createRoleDocument, setIn, type RoleDocument } from 'psw-role-kit/core';
import type { PswChangeEvent, PswInvalidEvent, PswRoleDocument } from 'psw-role-kit';

function App() {
  const [doc, setDoc] = useState<RoleDocument>(() => createRoleDocument({ template: 'adult-community' }));
  const [readonly, setReadonly] = useState(false);
  const [changes, setChanges] = useState(0);
  const [readiness, setReadiness] = useState<string>('not assessed yet');
  const [problem, setProblem] = useState<string | undefined>();
  const [title, setTitle] = useState('');
  const ref = useRef<PswRoleDocument>(null);

  const onChange = (event: PswChangeEvent) => {
    setDoc(event.detail.document);
    setReadiness(event.detail.assessment.readiness);
    setChanges((n) => n + 1);
  };
  const onInvalid = (event: PswInvalidEvent) => setProblem(event.detail.issues.map((i) => `${i.path || 'document'}: ${i.message}`).join('; '));
  const applyTitle = () => setDoc((d) => setIn(d, ['role', 'title'], title));
  const agreed = doc.boundaries.filter((b) => b.status === 'agreed').length;

  return (
    <>
      <section className="react-state" aria-labelledby="react-state-heading">
        <h2 id="react-state-heading">React state</h2>
        <dl>
          <dt>Job title</dt>
          <dd data-testid="title">{doc.role.title ?? 'none'}</dd>
          <dt>Boundaries agreed</dt>
          <dd data-testid="agreed">{agreed}</dd>
          <dt>psw-change events</dt>
          <dd data-testid="changes">{changes}</dd>
          <dt>Readiness (from the event)</dt>
          <dd data-testid="readiness">{readiness}</dd>
        </dl>
        <form className="react-controls" onSubmit={(e) => { e.preventDefault(); applyTitle(); }}>
          <label htmlFor="react-title">New job title</label>
          <input id="react-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          <button type="submit">Set the title from React</button>
          <label className="inline">
            <input type="checkbox" checked={readonly} onChange={(e) => setReadonly(e.target.checked)} /> Read only
          </label>
          {/* Methods through a ref. undo() is programmatic (no psw-change), so copy the result into state. */}
          <button type="button" onClick={() => { if (ref.current?.undo()) setDoc(ref.current.value); }}>Undo</button>
        </form>
        {problem ? <p role="alert" data-testid="problem">{problem}</p> : null}
      </section>
      <psw-role-document ref={ref} value={doc} readonly={readonly} onpsw-change={onChange} onpsw-invalid={onInvalid}>
        <psw-job-description></psw-job-description>
        <psw-boundary-checklist></psw-boundary-checklist>
      </psw-role-document>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
