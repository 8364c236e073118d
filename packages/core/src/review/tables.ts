/**
 * Per-review tables the nodes share: one entry per distinct text, not one per node. Trees repeat
 * statements (an indicator carried down a branch, a standard indicator on many results, a
 * program's name on its kegiatan), so the facts of a text are computed once and the arrays and
 * strings are shared by every node that holds that text. The tables live as long as one review.
 *
 * Shared arrays are frozen: a rule that tried to change one would change it for every node.
 *
 * @module
 */
import { contentWords } from './lexicon/tokens.js';
import { normalizeStatement } from './text.utils.js';

const EMPTY: readonly never[] = Object.freeze([]);

/** The tables of one review. */
export class ReviewTables {
  readonly #norm = new Map<string, string>();
  readonly #key = new Map<string, string>();
  readonly #split = new Map<string, readonly string[]>();
  readonly #derived = new Map<string, Map<string, unknown>>();

  /** Normalised text of a statement, once per distinct statement. */
  norm(statement: string): string {
    let n = this.#norm.get(statement);
    if (n === undefined) {
      n = normalizeStatement(statement);
      this.#norm.set(statement, n);
    }
    return n;
  }

  /** Fuzzy key of a normalised text: its content stems, sorted, unique, joined by spaces. */
  key(norm: string): string {
    let k = this.#key.get(norm);
    if (k === undefined) {
      k = sortedKey(contentWords(norm));
      this.#key.set(norm, k);
    }
    return k;
  }

  /** A space-separated text split into words, shared and frozen. */
  split(text: string): readonly string[] {
    if (text === '') return EMPTY;
    let ws = this.#split.get(text);
    if (ws === undefined) {
      ws = Object.freeze(text.split(' '));
      this.#split.set(text, ws);
    }
    return ws;
  }

  /** A fact derived from a text alone, computed once per distinct `tag` and text. */
  derived<T>(tag: string, text: string, make: (text: string) => T): T {
    let table = this.#derived.get(tag);
    if (table === undefined) {
      table = new Map();
      this.#derived.set(tag, table);
    }
    if (table.has(text)) return table.get(text) as T;
    const v = make(text);
    table.set(text, v);
    return v;
  }
}

/** The distinct words of a fresh list, sorted and joined by spaces (the list is sorted in place). */
export function sortedKey(ws: string[]): string {
  if (ws.length < 2) return ws.length === 0 ? '' : ws[0]!;
  ws.sort();
  let out = ws[0]!;
  for (let i = 1; i < ws.length; i++) if (ws[i] !== ws[i - 1]) out += ` ${ws[i]}`;
  return out;
}
