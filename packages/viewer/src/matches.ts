/**
 * The state of a search: the query, the results it found (in pre-order) and the one visited now,
 * and marking them on the drawn results.
 *
 * @module
 */
import { search, type TreeIndex } from './tree.js';

/** A search and the match visited now. */
export class Matches {
  query = '';
  ids: string[] = [];
  set = new Set<string>();
  /** Index of the match visited now, or -1. */
  at = -1;

  /** Searches `tree` for `query`; no match is visited yet. */
  find(tree: TreeIndex | undefined, query: string): void {
    this.query = query;
    this.ids = tree ? search(tree, query) : [];
    this.at = -1;
  }

  /** Forgets the search. */
  clear(): void {
    this.find(undefined, '');
  }

  /** Moves to the next (or, with `-1`, previous) match, round the list; returns its id. */
  step(step: number): string | undefined {
    const n = this.ids.length;
    if (n === 0) return undefined;
    this.at = (((this.at + step) % n) + n) % n;
    return this.ids[this.at];
  }

  /** The match visited now. */
  get current(): string | undefined {
    return this.ids[this.at];
  }

  /** Sets the `match` and `current-match` classes of the drawn results. */
  mark(items: ReadonlyMap<string, Element>): void {
    const before = this.set;
    const set = (this.set = new Set(this.ids));
    if (before.size === 0 && set.size === 0) return;
    const current = this.current;
    for (const [id, g] of items) {
      g.classList.toggle('match', set.has(id));
      g.classList.toggle('current-match', id === current);
    }
  }
}
