/**
 * The cascade a viewer shows, the index of its primary tree and what of it is folded. The index
 * is built, and the tree folded to `collapseDepth`, when first needed (a big cascade's in a task
 * after `show()`), not when the cascade is shown.
 *
 * @module
 */
import type { Cascade } from '@pokin/core';
import { AUTO_COLLAPSE_SIZE, type ViewerSettings } from './options.js';
import { collapseBelow, indexTree, type TreeIndex } from './tree.js';

/** The cascade shown, its tree's index (built when first needed) and its folded results. */
export class Folding {
  readonly #depth: () => ViewerSettings['collapseDepth'];
  #cascade: Cascade | undefined;
  #tree: TreeIndex | undefined;
  #collapsed = new Set<string>();
  /** The cascade shown is not indexed yet. */
  #unindexed = false;

  /** `depth` gives the current `collapseDepth`. */
  constructor(depth: () => ViewerSettings['collapseDepth']) {
    this.#depth = depth;
  }

  /** The cascade shown, if any. */
  get cascade(): Cascade | undefined {
    return this.#cascade;
  }

  /** The primary tree of the cascade shown (indexed when first needed). */
  get tree(): TreeIndex | undefined {
    if (this.#unindexed) this.#index();
    return this.#tree;
  }

  /** The folded results (folded to `collapseDepth` when the cascade is indexed). */
  get collapsed(): Set<string> {
    if (this.#unindexed) this.#index();
    return this.#collapsed;
  }

  set collapsed(collapsed: Set<string>) {
    this.#collapsed = collapsed;
  }

  /** Shows a cascade: it is indexed and folded when first needed. */
  show(cascade: Cascade | undefined): void {
    this.#cascade = cascade;
    this.#tree = undefined;
    this.#unindexed = true;
  }

  /** Folds the tree anew to the current `collapseDepth`. */
  refold(): void {
    this.#collapsed = this.#initialFold();
  }

  #index(): void {
    this.#unindexed = false;
    this.#tree = this.#cascade ? indexTree(this.#cascade) : undefined;
    this.#collapsed = this.#initialFold();
  }

  #initialFold(): Set<string> {
    const tree = this.#tree;
    if (!tree) return new Set();
    const depth = this.#depth();
    if (depth === 'auto') return tree.preorder.length > AUTO_COLLAPSE_SIZE ? collapseBelow(tree, 3) : new Set();
    return collapseBelow(tree, depth);
  }
}
