/**
 * `@pokin/core/testing`: helpers for tests and benchmarks, such as a deterministic cascade generator.
 *
 * @packageDocumentation
 */
export {};
