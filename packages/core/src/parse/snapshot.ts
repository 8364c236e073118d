import type { CascadeIssue } from '../errors.js';
import { issue } from './issues.js';

/**
 * The input of `parseCascade` read once into plain data, before anything else looks at it. A
 * value that is not plain data is refused with an issue instead of being read again later: an
 * accessor (getter or setter) property, an object whose reading throws (a revoked proxy, a trap
 * that throws), a cycle, a list with holes, nesting deeper than any document, and the key
 * `__proto__` (which a plain object cannot hold as data). Every property is read once, through its
 * descriptor, so a value that would read differently twice is seen once and consistently.
 * Nesting is capped at {@link MAX_DEPTH}, so the recursion's stack is small. Shared objects (YAML
 * aliases) are copied once.
 *
 * @module
 */

/** Deepest nesting of lists and objects a document may have; a document needs about 8. */
export const MAX_DEPTH = 64;
/** Longest list the snapshot takes (a million results with room to spare). */
export const MAX_LIST = 10_000_000;
/** Most keys an object may hold; the largest a document has is `targets` (one per year, 301). */
export const MAX_KEYS = 10_000;

/** The snapshot: the plain data, and the issues of what was refused (each left out of the data). */
export interface Snapshot {
  /** The input as plain objects, arrays and primitives. */
  readonly value: unknown;
  /** What could not be taken as data, each with its path and code `not-data`. */
  readonly issues: CascadeIssue[];
}

/** The limit a refusal names, per reason. */
const LIMITS: Partial<Record<NotDataReason, number>> = { 'too-deep': MAX_DEPTH, 'list-too-long': MAX_LIST, 'too-many-keys': MAX_KEYS };

/** Why a value is not plain data. */
export type NotDataReason =
  | 'unreadable'
  | 'accessor'
  | 'circular'
  | 'too-deep'
  | 'hole'
  | 'changed'
  | 'proto-key'
  | 'list-too-long'
  | 'too-many-keys'
  | 'not-plain-object'
  | 'bigint';

type Segment = string | number;

/** Marks a value left out of the data (its issue already made). */
const REFUSED: unique symbol = Symbol('refused');
/** Marks an object whose copy is under way. */
const ON_PATH: unique symbol = Symbol('on-path');

/** Reads `input` once into plain data; see the module comment. */
export function snapshot(input: unknown): Snapshot {
  if (typeof input !== 'object' || input === null) return { value: input, issues: [] };
  const reader = new Reader();
  const value = reader.copy(input, []);
  return { value: value === REFUSED ? undefined : value, issues: reader.issues };
}

/**
 * One snapshot's state. Recursive: {@link MAX_DEPTH} bounds the stack. The path of a value is
 * made only for an issue (`path` is the container's, shared and restored after each step).
 */
class Reader {
  readonly issues: CascadeIssue[] = [];
  /**
   * Each object met, to its copy (a shared one is copied once), or to ON_PATH while it is being
   * copied (met again then, it is a cycle). One map, not two: this is the snapshot's main cost.
   */
  private readonly seen = new Map<object, unknown>();

  refuse(path: readonly Segment[], segment: Segment | undefined, why: NotDataReason, what = ''): typeof REFUSED {
    const at = segment === undefined ? path.slice() : [...path, segment];
    this.issues.push(issue('not-data', at, { reason: why, limit: LIMITS[why] ?? 0, ...(what === '' ? {} : { what }) }));
    return REFUSED;
  }

  /** The plain copy of the object or list `v` at `path`, or REFUSED. */
  copy(v: object, path: Segment[]): unknown {
    let out: unknown;
    this.seen.set(v, ON_PATH);
    try {
      const kind = Array.isArray(v) ? undefined : notPlain(v);
      out =
        kind !== undefined
          ? this.refuse(path, undefined, 'not-plain-object', kind)
          : Array.isArray(v)
            ? this.copyList(v, path)
            : this.copyObject(v, path);
    } catch {
      out = this.refuse(path, undefined, 'unreadable');
    }
    if (out === REFUSED) this.seen.delete(v);
    else this.seen.set(v, out);
    return out;
  }

  /** The value of a data property `key` of the container at `path`, copied, or REFUSED. */
  private value(v: unknown, path: Segment[], key: Segment): unknown {
    // A YAML parser asked for BigInts (intAsBigInt) gives them for every whole number.
    if (typeof v === 'bigint') return this.refuse(path, key, 'bigint', `${v}n`);
    if (typeof v !== 'object' || v === null) return v;
    const seen = this.seen.get(v);
    if (seen === ON_PATH) return this.refuse(path, key, 'circular');
    if (seen !== undefined) return seen;
    if (path.length >= MAX_DEPTH) return this.refuse(path, key, 'too-deep');
    path.push(key);
    const out = this.copy(v, path);
    path.pop();
    return out;
  }

  /** A property descriptor, or REFUSED when reading it throws. */
  private descriptor(src: object, path: Segment[], key: string, segment: Segment): PropertyDescriptor | undefined | typeof REFUSED {
    try {
      return Reflect.getOwnPropertyDescriptor(src, key);
    } catch {
      return this.refuse(path, segment, 'unreadable');
    }
  }

  private copyList(src: unknown[], path: Segment[]): unknown {
    const d = Reflect.getOwnPropertyDescriptor(src, 'length');
    const length = d !== undefined && 'value' in d && typeof d.value === 'number' ? d.value : -1;
    if (!(length >= 0 && length <= MAX_LIST)) return this.refuse(path, undefined, length > MAX_LIST ? 'list-too-long' : 'unreadable');
    const out = new Array<unknown>(length);
    for (let k = 0; k < length; k++) {
      const e = this.descriptor(src, path, String(k), k);
      if (e === REFUSED) continue;
      if (e === undefined) {
        this.refuse(path, k, 'hole');
        break;
      }
      if (e.get !== undefined || e.set !== undefined || !('value' in e)) {
        this.refuse(path, k, 'accessor');
        continue;
      }
      const value = this.value(e.value, path, k);
      if (value !== REFUSED) out[k] = value;
    }
    return out;
  }

  private copyObject(src: object, path: Segment[]): unknown {
    const keys = Reflect.ownKeys(src);
    if (keys.length > MAX_KEYS) return this.refuse(path, undefined, 'too-many-keys');
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (typeof key === 'symbol') continue;
      const d = this.descriptor(src, path, key, key);
      if (d === REFUSED) continue;
      if (d === undefined) {
        // A key that vanished between listing and reading.
        this.refuse(path, key, 'changed');
        continue;
      }
      if (d.enumerable !== true) continue;
      if (d.get !== undefined || d.set !== undefined || !('value' in d)) {
        this.refuse(path, key, 'accessor');
        continue;
      }
      if (key === '__proto__') {
        this.refuse(path, key, 'proto-key');
        continue;
      }
      const value = this.value(d.value, path, key);
      if (value !== REFUSED) out[key] = value;
    }
    return out;
  }
}

/**
 * The kind of an object that is not plain data (a `Map`, a `Date`, a YAML `Document`, any class's
 * instance), or `undefined` for a plain object: one whose prototype is `null` or an `Object.prototype`
 * (of this realm or another, such as an iframe's).
 */
function notPlain(v: object): string | undefined {
  const proto = Reflect.getPrototypeOf(v);
  // This realm's plain object first: nearly every object a document holds.
  if (proto === Object.prototype || proto === null || Reflect.getPrototypeOf(proto) === null) return undefined;
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'object';
}
