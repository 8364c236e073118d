/**
 * JSON and YAML text to a plain value, with a way back from a document path (`results[3].parent`)
 * to a line and column in the text. JSON is checked strictly first (trailing commas, comments and
 * duplicate keys are errors with their line and column); positions for paths come from the yaml
 * package's node ranges, since JSON is YAML.
 *
 * @module
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { InputError, type Place } from '../errors.js';
import { linePos } from './decode.js';
import { checkJson } from './json-check.js';

/**
 * The yaml package's `maxAliasCount`: an anchor may be used about this many times (fewer when the
 * anchored node holds aliases itself, as in an alias bomb) before the document is refused.
 */
export const MAX_ALIAS_COUNT = 1000;

/** A parsed JSON or YAML text. */
export interface ParsedText {
  /** The plain value. */
  readonly value: unknown;
  /** Line and column of a document path; the nearest existing ancestor when the path does not exist. */
  locate(segments: readonly (string | number)[], preferKey?: boolean): Place;
}

/** Parses YAML (one document). Throws an {@link InputError} with line and column. */
export function parseYamlText(text: string, file: string): ParsedText {
  if (text.trim() === '') throw new InputError(file, 'the file is empty', { line: 1, column: 1 }, 'empty');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const error = doc.errors[0];
  if (error !== undefined) {
    let message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^\s*(?:"([^"]*)"|'([^']*)'|([^:\n]*?))\s*:/.exec(text.slice(error.pos[0]));
      const name = key === null ? undefined : (key[1] ?? key[2] ?? key[3]);
      message = name === undefined ? 'duplicate key: map keys must be unique' : `duplicate key ${JSON.stringify(name)}: map keys must be unique`;
    }
    if (error.code === 'MULTIPLE_DOCS') message = 'several YAML documents ("---") in one file; a pokin file holds one document';
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    throw new InputError(file, `invalid YAML: ${message}`, { line: pos.line, column: pos.col });
  }
  if (doc.contents === null) throw new InputError(file, 'the file is empty (only comments or "---")', { line: 1, column: 1 }, 'empty');
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError || (e instanceof Error && /alias/i.test(e.message))) {
      const at = firstAlias(doc);
      const pos = lineCounter.linePos(at);
      throw new InputError(
        file,
        `refused: YAML aliases (*name) expand to too many nodes, as in an alias bomb ("billion laughs"); use fewer aliases (at most about ${MAX_ALIAS_COUNT} uses of one anchor)`,
        { line: pos.line, column: pos.col },
        'limit',
      );
    }
    throw e;
  }
  return { value, locate: (segments, preferKey) => locateIn(doc, lineCounter, segments, preferKey) };
}

/**
 * Largest JSON text for which paths are mapped to lines. Positions come from parsing the text again
 * with the yaml package, which takes about 70 times the text's size in memory; above this size,
 * problems name the path (`results[3].parent`) without a line.
 */
export const MAX_LOCATE_JSON_CHARS = 8 * 1024 * 1024;

/** Parses JSON strictly. Throws an {@link InputError} with line and column. */
export function parseJsonText(text: string, file: string): ParsedText {
  const problem = checkJson(text);
  if (problem !== undefined) {
    throw new InputError(file, problem.message === 'the file is empty' ? problem.message : `invalid JSON: ${problem.message}`, linePos(text, problem.offset), problem.message === 'the file is empty' ? 'empty' : 'parse-error');
  }
  const value: unknown = JSON.parse(text);
  let located: { doc: Document; lc: LineCounter } | undefined;
  return {
    value,
    locate(segments, preferKey) {
      // Positions are only needed when something is wrong: parse the text again as YAML then.
      if (text.length > MAX_LOCATE_JSON_CHARS) return {};
      if (located === undefined) {
        const lc = new LineCounter();
        located = { doc: parseDocument(text, { lineCounter: lc, uniqueKeys: false }), lc };
      }
      return locateIn(located.doc, located.lc, segments, preferKey);
    },
  };
}

function firstAlias(doc: Document): number {
  let at = 0;
  visit(doc, {
    Alias(_, node) {
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

function locateIn(doc: Document, lc: LineCounter, segments: readonly (string | number)[], preferKey = false): Place {
  let node: unknown = doc.contents;
  let best = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (isAlias(node)) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (pair === undefined) break;
      const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      const value = pair.value as Node | null;
      if (last && preferKey && keyStart !== undefined) {
        best = keyStart;
        break;
      }
      best = value?.range?.[0] ?? keyStart ?? best;
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (item === undefined) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
  }
  const pos = lc.linePos(best);
  return { line: pos.line, column: pos.col };
}
