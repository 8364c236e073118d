/**
 * JSON and YAML text to a plain value, with a way back from a document path (`results[3].parent`)
 * to a line and column in the text. JSON is read by `document-json.ts`, loaded for JSON only (it
 * brings jsonc-parser, which a YAML input does not need). YAML is read by the first of three readers
 * that takes the text: a line reader of the plain form (`yaml-plain.ts`), js-yaml when it reads the
 * text exactly as the yaml package does (`yaml-fast.ts`, loaded then), and the yaml package, loaded
 * last (`yaml-full.ts`).
 *
 * @module
 */
import { InputError, type Place } from '../errors.js';
import { input } from '../messages/index.js';
import { readYamlPlain } from './yaml-plain.js';

/** A parsed JSON or YAML text. */
export interface ParsedText {
  /** The plain value. */
  readonly value: unknown;
  /** Line and column of a document path; the nearest existing ancestor when the path does not exist. */
  readonly locate: (segments: readonly (string | number)[], preferKey?: boolean) => Place;
}

/**
 * Parses YAML (one document). Throws an {@link InputError} with line and column. js-yaml is loaded
 * only for text the plain reader declines, the yaml package only for text js-yaml leaves to it.
 */
export async function parseYamlText(text: string, file: string): Promise<ParsedText> {
  if (text.trim() === '') throw new InputError(file, input.empty(), { line: 1, column: 1 }, 'empty');
  const plain = readYamlPlain(text);
  if (plain !== undefined) return plain;
  const { readYamlFast } = await import('./yaml-fast.js');
  const fast = readYamlFast(text);
  if (fast !== undefined) return fast;
  const { parseYamlFull } = await import('./yaml-full.js');
  return parseYamlFull(text, file);
}

/** Parses JSON strictly (`document-json.ts`, loaded on first use). Throws an {@link InputError} with line and column. */
export async function loadJsonText(text: string, file: string): Promise<ParsedText> {
  const { parseJsonText } = await import('./document-json.js');
  return parseJsonText(text, file);
}
