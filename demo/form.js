// demo/form.html: <psw-role-document name="role" required> inside a plain form. The form uses
// `novalidate` and checks validity itself on submit, so the message can be shown in an error
// summary on the page (the element has no focusable control of its own for the browser's bubble).
// Sending is simulated: the page shows the FormData the browser would post.
const form = document.getElementById('role-form');
const role = form.querySelector('psw-role-document');
const summary = document.getElementById('error-summary');
const sent = document.getElementById('sent');
const validity = document.getElementById('validity');

await customElements.whenDefined('psw-role-document');
await role.updateComplete; // the template is in place (it may load lazily)
// An unfinished draft: the template the element started from, with no boundaries written down (a
// "Must fix" finding). Reset brings the template back.
role.value = { ...role.value, boundaries: [] };

function showProblem(message) {
  document.getElementById('error-message').textContent = message;
  summary.hidden = false;
  summary.focus();
}

document.getElementById('required').addEventListener('change', (e) => { role.required = e.target.checked; });

document.getElementById('check').addEventListener('click', () => {
  const ok = role.reportValidity();
  validity.textContent = ok ? 'reportValidity(): true, the role can be sent.' : `reportValidity(): false. ${role.validationMessage}`;
  if (ok) summary.hidden = true;
  else showProblem(role.validationMessage);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.checkValidity()) {
    validity.textContent = 'Not sent: the form is invalid.';
    showProblem(role.validationMessage);
    return;
  }
  summary.hidden = true;
  const data = new FormData(form);
  const json = data.get('role');
  validity.textContent = `Sent ${[...data.keys()].join(' and ')} (role: ${json.length.toLocaleString('en-GB')} characters of JSON).`;
  sent.textContent = `submitter=${data.get('submitter')}\nrole=${JSON.stringify(JSON.parse(json), null, 2)}`;
});

form.addEventListener('reset', () => {
  summary.hidden = true;
  sent.textContent = '';
  validity.textContent = 'The form was reset: the role is back to the template it started from.';
});

// Everything is wired: the buttons can be used.
for (const button of form.querySelectorAll('.form-actions button')) button.disabled = false;
