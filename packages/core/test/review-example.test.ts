import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade, review } from '@pokin/core';

const file = new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url);

describe.skipIf(!existsSync(file))('review of the BKPSDM example', () => {
  const cascade = parseCascade(parse(readFileSync(file, 'utf8')));
  const found = review(cascade);

  it('reports no error', () => {
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('finds what a reviewer would: Langkah 1\'s outcome phrased as an activity, and the echo in "Terlaksananya Pelaksanaan"', () => {
    expect(found.some((d) => d.rule === 'outcome-as-activity' && d.path === 'context.outcome')).toBe(true);
    expect(found.some((d) => d.rule === 'redundant-wording')).toBe(true);
  });

  it('is the same in both languages but for the messages', () => {
    const en = review(cascade, { locale: 'en' });
    expect(en.map((d) => [d.rule, d.severity, d.path])).toEqual(found.map((d) => [d.rule, d.severity, d.path]));
  });
});
