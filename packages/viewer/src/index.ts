/**
 * `@pokin/viewer`: an interactive pohon kinerja for browsers. The `<pokin-tree>` custom element
 * (and {@link mount}) draws a cascade with the layout and drawing of `@pokin/svg`, and adds pan
 * and zoom, expand and collapse, search, a detail panel, review and capaian badges, keyboard
 * navigation (tree-view roles) and export to SVG and PNG.
 *
 * @packageDocumentation
 */
export { defineElement, mount, TAG_NAME } from './element.js';
export type { PokinTreeConstructor, PokinTreeElement, PokinTreeEventMap } from './element.js';
export { resolveViewerOptions, AUTO_COLLAPSE_SIZE } from './options.js';
export type { CapaianSource, ViewerOptions, ViewerSettings } from './options.js';
export type { SelectDetail, ToggleDetail } from './viewer.js';
export type { View } from './viewport.js';
export { VIEWER_CSS } from './styles.js';
