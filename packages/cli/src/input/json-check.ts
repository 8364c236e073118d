/**
 * A strict JSON syntax check that says where: `JSON.parse` on Node 20 does not give a line and
 * column (and says nothing about duplicate keys), so the CLI runs this first. The parsing is
 * jsonc-parser's (the parser of VS Code's JSON support), with comments and trailing commas
 * refused; this module adds duplicate keys, a nesting limit, and messages that say what to fix.
 *
 * @module
 */
import { createScanner, visit, type JSONVisitor } from 'jsonc-parser';

// jsonc-parser's ParseErrorCode and SyntaxKind are `const enum`s in its types, which this build
// (verbatimModuleSyntax) cannot read: their values, as its README documents them.
const ParseErrorCode = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;
const SyntaxKind = { Trivia: 15, EOF: 17 } as const;

/** A JSON syntax problem at a character offset. */
export interface JsonProblem {
  /** Character offset (0-based) of the problem. */
  readonly offset: number;
  /** What is wrong. */
  readonly message: string;
}

/**
 * Deepest nesting of objects and lists that is read. pokin documents nest about 6 deep; the limit
 * keeps the parser's recursion far from the stack's end (a file of 200,000 `[` would overflow it).
 */
export const MAX_JSON_DEPTH = 1000;

const VALUE = 'a value (object, list, string, number, true, false or null)';

function show(ch: string | undefined): string {
  if (ch === undefined) return 'end of file';
  if (ch === '\n') return 'a line break';
  return JSON.stringify(ch);
}

/** Thrown inside the visitor to stop at the first problem. */
class Stop extends Error {
  constructor(readonly problem: JsonProblem) {
    super(problem.message);
  }
}

