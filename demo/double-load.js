// demo/double-load.html: says how many copies of psw-role-kit.js the page evaluated.
const copies = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('/psw-role-kit.js'));
document.getElementById('copies').textContent =
  `This page loaded psw-role-kit.js ${copies.length} times (${copies.map((e) => new URL(e.name).search || 'no query').join(', ')}). ` +
  'The first copy defines the elements; the second finds them defined and the page-level document installed, and leaves both alone.';
