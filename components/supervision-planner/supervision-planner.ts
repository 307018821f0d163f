import { PswSupervisionPlanner } from './supervision-planner.component.js';

export { PswSupervisionPlanner };

PswSupervisionPlanner.define('psw-supervision-planner');

declare global {
  interface HTMLElementTagNameMap {
    'psw-supervision-planner': PswSupervisionPlanner;
  }
}