/** Returns the first syntax problem of `text` as JSON (including duplicate keys), or undefined. */
export function checkJson(text: string): JsonProblem | undefined {
  if (text.trim() === '') return { offset: 0, message: 'the file is empty' };
  const containers: { kind: 'object' | 'array'; keys?: Set<string> }[] = [];
  let lastComma = -1;
  let ended = false; // a whole top-level value has been read
  let expectKey = false; // inside an object, after "{" or ","

  const stop = (offset: number, message: string): never => {
    throw new Stop({ offset, message });
  };
  const open = (kind: 'object' | 'array', offset: number): void => {
    if (containers.length >= MAX_JSON_DEPTH) stop(offset, `nested more than ${MAX_JSON_DEPTH.toLocaleString('en-US')} levels deep`);
    containers.push(kind === 'object' ? { kind, keys: new Set() } : { kind });
    lastComma = -1;
    expectKey = kind === 'object';
  };
  const visitor: JSONVisitor = {
    onObjectBegin: (offset) => open('object', offset),
    onArrayBegin: (offset) => open('array', offset),
    onObjectEnd: () => void (containers.pop(), (ended = containers.length === 0)),
    onArrayEnd: () => void (containers.pop(), (ended = containers.length === 0)),
    onObjectProperty: (key, offset) => {
      const keys = containers[containers.length - 1]?.keys;
      if (keys?.has(key)) stop(offset, `duplicate key ${JSON.stringify(key)} in an object`);
      keys?.add(key);
      lastComma = -1;
      expectKey = false;
    },
    onLiteralValue: () => void ((lastComma = -1), (ended = containers.length === 0)),
    onSeparator: (ch, offset) => {
      lastComma = ch === ',' ? offset : -1;
      expectKey = ch === ',' && containers[containers.length - 1]?.kind === 'object';
    },
    onError: (code, offset, length) =>
      stop(
        ...(ended && containers.length === 0
          ? problemAt(text, ParseErrorCode.EndOfFileExpected, offset, length, -1, undefined)
          : problemAt(text, code, offset, length, lastComma, containers[containers.length - 1]?.kind, expectKey)),
      ),
  };
  try {
    visit(text, visitor, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
  return strictWhitespace(text);
}

/** Offset and message of a jsonc-parser error. */
function problemAt(
  text: string,
  code: number,
  offset: number,
  length: number,
  lastComma: number,
  inside: 'object' | 'array' | undefined,
  expectKey = false,
): [number, string] {
  const ch = text[offset];
  const atEnd = offset >= text.length;
  const expected = (what: string): [number, string] =>
    atEnd ? [text.length, `unexpected end of file: expected ${what}`] : [offset, `unexpected ${show(ch)}: expected ${what}`];
  switch (code) {
    case ParseErrorCode.InvalidCommentToken:
      return [offset, 'comments are not allowed in JSON'];
    case ParseErrorCode.InvalidSymbol:
      if (ch === "'") return [offset, 'strings need double quotes in JSON, not single quotes'];
      if (ch === '/') return [offset, 'comments are not allowed in JSON'];
      if (ch !== undefined && /\s/.test(ch)) return [offset, notJsonSpace(ch)];
      return expected(expectKey ? 'a property name in double quotes' : VALUE);
    case ParseErrorCode.ValueExpected:
    case ParseErrorCode.PropertyNameExpected:
      if ((ch === '}' || ch === ']') && lastComma !== -1) return [lastComma, `trailing comma before "${ch}"`];
      if (ch === "'") return [offset, 'strings need double quotes in JSON, not single quotes'];
      return expected(code === ParseErrorCode.PropertyNameExpected ? 'a property name in double quotes' : VALUE);
    case ParseErrorCode.ColonExpected:
      return expected('":" after the property name');
    case ParseErrorCode.CommaExpected:
    case ParseErrorCode.CloseBraceExpected:
    case ParseErrorCode.CloseBracketExpected:
      return expected(`"," or "${inside === 'array' || code === ParseErrorCode.CloseBracketExpected ? ']' : '}'}"`);
    case ParseErrorCode.EndOfFileExpected:
      return [offset, `unexpected ${show(ch)} after the end of the JSON value`];
    case ParseErrorCode.UnexpectedEndOfString: {
      const end = offset + length;
      return [
        offset,
        end < text.length && (text[end] === '\n' || text[end] === '\r')
          ? 'unterminated string (a string cannot span lines; write \\n)'
          : 'unterminated string',
      ];
    }
    case ParseErrorCode.InvalidCharacter:
      return [firstIn(text, offset, length, (c) => c < 0x20), 'control character in a string (escape it)'];
    case ParseErrorCode.InvalidEscapeCharacter:
    case ParseErrorCode.InvalidUnicode: {
      const at = badEscape(text, offset, length);
      return [
        at,
        code === ParseErrorCode.InvalidUnicode ? 'invalid \\u escape in a string' : `invalid escape "\\${text[at + 1] ?? ''}" in a string`,
      ];
    }
    default:
      return [offset, 'invalid number'];
  }
}

function firstIn(text: string, offset: number, length: number, test: (code: number) => boolean): number {
  for (let i = offset + 1; i < offset + length; i++) if (test(text.charCodeAt(i))) return i;
  return offset;
}

/** The backslash that starts the first bad escape of the string token at `offset`. */
function badEscape(text: string, offset: number, length: number): number {
  for (let i = offset + 1; i < offset + length; i++) {
    if (text[i] !== '\\') continue;
    const e = text[i + 1];
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i;
      i += 5;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
    else return i;
  }
  return offset;
}

/**
 * jsonc-parser reads any Unicode space between tokens (a no-break space, say); JSON allows only
 * space, tab and line breaks. The first other one is a problem.
 */
function strictWhitespace(text: string): JsonProblem | undefined {
  if (!/[^\x20-\x7e\t\n\r]/.test(text)) return undefined;
  const scanner = createScanner(text, false);
  for (let token: number = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token !== SyntaxKind.Trivia) continue;
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    for (let i = start; i < end; i++) {
      const c = text[i]!;
      if (c !== ' ' && c !== '\t') {
        return { offset: i, message: notJsonSpace(c) };
      }
    }
  }
  return undefined;
}

function notJsonSpace(c: string): string {
  return `unexpected U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (a space JSON does not allow): JSON allows only spaces, tabs and line breaks between values`;
}
