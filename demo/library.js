// demo/library.html. Two places the roles can be kept:
// - this browser (IndexedDB), the default: on the first visit the library is seeded from
//   data/library.json — three roles, one with two saved versions — through the element's
//   importLibrary(), which checks the file like any import;
// - with `?server` (or the checkbox), the role library server that `npm start` runs, at /api: the
//   library gets src="/api" and the document library-src="/api"; the access token is asked for with
//   a password field, kept in sessionStorage only and set as the elements' `token` property. An empty
//   server is seeded from the same file.
// The document below is then bound to the first role (library-id), so the designer's edits are
// saved back to it.
const library = document.querySelector('psw-role-library');
const role = document.getElementById('library-role');
const status = document.getElementById('library-status');
const form = document.getElementById('library-source');
const useServer = document.getElementById('use-server');
const login = document.getElementById('server-login');
const tokenField = document.getElementById('server-token');
const SEEDED = 'psw-role-kit:demo:library-seeded';
const TOKEN = 'psw-role-kit:demo:server-token';
const FIRST = 'demo-crisis-psw';
const API = '/api';
const server = new URLSearchParams(location.search).has('server');

function savedToken() {
  try {
    return sessionStorage.getItem(TOKEN) ?? '';
  } catch {
    return '';
  }
}

// Before the elements read anything: with ?server they never touch this browser's library.
useServer.checked = server;
login.hidden = !server;
if (server) {
  library.token = role.token = savedToken() || undefined;
  library.src = API;
  role.librarySrc = API;
}

useServer.addEventListener('change', () => {
  const url = new URL(location.href);
  if (useServer.checked) url.searchParams.set('server', '');
  else url.searchParams.delete('server');
  location.assign(url.href.replace('server=', 'server'));
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const token = tokenField.value.trim();
  if (!token) return void (status.textContent = 'Paste an access token first.');
  try {
    sessionStorage.setItem(TOKEN, token);
  } catch {
    /* the token is still used for this page */
  }
  tokenField.value = '';
  library.token = role.token = token;
  void connect();
});

async function seed(what) {
  try {
    const response = await fetch('data/library.json');
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const result = await library.importLibrary(await response.text());
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
    status.textContent = `Added ${result.added.length} example roles to ${what}.`;
    return true;
  } catch (error) {
    status.textContent = `The example roles could not be added: ${error.message}`;
    return false;
  }
}

async function connect() {
  await library.refresh();
  if (!library.roles) {
    status.textContent = 'The role library server could not be read. Check the token, and that npm start says the server is running.';
    return;
  }
  status.textContent = `Connected to the role library server: ${library.roles.length} roles.`;
  if (!library.roles.length) await seed('the role library server');
  if (!role.libraryId && library.roles?.some((r) => r.id === FIRST)) role.libraryId = FIRST;
}

async function start() {
  await customElements.whenDefined('psw-role-library');
  await library.updateComplete;
  if (server) {
    if (library.token) await connect();
    else status.textContent = 'Paste an access token to use the role library server.';
    return;
  }
  if (!localStorage.getItem(SEEDED)) {
    if (await seed('the library in this browser')) localStorage.setItem(SEEDED, new Date().toISOString());
  }
  if (!role.libraryId) role.libraryId = FIRST;
}
start();
