/**
 * `pokin pk`: its arguments and options; the command itself is in `commands/pk.ts`.
 *
 * @module
 */
import type { PkFlags } from '../commands/pk.js';
import { defineCommand } from './kit.js';

/** Adds `pokin pk`. */
export const pk = defineCommand<PkFlags>({
  name: 'pk',
  args: ['<files...>'],
  options: ['--to <format>', '--year <n>', '--position <name>', '--peta', '-o, --output <path>'],
  takes: 'common',
  run: async ({ context, opts, locale }, files: string[]) =>
    (await import('../commands/pk.js')).pkCommand(context, files, { ...opts, locale }),
});
