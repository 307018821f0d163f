// Demo wiring (an external module, so the page stays clean under a strict CSP): the "Show read
// only" box, and ?readonly in the address to start read only (used for screenshots).
const role = document.getElementById('role');
const toggle = document.getElementById('readonly-toggle');
const start = new URLSearchParams(location.search).has('readonly');
toggle.checked = start;
role.readonly = start;
toggle.addEventListener('change', () => { role.readonly = toggle.checked; });
