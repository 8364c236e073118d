/**
 * The words a Kertas Kerja header or a level cell uses for a level: a key, a label in either
 * language, a tier's label, Indonesian "keluaran", and the one level the parts of a header name.
 */
import { describe, expect, it } from 'vitest';
import { LEVEL_PRESETS, levelWords } from '@pokin/core';

const permenpan = levelWords(LEVEL_PRESETS['permenpan-89']);
const key = (word: string) => permenpan(word)?.key;

describe('levelWords', () => {
  it('reads keys exactly and labels as guesses', () => {
    expect(permenpan('output')).toEqual({ key: 'output', guessed: false });
    expect(permenpan('INTERMEDIATE OUTCOME')).toEqual({ key: 'intermediate-outcome', guessed: true });
    expect(key('Goal / Ultimate Outcome')).toBe('goal');
  });

  it('reads "keluaran" as the output level', () => {
    expect(key('KELUARAN')).toBe('output');
    expect(key('Keluaran')).toBe('output');
  });

  it('reads the one level that the parts of a header name', () => {
    expect(key('CSF / ULTIMATE OUTCOME')).toBe('ultimate-outcome');
    expect(key('OUTPUT (KELUARAN)')).toBe('output');
    expect(key('KONDISI ANTARA (INTERMEDIATE OUTCOME)')).toBe('intermediate-outcome');
  });

  it('reads nothing from parts that name two levels, or none', () => {
    expect(key('OUTCOME / OUTPUT')).toBeUndefined();
    expect(key('KETERANGAN')).toBeUndefined();
    expect(key('NO. / URAIAN')).toBeUndefined();
  });
});
