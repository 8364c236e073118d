/**
 * YAML text to a plain value with the yaml package, with a way back from a document path to a
 * line and column: for the text the quick reader (`yaml-fast.ts`) leaves, and for every YAML
 * syntax error, whose messages, codes and positions come from here. Anchors and aliases are
 * bounded here (alias bombs, large anchored blocks used many times).
 *
 * @module
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { InputError, type Place } from '../errors.js';
import type { ParsedText } from './document.js';
import { input, same, type Text } from '../messages/index.js';

/**
 * Most aliases (`*name`) in one YAML document; also the yaml package's `maxAliasCount` when it
 * expands them.
 */
export const MAX_ALIAS_COUNT = 1000;

/**
 * Whether two map keys are the same key of the plain object the map becomes: `2025` and `"2025"`
 * are (both become the property "2025"), though the yaml package's default check, which compares
 * typed values, lets the second silently replace the first.
 */
function sameKey(a: unknown, b: unknown): boolean {
  return a === b || (isScalar(a) && isScalar(b) && String(a.value) === String(b.value));
}

/** Parses YAML (one document) with the yaml package. Throws an {@link InputError} with line and column. */
export function parseYamlFull(text: string, file: string): ParsedText {
  const lineCounter = new LineCounter();
  // logLevel 'error': the yaml package would print its warnings (a complex key made a string) on stderr.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: sameKey, prettyErrors: true, strict: true, logLevel: 'error' });
  const error = doc.errors[0];
  if (error !== undefined) {
    let message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (error.code === 'DUPLICATE_KEY') {
      const name = keyAt(doc, error.pos[0]);
      message =
        name === undefined
          ? 'duplicate key: map keys must be unique'
          : `duplicate key ${JSON.stringify(shorten(name))}: map keys must be unique`;
    }
    if (error.code === 'MULTIPLE_DOCS') message = 'several YAML documents ("---") in one file; a pokin file holds one document';
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    // The catalogue's words and a hint at the fix, from the line the error is on ("unit: %").
    const start = lineCounter.lineStarts[pos.line - 1] ?? 0;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? Math.min(text.length, start + 1000) : Math.min(end, start + 1000));
    const reason = error.code === 'DUPLICATE_KEY' ? same(message) : input.yamlError(error.code, message, line);
    throw new InputError(file, input.invalidYaml(reason), { line: pos.line, column: pos.col });
  }
  if (doc.contents === null) throw new InputError(file, input.emptyYaml(), { line: 1, column: 1 }, 'empty');
  if (text.includes('*')) {
    const { plain, expanded, aliases } = nodeCounts(doc);
    if (aliases > MAX_ALIAS_COUNT) throw aliasBomb(file, doc, lineCounter);
    if (expanded > Math.max(MIN_ALIAS_BUDGET, ALIAS_GROWTH * plain)) {
      const why = input.aliasGrowth(plain.toLocaleString('en-US'), expanded.toLocaleString('en-US'), ALIAS_GROWTH);
      throw aliasRefusal(file, doc, lineCounter, why);
    }
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError || (e instanceof Error && /alias/i.test(e.message))) throw aliasBomb(file, doc, lineCounter);
    throw e;
  }
  return { value, locate: (segments, preferKey) => locateIn(doc, lineCounter, segments, preferKey) };
}

/**
 * The name of the map key whose node starts at `offset`, from the parsed document (a pattern run
 * over the text from there would read the rest of the file, and backtrack over runs of spaces).
 */
function keyAt(doc: Document, offset: number): string | undefined {
  let name: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        name = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return name;
}

/** Longest key name quoted whole in a message; a longer one is cut with "…". */
const MAX_SHOWN_KEY = 80;

function shorten(name: string): string {
  return name.length > MAX_SHOWN_KEY ? `${name.slice(0, MAX_SHOWN_KEY)}…` : name;
}

/** The refusal of a document for its aliases, placed at its first alias. */
function aliasRefusal(file: string, doc: Document, lineCounter: LineCounter, why: Text): InputError {
  const pos = lineCounter.linePos(firstAlias(doc));
  return new InputError(file, input.aliasRefused(why), { line: pos.line, column: pos.col }, 'limit');
}

function aliasBomb(file: string, doc: Document, lineCounter: LineCounter): InputError {
  return aliasRefusal(file, doc, lineCounter, input.aliasBomb(MAX_ALIAS_COUNT));
}

/**
 * How many times its own node count a YAML document may grow by expanding its aliases. The yaml
 * package's `maxAliasCount` stops nested alias bombs, but not one large anchored block used many
 * times: a 220 KB file whose 10,000-indicator result is reused 900 times expands to 9 million
 * indicators (4.5 GB). Aliases for small repeated parts (an owner, a unit) stay far below this.
 */
export const ALIAS_GROWTH = 10;

/** Below this many expanded nodes, aliases are never refused for their growth. */
const MIN_ALIAS_BUDGET = 100_000;

/**
 * Nodes of a YAML document as written (an alias counts as one) and as expanded (an alias counts as
 * the node it stands for), without expanding it: each anchored node's size is computed once.
 */
export function nodeCounts(doc: Document): { plain: number; expanded: number; aliases: number } {
  let plain = 0;
  let aliases = 0;
  const sizes = new Map<Node, number>();
  const pending = new Set<Node>();
  // Anchors as defined so far, in document order (an alias names the latest one before it). The
  // yaml package's own `resolve` walks the document for each alias, which is slow with many.
  const anchors = new Map<string, Node>();
  const size = (node: unknown, counted: boolean): number => {
    if (isAlias(node)) {
      if (counted) {
        plain++;
        aliases++;
      }
      const target = anchors.get(node.source);
      if (target === undefined || pending.has(target)) return 1;
      return sizes.get(target) ?? size(target, false);
    }
    if (counted) {
      plain++;
      const anchor = (node as Node).anchor;
      if (anchor !== undefined) anchors.set(anchor, node as Node);
    }
    let total = 1;
    if (isMap(node) || isSeq(node)) {
      const known = sizes.get(node);
      if (known !== undefined && !counted) return known;
      pending.add(node);
      for (const item of node.items as unknown[]) {
        if (isMap(node)) {
          const pair = item as { key: unknown; value: unknown };
          total += size(pair.key, counted) + size(pair.value, counted);
        } else total += size(item, counted);
      }
      pending.delete(node);
      if (node.anchor !== undefined) sizes.set(node, total);
    }
    return total;
  };
  const expanded = size(doc.contents, true);
  return { plain, expanded, aliases };
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
