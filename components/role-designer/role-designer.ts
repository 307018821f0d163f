// The elements the designer composes are registered first (define order: the parts, then the whole).
import '../role-builder/role-builder.js';
import '../boundary-checklist/boundary-checklist.js';
import '../supervision-planner/supervision-planner.js';
import '../role-insights/role-insights.js';
import '../role-export/role-export.js';
import '../job-description/job-description.js';
import { PswRoleDesigner } from './role-designer.component.js';

export { PswRoleDesigner };

PswRoleDesigner.define('psw-role-designer');

declare global {
  interface HTMLElementTagNameMap {
    'psw-role-designer': PswRoleDesigner;
  }
}
