/**
 * A strict JSON syntax check that says where: `JSON.parse` on Node 20 does not give a line and
 * column (and says nothing about duplicate keys), so the CLI runs this first. Iterative, so deep
 * nesting does not overflow the stack.
 *
 * @module
 */

/** A JSON syntax problem at a character offset. */
export interface JsonProblem {
  /** Character offset (0-based) of the problem. */
  readonly offset: number;
  /** What is wrong. */
  readonly message: string;
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly keys: Set<string> | undefined;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

function show(ch: string | undefined): string {
  if (ch === undefined) return 'end of file';
  if (ch === '\n') return 'a line break';
  return JSON.stringify(ch);
}

/** Returns the first syntax problem of `text` as JSON (including duplicate keys), or undefined. */
export function checkJson(text: string): JsonProblem | undefined {
  const n = text.length;
  let pos = 0;
  const stack: Frame[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let lastComma = -1;

  const ws = () => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const unexpected = (expected: string): JsonProblem => {
    const ch = text[pos];
    if (ch === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) return { offset: pos, message: 'comments are not allowed in JSON' };
    if (ch === "'") return { offset: pos, message: 'strings need double quotes in JSON, not single quotes' };
    if (ch === undefined) return { offset: n, message: `unexpected end of file: expected ${expected}` };
    return { offset: pos, message: `unexpected ${show(ch)}: expected ${expected}` };
  };
  // Scans a string starting at the opening quote; returns its end (after the closing quote) or a problem.
  const scanString = (): number | JsonProblem => {
    const open = pos;
    let i = pos + 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) return i + 1;
      if (c === 92) {
        const e = text[i + 1];
        if (e === undefined || !ESCAPES.has(e)) return { offset: i, message: `invalid escape "\\${e ?? ''}" in a string` };
        if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { offset: i, message: 'invalid \\u escape in a string' };
        i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c < 0x20) {
        if (c === 10) return { offset: open, message: 'unterminated string (a string cannot span lines; write \\n)' };
        return { offset: i, message: 'control character in a string (escape it)' };
      }
      i++;
    }
    return { offset: open, message: 'unterminated string' };
  };

  ws();
  if (pos >= n) return { offset: 0, message: 'the file is empty' };
  for (;;) {
    ws();
    if (state === 'value') {
      const ch = text[pos];
      if (ch === '{' || ch === '[') {
        stack.push({ kind: ch === '{' ? 'object' : 'array', keys: ch === '{' ? new Set() : undefined });
        pos++;
        lastComma = -1;
        ws();
        const close = ch === '{' ? '}' : ']';
        if (text[pos] === close) {
          pos++;
          stack.pop();
          state = 'after';
        } else state = ch === '{' ? 'key' : 'value';
        continue;
      }
      if ((ch === ']' || ch === '}') && lastComma !== -1) return { offset: lastComma, message: `trailing comma before "${ch}"` };
      if (ch === '"') {
        const end = scanString();
        if (typeof end !== 'number') return end;
        pos = end;
      } else if (text.startsWith('true', pos)) pos += 4;
      else if (text.startsWith('false', pos)) pos += 5;
      else if (text.startsWith('null', pos)) pos += 4;
      else {
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text);
        if (m === null || m[0] === '-') return unexpected('a value (object, list, string, number, true, false or null)');
        pos += m[0].length;
      }
      state = 'after';
      lastComma = -1;
      continue;
    }
    if (state === 'key') {
      const ch = text[pos];
      if (ch === '}' && lastComma !== -1) return { offset: lastComma, message: 'trailing comma before "}"' };
      if (ch !== '"') return unexpected('a property name in double quotes');
      const start = pos;
      const end = scanString();
      if (typeof end !== 'number') return end;
      const raw = text.slice(start, end);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      const frame = stack[stack.length - 1]!;
      if (frame.keys!.has(key)) return { offset: start, message: `duplicate key ${JSON.stringify(key)} in an object` };
      frame.keys!.add(key);
      pos = end;
      ws();
      if (text[pos] !== ':') return unexpected(`":" after the property name ${JSON.stringify(key)}`);
      pos++;
      state = 'value';
      lastComma = -1;
      continue;
    }
    // after a value
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (pos < n) return { offset: pos, message: `unexpected ${show(text[pos])} after the end of the JSON value` };
      return undefined;
    }
    const ch = text[pos];
    const close = top.kind === 'object' ? '}' : ']';
    if (ch === ',') {
      lastComma = pos;
      pos++;
      state = top.kind === 'object' ? 'key' : 'value';
      continue;
    }
    if (ch === close) {
      pos++;
      stack.pop();
      continue;
    }
    return unexpected(`"," or "${close}"`);
  }
}
