// Demo switches (no inline script, so the page also runs under a strict CSP): ?readonly, ?open,
// ?save (autosave in this browser under the key "psw-role-kit:demo:role-builder").
const params = new URLSearchParams(location.search);
const wrapper = document.querySelector('psw-role-document');
if (params.has('save')) wrapper.storageKey = 'psw-role-kit:demo:role-builder';
if (params.has('readonly')) wrapper.readonly = true;
if (params.has('open')) {
  await customElements.whenDefined('psw-role-builder');
  const builder = document.querySelector('psw-role-builder');
  await builder.updateComplete;
  builder.shadowRoot.querySelector('#toggle-all')?.click();
}
