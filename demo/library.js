// demo/library.html: on the first visit the library (IndexedDB in this browser) is seeded from
// data/library.json — three roles, one with two saved versions — through the element's
// importLibrary(), which checks the file like any import. The document below is then bound to the
// first role (library-id), so the designer's edits are saved back to it.
const library = document.querySelector('psw-role-library');
const role = document.getElementById('library-role');
const status = document.getElementById('library-status');
const SEEDED = 'psw-role-kit:demo:library-seeded';
const FIRST = 'demo-crisis-psw';

async function start() {
  await customElements.whenDefined('psw-role-library');
  await library.updateComplete;
  if (!localStorage.getItem(SEEDED)) {
    try {
      const response = await fetch('data/library.json');
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const result = await library.importLibrary(await response.text());
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
      localStorage.setItem(SEEDED, new Date().toISOString());
      status.textContent = `Added ${result.added.length} example roles to the library in this browser.`;
    } catch (error) {
      status.textContent = `The example roles could not be added: ${error.message}`;
    }
  }
  if (!role.libraryId) role.libraryId = FIRST;
}
start();
