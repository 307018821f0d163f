/**
 * psw-role-kit: the element classes and event types. No side effects: import
 * `psw-role-kit/define` (or load the CDN file) to register the elements.
 */
export { PswElement } from './base/psw-element.js';
export { Localizer, registerStrings, registeredStrings, resolveLang, translate, DEFAULT_LANG, type Translation, type Strings, type Message } from './base/localize.js';
export * from './base/events.js';
export * from './document-runtime/index.js';
export { PswRoleDocument } from './role-document/role-document.component.js';
export { PswBoundaryChecklist } from './boundary-checklist/boundary-checklist.component.js';
export { PswSupervisionPlanner } from './supervision-planner/supervision-planner.component.js';
export { PswJobDescription } from './job-description/job-description.component.js';
export { PswRoleInsights } from './role-insights/role-insights.component.js';
export { PswRoleExport } from './role-export/role-export.component.js';
export { PswRoleBuilder } from './role-builder/role-builder.component.js';
export { PswRoleDesigner } from './role-designer/role-designer.component.js';
export { PswOrganisationEditor } from './organisation-editor/organisation-editor.component.js';
export { PswRoleLibrary } from './role-library/role-library.component.js';
export { PswRoleCompare, type CompareState, type CompareOutcome } from './role-compare/role-compare.component.js';
