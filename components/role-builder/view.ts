/**
 * The builder's view, loaded on first use (a lazy chunk beside the drop-in bundle): every section
 * template and the strings. The element class itself stays small in the main bundle.
 */
export { renderView } from './layout.js';
export { builderStrings, BUILDER_AREA } from './strings.js';
export { default as builderStyles } from './role-builder.styles.js';
