import { PswRoleDocument } from './role-document.component.js';

export { PswRoleDocument };

PswRoleDocument.define('psw-role-document');

declare global {
  interface HTMLElementTagNameMap {
    'psw-role-document': PswRoleDocument;
  }
}
