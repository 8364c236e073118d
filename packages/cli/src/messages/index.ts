/**
 * The message catalogue of the CLI: every word `pokin` prints, in Bahasa Indonesia (`id`, the
 * default) and English (`en`), as functions returning both (the vega-lite `log/message.ts`
 * pattern, as in `@pokin/core`'s review messages). Code builds a {@link Text} and picks the
 * language when it prints, with {@link say}; tests assert against these functions, never a copied
 * string.
 *
 * Sections: {@link help} (`--help`), {@link usage} (a command line that cannot run), {@link input}
 * (files that cannot be read), {@link report} (review, stats, render and init output), {@link safety}
 * (what is skipped or refused to keep the work bounded and the writes safe).
 *
 * @module
 */
export { diffReport } from './diff.js';
export { help } from './help/index.js';
export { input } from './input.js';
export { report } from './report.js';
export { reportCsvWords } from './report-csv.js';
export { safety } from './safety.js';
export { workspace } from './workspace.js';
export { commanderError } from './commander.js';
export { usage } from './usage.js';
export { plugin } from './plugin.js';
export { LOCALES, closest, resolveLocale, same, say, t } from './text.js';
export type { Locale, Text } from './text.js';
