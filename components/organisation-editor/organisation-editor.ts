import { PswOrganisationEditor } from './organisation-editor.component.js';

export { PswOrganisationEditor };

PswOrganisationEditor.define('psw-organisation-editor');

declare global {
  interface HTMLElementTagNameMap {
    'psw-organisation-editor': PswOrganisationEditor;
  }
}
