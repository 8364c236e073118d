/**
 * Where a document path is in a JSON text: the whole document is placed without jsonc-parser's
 * syntax tree (an error about the whole of a 200,000-key file must not parse it all again), at
 * the same line and column the tree gives.
 */
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../src/input/document-json.js';

describe('parseJsonText locate', () => {
  it.each([
    ['{"pokin": 1}', { line: 1, column: 1 }],
    ['\n\n   {"pokin": 1}\n', { line: 3, column: 4 }],
    ['\t\r\n [1, 2]', { line: 2, column: 2 }],
  ])('places the whole document %j at its first character', (text, place) => {
    expect(parseJsonText(text, 'f.json').locate([])).toEqual(place);
  });

  it('places a path inside the document from the syntax tree', () => {
    const parsed = parseJsonText('\n  {"pokin": 1,\n   "results": [\n     {"id": "A"}]}', 'f.json');
    expect(parsed.locate(['results', 0, 'id'])).toEqual({ line: 4, column: 13 });
    expect(parsed.locate(['results', 0, 'id'], true)).toEqual({ line: 4, column: 7 });
    expect(parsed.locate([])).toEqual({ line: 2, column: 3 });
  });
});
