/**
 * Run counts of the property tests. The counts written in the tests keep `pnpm test:quick` within
 * its minute on a 2-core machine; `POKIN_PROPERTY_SCALE` multiplies them for a deeper search
 * (`POKIN_PROPERTY_SCALE=10 npx vitest run packages/core/test/parse.property.test.ts`).
 */
const SCALE = Number(process.env.POKIN_PROPERTY_SCALE ?? 1);

/** `base` runs times `POKIN_PROPERTY_SCALE` (default 1), at least one. */
export function propertyRuns(base: number): number {
  return Math.max(1, Math.round(base * (Number.isFinite(SCALE) && SCALE > 0 ? SCALE : 1)));
}
