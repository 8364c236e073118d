/**
 * `pokin review`: its arguments and options; the command itself is in `commands/review.ts`.
 *
 * @module
 */
import type { ReviewFlags } from '../commands/review.js';
import { defineCommand } from './kit.js';

/** Adds `pokin review`. */
export const review = defineCommand<ReviewFlags & { workspace?: boolean }>({
  name: 'review',
  args: ['<files...>'],
  options: ['--strict', { flags: '--rule <rule>', parse: 'collect' }, '--config <file>', '--workspace', '--as-of <date>'],
  takes: 'table',
  run: async ({ context, opts, locale }, files: string[]) => {
    // Load only the command this run needs (a single file never loads the workspace code).
    const run =
      opts.workspace === true
        ? (await import('../commands/workspace-review.js')).workspaceReviewCommand
        : (await import('../commands/review.js')).reviewCommand;
    return run(context, files, { ...opts, locale });
  },
});
