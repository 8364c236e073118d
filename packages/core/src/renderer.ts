import type { Cascade } from './cascade.js';

/**
 * The contract every renderer package implements, so the CLI and third parties can treat
 * renderers as plug-ins. A renderer is pure: the same cascade and options give the same output.
 *
 * @typeParam Options - the renderer's own options object.
 * @typeParam Output - what `render` returns: text (SVG, HTML, CSV) or bytes (PDF, .xlsx).
 */
export interface Renderer<Options = Record<string, never>, Output extends string | Uint8Array = string> {
  /** Short name, as used by `pokin render --to NAME`, e.g. `svg`. */
  readonly name: string;
  /** IANA media type of the output, e.g. `image/svg+xml`. */
  readonly mediaType: string;
  /** File extension without the dot, e.g. `svg`. */
  readonly extension: string;
  /** Renders the cascade: a string for text formats, bytes for binary ones. */
  render(cascade: Cascade, options?: Options): Output;
}

/** Languages that rendered labels and review messages exist in. */
export type Locale = 'id' | 'en';

/** Picks the text for a locale from an `{ id, en }` pair. */
export function localize(text: { readonly id: string; readonly en: string }, locale: Locale = 'id'): string {
  return locale === 'en' ? text.en : text.id;
}
