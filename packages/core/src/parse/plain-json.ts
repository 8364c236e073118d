import { MAX_DEPTH, MAX_KEYS, MAX_LIST } from './snapshot.js';

/**
 * Whether a fresh `JSON.parse` result can be read as it is, without the snapshot's copy: true
 * when the snapshot would refuse nothing in it (no key `__proto__`, no nesting past
 * {@link MAX_DEPTH}, no list over {@link MAX_LIST}, no object over {@link MAX_KEYS} keys) and
 * every object and list is a plain one. Conservative: any doubt says false, and the snapshot then
 * runs as for any other input, so its issues are the same either way. A walk without a copy costs
 * a small part of the snapshot's (no descriptors, no map of objects met, no allocation).
 *
 * The accessors and proxies the snapshot guards against cannot come out of `JSON.parse`; that is
 * why only a value that nobody else holds may skip it.
 *
 * @module
 */

/** True when `value`, a `JSON.parse` result, holds plain data within the snapshot's limits. */
export function isPlainJson(value: unknown): boolean {
  return plain(value, 0);
}

function plain(v: unknown, depth: number): boolean {
  if (typeof v !== 'object' || v === null) return true;
  // The snapshot refuses a container nested MAX_DEPTH deep; stopping one short is on the safe side.
  if (depth >= MAX_DEPTH - 1) return false;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype || v.length > MAX_LIST) return false;
    for (let i = 0; i < v.length; i++) if (!plain(v[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  let keys = 0;
  for (const key in v) {
    if (++keys > MAX_KEYS || key === '__proto__') return false;
    if (!plain((v as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}
