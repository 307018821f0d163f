// Demo switches (no inline script, so the page also runs under a strict CSP): ?readonly, ?open,
// ?save (autosave in this browser under the key "psw-role-kit:demo:role-builder"), ?draft (an
// unfinished role, to show findings in place).
const params = new URLSearchParams(location.search);
const wrapper = document.querySelector('psw-role-document');
if (params.has('save')) wrapper.storageKey = 'psw-role-kit:demo:role-builder';
if (params.has('draft')) {
  // Flexible duties lose their limits, the exit plan and purpose go: the assessment has things to say.
  const role = structuredClone(wrapper.value);
  for (const duty of role.duties) if (duty.kind === 'flexible') delete duty.flexibility;
  delete role.role.purpose;
  role.employment.contractType = 'fixed-term';
  role.employment.fixedTermMonths = 9;
  role.employment.funding = { source: 'Transformation fund', termMonths: 9 };
  wrapper.value = role;
}
if (params.has('readonly')) wrapper.readonly = true;
if (params.has('open')) {
  await customElements.whenDefined('psw-role-builder');
  const builder = document.querySelector('psw-role-builder');
  await builder.updateComplete;
  builder.shadowRoot.querySelector('#toggle-all')?.click();
}
