/**
 * A small seeded pseudo-random number generator, so that generated cascades are the same on
 * every machine and every run. `Math.random` is never used.
 *
 * @module
 */

/** A seeded source of pseudo-random numbers. */
export interface Random {
  /** A float in `[0, 1)`. */
  next(): number;
  /** An integer in `[0, n)`; `0` when `n <= 1`. */
  int(n: number): number;
  /** An integer in `[lo, hi]` (inclusive); `lo` when `hi <= lo`. */
  between(lo: number, hi: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
}

/**
 * Mulberry32: a fast 32-bit generator with a full 2^32 period, good enough for test data
 * (not for cryptography).
 *
 * @param seed - Any number; only its low 32 bits are used.
 * @returns A {@link Random} whose sequence depends on `seed` alone.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => (n <= 1 ? 0 : Math.floor(next() * n));
  return {
    next,
    int,
    between: (lo, hi) => (hi <= lo ? lo : lo + int(hi - lo + 1)),
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => list[int(list.length)]!,
  };
}
