import { PswRoleLibrary } from './role-library.component.js';

export { PswRoleLibrary };

PswRoleLibrary.define('psw-role-library');

declare global {
  interface HTMLElementTagNameMap {
    'psw-role-library': PswRoleLibrary;
  }
}
