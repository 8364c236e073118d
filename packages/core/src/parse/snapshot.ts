import type { CascadeIssue } from '../errors.js';
import { issue } from './issues.js';

/**
 * The input of `parseCascade` read once into plain data, before anything else looks at it. A
 * value that is not plain data is refused with an issue instead of being read again later: an
 * accessor (getter or setter) property, an object whose reading throws (a revoked proxy, a trap
 * that throws), a cycle, a list with holes, nesting deeper than any document, and the key
 * `__proto__` (which a plain object cannot hold as data). Every property is read once, through its
 * descriptor, so a value that would read differently twice is seen once and consistently.
 * Iterative: nesting depth costs no stack. Shared objects (YAML aliases) are copied once.
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
  'unreadable' | 'accessor' | 'circular' | 'too-deep' | 'hole' | 'changed' | 'proto-key' | 'list-too-long' | 'too-many-keys';

interface Frame {
  readonly src: object;
  readonly out: unknown[] | Record<string, unknown>;
  /** Own keys to read (objects), or undefined for a list (read by index up to `length`). */
  readonly keys: readonly (string | symbol)[] | undefined;
  readonly length: number;
  i: number;
}

type Segment = string | number;

/** Reads `input` once into plain data; see the module comment. */
export function snapshot(input: unknown): Snapshot {
  const issues: CascadeIssue[] = [];
  const path: Segment[] = [];
  const refuse = (at: readonly Segment[], why: NotDataReason): void => {
    issues.push(issue('not-data', at, { reason: why, limit: LIMITS[why] ?? 0 }));
  };
  const onPath = new Set<object>();
  const done = new Map<object, unknown>();

  /** A frame for an object or list, or undefined (with an issue) when it cannot be read. */
  const open = (v: object, at: () => readonly Segment[]): Frame | undefined => {
    try {
      if (Array.isArray(v)) {
        const d = Reflect.getOwnPropertyDescriptor(v, 'length');
        const length = d !== undefined && 'value' in d && typeof d.value === 'number' ? d.value : -1;
        if (!(length >= 0 && length <= MAX_LIST)) {
          refuse(at(), length > MAX_LIST ? 'list-too-long' : 'unreadable');
          return undefined;
        }
        return { src: v, out: new Array<unknown>(length), keys: undefined, length, i: 0 };
      }
      const keys = Reflect.ownKeys(v);
      if (keys.length > MAX_KEYS) {
        refuse(at(), 'too-many-keys');
        return undefined;
      }
      return { src: v, out: {}, keys, length: keys.length, i: 0 };
    } catch {
      refuse(at(), 'unreadable');
      return undefined;
    }
  };

  /** The plain value of a property descriptor's value, or a frame to fill, or a refusal. */
  if (typeof input !== 'object' || input === null) return { value: input, issues };
  const root = open(input, () => []);
  if (root === undefined) return { value: undefined, issues };
  const stack: Frame[] = [root];
  onPath.add(input);
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.length) {
      stack.pop();
      onPath.delete(f.src);
      done.set(f.src, f.out);
      path.pop();
      continue;
    }
    const k = f.i++;
    const key = f.keys === undefined ? String(k) : f.keys[k]!;
    if (typeof key === 'symbol') continue;
    const segment: Segment = f.keys === undefined ? k : key;
    // The path of this value, made only for an issue.
    const at = (): Segment[] => {
      const out = path.slice();
      out.push(segment);
      return out;
    };
    let d: PropertyDescriptor | undefined;
    try {
      d = Reflect.getOwnPropertyDescriptor(f.src, key);
    } catch {
      refuse(at(), 'unreadable');
      continue;
    }
    if (d === undefined) {
      // A hole in a list, or a key that vanished between listing and reading.
      if (f.keys === undefined) {
        refuse(at(), 'hole');
        f.i = f.length;
      } else refuse(at(), 'changed');
      continue;
    }
    if (f.keys !== undefined && d.enumerable !== true) continue;
    if (d.get !== undefined || d.set !== undefined || !('value' in d)) {
      refuse(at(), 'accessor');
      continue;
    }
    if (key === '__proto__') {
      refuse(at(), 'proto-key');
      continue;
    }
    const v: unknown = d.value;
    let value = v;
    let frame: Frame | undefined;
    if (typeof v === 'object' && v !== null) {
      if (onPath.has(v)) {
        refuse(at(), 'circular');
        continue;
      }
      if (done.has(v)) value = done.get(v);
      else if (path.length >= MAX_DEPTH) {
        refuse(at(), 'too-deep');
        continue;
      } else {
        frame = open(v, at);
        if (frame === undefined) continue;
        value = frame.out;
      }
    }
    if (f.keys === undefined) (f.out as unknown[])[k] = value;
    else (f.out as Record<string, unknown>)[key] = value;
    if (frame !== undefined) {
      onPath.add(frame.src);
      path.push(segment);
      stack.push(frame);
    }
  }
  return { value: root.out, issues };
}
