import { describe, expect, it } from 'vitest';
import { parseCascade, safeParseCascade } from '@pokin/core';

describe('smoke', () => {
  it('parses', () => {
    const c = parseCascade({ pokin: 1, title: 't', results: [{ id: 'G', level: 'goal', statement: 'x' }, { id: 'U', level: 'ultimate-outcome', statement: 'y', parent: 'G' }] });
    expect(c.size).toBe(2);
    expect(c.children('G').map((r) => r.id)).toEqual(['U']);
  });
  it('errors', () => {
    const r = safeParseCascade({ pokin: 2, title: 't', extra: 1, results: [{ id: 'G', level: 'goal', statement: 'x', parent: 'Q' }, { id: 'G', level: 'nope', statement: 'y', parnet: 'G' }] });
    expect(r.success).toBe(false);
    if (!r.success) console.log(r.error.message);
  });
});
