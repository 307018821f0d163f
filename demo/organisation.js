// demo/organisation.html: the HR editor starts from the trust's published profile, unless this
// browser already holds HR's work on it (autosave restored it): then the published file is not
// loaded over it. Setting `value` goes through parseOrganisationProfile; a refused file dispatches
// psw-invalid and leaves the editor as it was.
const editor = document.querySelector('psw-organisation-editor');
const status = document.getElementById('profile-status');
const FILE = 'data/riverdale-profile.json';

editor.addEventListener('psw-invalid', (event) => {
  status.textContent = `The published profile could not be used: ${event.detail.issues.map((i) => i.message).join(' ')}`;
});

async function start() {
  await customElements.whenDefined('psw-organisation-editor');
  await editor.updateComplete;
  if (editor.status?.kind === 'restored') {
    status.textContent = 'Your earlier work on the profile was brought back from this browser.';
    return;
  }
  try {
    const response = await fetch(FILE);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    editor.value = await response.json();
    status.textContent = `Started from the published profile (${FILE}).`;
  } catch (error) {
    status.textContent = `Could not read ${FILE}: ${error.message}. The editor starts from a blank profile.`;
  }
}
start();
