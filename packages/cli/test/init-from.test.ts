import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffCascades, nextPeriodDocument, parseCascade } from '@pokin/core';
import { ROOT, cli, tempDir } from './support.js';

const OLD = join(ROOT, 'examples', 'diff', 'bkpsdm-2025.yaml');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('pokin init --from OLD --period', () => {
  it("writes next period's tree, every result continuing the old one", async () => {
    const r = await cli(['init', 'bkpsdm-2030.yaml', '--from', OLD, '--period', '2030-2034'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    const text = readFileSync(tmp.path('bkpsdm-2030.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    const next = parseCascade(parse(text));
    const old = parseCascade(parse(readFileSync(OLD, 'utf8')));
    expect(next.id).toBe('bkpsdm-2030');
    expect(next.period).toEqual({ start: 2030, end: 2034 });
    expect(next.size).toBe(old.size);
    for (const res of next.results()) expect(res.previous).toBe(`bkpsdm-2025#${res.id}`);
    // Targets and the old baseline are the new period's to set: the diff shows only those that went.
    const d = diffCascades(old, next);
    expect(d.summary.matched.previous).toBe(old.size);
    expect(new Set(d.changes.map((c) => `${c.kind} ${c.field ?? ''}`))).toEqual(new Set(['target-changed ', 'indicator-changed baseline']));
    expect(d.changes.every((c) => c.to === null)).toBe(true);
  });

  it('defaults to the period after the old one, and refuses an unreadable OLD', async () => {
    expect((await cli(['init', 'lanjut.yaml', '--from', OLD], { cwd: tmp.dir })).code).toBe(0);
    expect(parseCascade(parse(readFileSync(tmp.path('lanjut.yaml'), 'utf8'))).period).toEqual({ start: 2030, end: 2034 });
    const bad = await cli(['init', 'x.yaml', '--from', 'tidak-ada.yaml'], { cwd: tmp.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('tidak-ada.yaml');
  });
});

describe('nextPeriodDocument', () => {
  it('takes the baseline from the realisation of the year before, and names local ids without a document id', () => {
    const old = parseCascade({
      pokin: 1,
      title: 'Uji',
      period: { start: 2021, end: 2025 },
      results: [
        {
          id: 'G',
          level: 'goal',
          statement: 'Sasaran',
          indicators: [{ statement: 'Indeks', baseline: { year: 2020, value: 1 }, targets: { '2025': 5 }, realisations: { '2025': 4.5 } }],
        },
      ],
    });
    const doc = nextPeriodDocument(old, { period: { start: 2026, end: 2030 } });
    expect(doc.id).toBeUndefined();
    expect(doc.results[0]!.previous).toBe('G');
    expect(doc.results[0]!.indicators![0]).toEqual({ statement: 'Indeks', baseline: { year: 2025, value: 4.5 } });
    expect(Object.keys(doc)).toEqual(['pokin', 'title', 'period', 'results']);
  });
});
