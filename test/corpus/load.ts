/**
 * Loading the corpus: every `*.yaml` file of `test/corpus/trees/`, read for matching and parsed
 * with `parseCascade`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCascade, type Cascade } from '@pokin/core';
import { readCorpusFile, type CorpusFile } from './annotations.js';

/** Folder of the annotated trees. */
export const TREES_DIR = fileURLToPath(new URL('./trees/', import.meta.url));

/** File names of the annotated trees, sorted. */
export const treeFiles = (): string[] =>
  readdirSync(TREES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

/** One tree: the file read for matching and its cascade. */
export interface CorpusTree {
  readonly file: CorpusFile;
  readonly cascade: Cascade;
}

/** Reads and parses one tree; throws (naming the file) when it does not parse. */
export function loadTree(name: string): CorpusTree {
  const file = readCorpusFile(name, readFileSync(TREES_DIR + name, 'utf8'));
  try {
    return { file, cascade: parseCascade(file.value) };
  } catch (error) {
    const issues = (error as { issues?: { message: string; path?: unknown }[] }).issues;
    const detail = issues ? issues.map((i) => `${JSON.stringify(i.path)}: ${i.message}`).join('\n') : String(error);
    throw new Error(`${name} does not parse:\n${detail}`);
  }
}
