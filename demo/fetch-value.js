// demo/fetch-value.html: the host page fetches a role (JSON) and sets `value`. Setting `value` goes
// through parseRoleDocument: a valid file replaces the role (no psw-change; one undo step once the
// role has been changed, before that the starting point); an invalid one dispatches psw-invalid
// with { issues: [{ path, message }] } and changes nothing.
const role = document.querySelector('psw-role-document');
const loaded = document.getElementById('loaded');
const issuesBox = document.getElementById('issues');
const issueList = document.getElementById('issue-list');
let refused = false;

role.addEventListener('psw-invalid', (event) => {
  refused = true;
  issueList.replaceChildren(...event.detail.issues.map(({ path, message }) => {
    const li = document.createElement('li');
    li.textContent = path ? `${path}: ${message}` : message;
    return li;
  }));
  issuesBox.hidden = false;
});

async function load(file) {
  issuesBox.hidden = true;
  loaded.textContent = `Loading ${file}…`;
  let data;
  try {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    data = await response.json();
  } catch (error) {
    loaded.textContent = `Could not read ${file}: ${error.message}`;
    return;
  }
  await customElements.whenDefined('psw-role-document');
  refused = false;
  role.value = data; // synchronous: psw-invalid (above) has fired by the next line if the file was refused
  const title = role.value.role.title ?? 'untitled role';
  loaded.textContent = refused ? `Refused ${file}; the role on the page is still “${title}”.` : `Loaded ${file}: “${title}”.`;
}

for (const button of document.querySelectorAll('button[data-file]')) {
  button.addEventListener('click', () => load(button.dataset.file));
}
load('data/sample-role.json');
