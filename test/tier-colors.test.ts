/** A tier has one colour everywhere: the tables (core's TIER_COLORS) use the diagram's defaults. */
import { describe, expect, it } from 'vitest';
import { TIERS, TIER_COLORS } from '@pokin/core';
import { DEFAULT_COLORS } from '@pokin/svg';

describe('tier colours', () => {
  it('are the same in the diagram and the tables', () => {
    for (const tier of TIERS) expect(TIER_COLORS[tier]).toEqual(DEFAULT_COLORS[tier]);
  });
});
