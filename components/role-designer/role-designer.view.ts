/**
 * The designer's view: every template and the strings. One module, so it can become a lazy chunk
 * (as the builder's view is) without touching the element's logic.
 */
export { renderDesigner } from './layout.js';
export { designerStrings, DESIGNER_AREA } from './strings.js';
