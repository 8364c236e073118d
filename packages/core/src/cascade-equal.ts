/**
 * Equality of cascades ({@link Cascade.equals}): structural equality of their canonical
 * documents, with the level scheme compared in one form.
 *
 * @module
 */
import { DEFAULT_LEVEL_PRESET, LEVEL_PRESETS } from './levels.js';
import type { CascadeDocument } from './schema.js';

/** Structural equality of JSON-like values (key order ignored; `-0` equals `0`, as in JSON). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b || Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** True when two canonical documents hold the same cascade. */
export function sameDocument(a: CascadeDocument, b: CascadeDocument): boolean {
  return deepEqual(withoutDefaultLevels(a), withoutDefaultLevels(b));
}

/**
 * The document with its `levels` in one form: a list that is a preset's levels compares as the
 * preset's name, and the default preset as no `levels` at all.
 */
function withoutDefaultLevels(doc: CascadeDocument): CascadeDocument {
  let levels: unknown = doc.levels;
  if (Array.isArray(levels)) {
    for (const [name, preset] of Object.entries(LEVEL_PRESETS)) if (deepEqual(levels, preset)) levels = name;
  }
  if (levels === doc.levels && levels !== DEFAULT_LEVEL_PRESET) return doc;
  const { levels: _given, ...rest } = doc;
  return (levels === DEFAULT_LEVEL_PRESET ? rest : { ...rest, levels }) as CascadeDocument;
}
