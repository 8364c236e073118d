/**
 * `@pokin/core/testing`: helpers for tests and benchmarks, such as a deterministic cascade generator.
 *
 * @packageDocumentation
 */
export { generateCascade, generateDocument } from './generate.js';
export type { GenerateOptions } from './settings.js';
export { mulberry32 } from './random.js';
export type { Random } from './random.js';
