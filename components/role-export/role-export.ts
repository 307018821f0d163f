import { PswRoleExport } from './role-export.component.js';

export { PswRoleExport };

PswRoleExport.define('psw-role-export');

declare global {
  interface HTMLElementTagNameMap {
    'psw-role-export': PswRoleExport;
  }
}
