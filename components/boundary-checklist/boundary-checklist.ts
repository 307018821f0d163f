import { PswBoundaryChecklist } from './boundary-checklist.component.js';

export { PswBoundaryChecklist };

PswBoundaryChecklist.define('psw-boundary-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'psw-boundary-checklist': PswBoundaryChecklist;
  }
}
