import { PswRoleCompare } from './role-compare.component.js';

export { PswRoleCompare };

PswRoleCompare.define('psw-role-compare');

declare global {
  interface HTMLElementTagNameMap {
    'psw-role-compare': PswRoleCompare;
  }
}
