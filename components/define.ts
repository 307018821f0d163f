/**
 * psw-role-kit/define: registers every element (and is the input of the CDN bundle).
 * Safe to load twice: PswElement.define() ignores a tag that is already registered, and the
 * page-level document is installed once per page.
 *
 * Order matters: the page-level document and the `<psw-role-document>`
 * provider come before any element that consumes the document.
 */
import { ensurePageDocument } from './document-runtime/page-document.js';
import './role-document/role-document.js';
import './boundary-checklist/boundary-checklist.js';
import './supervision-planner/supervision-planner.js';
import './job-description/job-description.js';
import './role-insights/role-insights.js';
import './role-export/role-export.js';
import './role-builder/role-builder.js';
import './role-designer/role-designer.js';
import './organisation-editor/organisation-editor.js';
import './role-library/role-library.js';
import './role-compare/role-compare.js';

export * from './index.js';

ensurePageDocument();
