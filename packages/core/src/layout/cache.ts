/**
 * What a layout of a cascade can keep for the next layout of the same cascade with the same
 * settings: every result's measured and wrapped texts and the level labels.
 * An interactive viewer lays the cascade out again after each expand or collapse; with a cache
 * it measures each text once.
 *
 * @module
 */
import type { Block, Draft } from './blocks.js';

declare const cacheBrand: unique symbol;

/**
 * A cache for `layoutWithSettings`, valid for ONE cascade and ONE settings object (apart from
 * `collapsed`): make a new one when either changes. Opaque.
 */
export interface LayoutCache {
  readonly [cacheBrand]: true;
}

/** What a {@link LayoutCache} holds. */
interface Contents {
  /** Measured results by id. */
  readonly drafts: Map<string, Draft>;
  /** Level label blocks by level key. */
  readonly levelBlocks: Map<string, Block>;
}

/** A new, empty {@link LayoutCache}. */
export function createLayoutCache(): LayoutCache {
  const contents: Contents = { drafts: new Map(), levelBlocks: new Map() };
  return contents as unknown as LayoutCache;
}

/** The maps inside a cache. */
export const cacheContents = (cache: LayoutCache): Contents => cache as unknown as Contents;
