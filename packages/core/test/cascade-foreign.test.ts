/**
 * A cascade made by another copy of `@pokin/core`: the `pokin` binary runs core's CommonJS build
 * while a review plug-in imports the ES module one, so a plug-in's core functions can be handed
 * the binary's cascades, whose private fields their copy cannot read. A proxy stands for such a
 * cascade here: its methods work, its private fields are out of reach.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { achievement, layoutWorksheet, parseCascade, review, type Cascade } from '@pokin/core';

const file = new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url);
const cascade = parseCascade(parse(readFileSync(file, 'utf8')));

/** The cascade as another copy of the module sees it: public members only. */
function foreign(c: Cascade): Cascade {
  return new Proxy(c, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('a cascade of another copy of core', () => {
  it('cannot be read through its private fields (the proxy stands for it)', () => {
    const other = foreign(cascade);
    expect(other.results()).toBe(cascade.results());
    expect(() => Reflect.get(Object.getPrototypeOf(cascade) as object, 'size', other)).toThrow(TypeError);
  });

  it('is reviewed as the cascade itself', () => {
    expect(review(foreign(cascade))).toEqual(review(cascade));
  });

  it('gives the same worksheet and capaian', () => {
    const rows = (c: Cascade) => [...layoutWorksheet(c).rows()];
    expect(rows(foreign(cascade))).toEqual(rows(cascade));
    const capaian = (c: Cascade) => JSON.parse(JSON.stringify(achievement(c, { year: 2025 }))) as unknown;
    expect(capaian(foreign(cascade))).toEqual(capaian(cascade));
  });
});
