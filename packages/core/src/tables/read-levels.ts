/**
 * Levels in a `results` table: which preset a table's level words belong to, and level labels
 * (`Ultimate Outcome`, `Kinerja Strategis`) read as level keys, with a note per distinct guess.
 *
 * @module
 */
import { LEVEL_PRESETS, PERMENPAN_89, type LevelScheme } from '../levels.js';
import type { CascadeDocument, ResultDocument } from '../schema.js';
import { tableMessages as m, type TableColumnRef, type TableNote } from './read-issues.js';
import { levelWords } from './words.js';

/** Replaces level labels by keys in `results` (their cells in `levelCells`, first rows in `rows`), with a note per distinct guess. */
export function resolveLevels(
  levels: CascadeDocument['levels'],
  results: readonly ResultDocument[],
  levelCells: readonly string[],
  rows: readonly number[],
  column: TableColumnRef,
  notes: TableNote[],
): void {
  const scheme: LevelScheme | undefined =
    levels === undefined ? PERMENPAN_89 : typeof levels === 'string' ? LEVEL_PRESETS[levels as keyof typeof LEVEL_PRESETS] : levels;
  if (scheme === undefined || !Array.isArray(scheme)) return;
  const lookup = levelWords(scheme);
  const guesses = new Map<string, { key: string; count: number; row: number }>();
  results.forEach((r, i) => {
    const word = levelCells[i]!;
    if (word === '') return;
    const found = lookup(word);
    if (found === undefined || !found.guessed) return;
    (r as { level: string }).level = found.key;
    const g = guesses.get(word);
    if (g === undefined) guesses.set(word, { key: found.key, count: 1, row: rows[i]! });
    else g.count++;
  });
  for (const [word, g] of guesses) notes.push({ row: g.row, column, text: m.levelGuess(word, g.key, g.count) });
}

/** The preset whose keys or labels cover every level word in the table; `undefined` (permenpan-89) when none does. */
export function detectLevels(words: readonly string[]): string | undefined {
  const distinct = [...new Set(words.filter((w) => w !== ''))];
  const covers = (scheme: LevelScheme) => {
    const lookup = levelWords(scheme);
    return distinct.every((w) => lookup(w) !== undefined);
  };
  if (covers(PERMENPAN_89)) return undefined;
  if (covers(LEVEL_PRESETS.renstra)) return 'renstra';
  return undefined;
}
