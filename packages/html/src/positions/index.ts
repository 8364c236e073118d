/**
 * The documents of Langkah 5 (positions) and of a workspace.
 *
 * @module
 */
export { renderPerjanjianKinerja } from './pk.js';
export type { PerjanjianKinerjaOptions } from './pk.js';
export { renderPetaCascading } from './peta.js';
export type { PetaCascadingOptions } from './peta.js';
export { renderCrosscuttingHtml } from './crosscutting.js';
export type { CrosscuttingHtmlOptions } from './crosscutting.js';
export type { PageOptions } from './page.js';
