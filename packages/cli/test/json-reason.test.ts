/**
 * The JSON syntax check words its problems in English (`input/json-check.ts`); the catalogue gives
 * each its Indonesian (`input.jsonReason`). Every kind of problem the check reports, on a small
 * broken text, must come out translated: no English word left in the Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, checkJson } from '../src/input/json-check.js';
import { input } from '../src/messages/index.js';
import { foreignWords } from './words.js';

const BROKEN: Record<string, string> = {
  'trailing comma': '{"a":1,}',
  'single quotes': "{'a':1}",
  comment: '{"a":1 /* x */}',
  'duplicate key': '{"a":1,"a":2}',
  'unterminated string': '"abc',
  'string over a line': '{"a":"b\n"}',
  'control character': '{"a":"b\u0001"}',
  'bad escape': '{"a":"\\x"}',
  'bad \\u escape': '{"a":"\\u12"}',
  'invalid number': '{"a":01}',
  'text after the value': '{} x',
  'no-break space': '{"a":\u00a01}',
  'missing colon': '{"a" 1}',
  'missing comma': '[1 2]',
  'missing value': '{"a":}',
  'end of file': '{"a":',
  'empty file': '   ',
  'nested too deep': '['.repeat(MAX_JSON_DEPTH + 1),
};

describe('the Indonesian of the JSON check', () => {
  it.each(Object.entries(BROKEN))('%s', (_, text) => {
    const problem = checkJson(text);
    expect(problem).toBeDefined();
    const reason = input.jsonReason(problem!.message);
    expect(reason.en).toBe(problem!.message);
    expect(reason.id).not.toBe(reason.en);
    expect(foreignWords(reason.id, 'id')).toEqual([]);
  });
});
