/**
 * `pokin init --from OLD`: the next period's tree from last period's, every result naming the one
 * it continues (`previous`), so that `pokin diff OLD NEW` matches them exactly.
 *
 * @module
 */
import { nextPeriodDocument, parseCascade, type Cascade } from '@pokin/core';
import type { CommandContext } from '../context.js';
import { loadInput, prepareLoad } from '../input/load.js';
import { yamlRenderer } from '../renderers.js';

/** The period after the old one, as long as it: 2025-2029 gives 2030-2034. */
export function periodAfter(old: Cascade): { start: number; end: number } | undefined {
  if (old.period === undefined) return undefined;
  const start = old.period.end + 1;
  return { start, end: start + (old.period.end - old.period.start) };
}

/**
 * Reads `from` and returns the next period's cascade and its YAML (with the schema modeline).
 * `period` is the `--period` flag as parsed, or `undefined` for the period after the old one
 * (`fallback` when the old document has none).
 */
export async function nextFrom(
  ctx: CommandContext,
  from: string,
  period: { start: number; end: number } | undefined,
  fallback: () => { start: number; end: number },
  schema: string,
): Promise<{ cascade: Cascade; yaml: string }> {
  await prepareLoad(ctx.load, ctx.io);
  const old = (await loadInput(from, ctx.io, ctx.load)).cascade;
  const cascade = parseCascade(nextPeriodDocument(old, { period: period ?? periodAfter(old) ?? fallback() }));
  return { cascade, yaml: `# yaml-language-server: $schema=${schema}\n${yamlRenderer.render(cascade)}` };
}
