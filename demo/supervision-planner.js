// Demo wiring (an external module, so the page stays clean under a strict CSP): the "Show read
// only" box; ?readonly in the address starts read only, ?empty clears the support sections so
// the assessment's findings show in place (both used for screenshots).
const role = document.getElementById('role');
const toggle = document.getElementById('readonly-toggle');
const params = new URLSearchParams(location.search);
if (params.has('empty')) {
  const doc = role.value;
  role.load({ ...doc, supervision: { arrangements: [] }, training: { peerSpecific: [] }, team: {}, leadership: {}, wellbeing: {} });
}
toggle.checked = params.has('readonly');
role.readonly = toggle.checked;
toggle.addEventListener('change', () => { role.readonly = toggle.checked; });
