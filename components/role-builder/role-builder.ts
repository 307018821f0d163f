import { PswRoleBuilder } from './role-builder.component.js';

export { PswRoleBuilder };

PswRoleBuilder.define('psw-role-builder');

declare global {
  interface HTMLElementTagNameMap {
    'psw-role-builder': PswRoleBuilder;
  }
}
