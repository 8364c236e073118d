/**
 * Pure text helpers of the review, one module per concern: characters (`text.characters.ts`),
 * normalisation and quoting (`text.normalize.ts`), statement and indicator forms and units
 * (`text.forms.ts`). Rules import them from here.
 *
 * @module
 */
export * from './text.characters.js';
export * from './text.normalize.js';
export * from './text.forms.js';
