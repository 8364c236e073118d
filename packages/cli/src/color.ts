/**
 * Colours on a terminal only: `--no-color` and `NO_COLOR` turn them off, `--color` and
 * `FORCE_COLOR` turn them on (see https://no-color.org and https://force-color.org).
 *
 * @module
 */
import pc from 'picocolors';
import type { OutputStream } from './io.js';

/** The colour functions the CLI uses. */
export type Colors = ReturnType<typeof pc.createColors>;

/** Decides whether to colour `stream`. `flag` is `--color` (true) / `--no-color` (false), if given. */
export function useColor(stream: OutputStream, env: Readonly<Record<string, string | undefined>>, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** Colour functions, or identity functions when colours are off. */
export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}
