/**
 * Loading the corpus: every `*.yaml` file of `test/corpus/trees/`, read for matching and parsed
 * with `parseCascade`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OwnerSchema, parseCascade, type Cascade } from '@pokin/core';
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
    return { file, cascade: parseCascade(compat(file.value)) };
  } catch (error) {
    const issues = (error as { issues?: { message: string; path?: unknown }[] }).issues;
    const detail = issues ? issues.map((i) => `${JSON.stringify(i.path)}: ${i.message}`).join('\n') : String(error);
    throw new Error(`${name} does not parse:\n${detail}`);
  }
}

// TEMPORARY (until branch `core` adds the round-2 owner fields of DESIGN section 8 to the schema):
// drop `positionType`, `name` and `nip` from owners when the schema does not know them yet.
const ROUND2 = 'positionType' in (OwnerSchema as unknown as { shape: object }).shape;
function compat(value: unknown): unknown {
  if (ROUND2) return value;
  const strip = (o: unknown): void => {
    if (o === null || typeof o !== 'object') return;
    const owner = (o as { owner?: Record<string, unknown> }).owner;
    if (owner) for (const k of ['positionType', 'name', 'nip']) delete owner[k];
  };
  for (const r of ((value as { results?: unknown[] }).results ?? []) as { indicators?: unknown[] }[]) {
    strip(r);
    for (const i of r.indicators ?? []) strip(i);
  }
  return value;
}
