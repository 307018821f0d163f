import { PswRoleInsights } from './role-insights.component.js';

export { PswRoleInsights };

PswRoleInsights.define('psw-role-insights');

declare global {
  interface HTMLElementTagNameMap {
    'psw-role-insights': PswRoleInsights;
  }
}
