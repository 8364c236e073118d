import { describe, expect, it } from 'vitest';
import { REVIEW_RULES, UsageError, formatDiagnostic, messages, review, parseCascade, type MessageName } from '@pokin/core';
import { CASES } from './support/review-cases';
import { cleanDocument, only, res, reviewDoc } from './support/review-fixtures';

const bad = (rule: string) => CASES.find((c) => c.rule === rule)!.bad();

describe('the registry', () => {
  it('lists unique kebab-case ids with a default severity, a description in both languages and a docs link', () => {
    const ids = REVIEW_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of REVIEW_RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
      expect(r.description.id.length).toBeGreaterThan(10);
      expect(r.description.en.length).toBeGreaterThan(10);
      expect(r.description.id).not.toBe(r.description.en);
      expect(r.url).toBe(`https://github.com/pokin-dev/pokin/blob/main/docs/rules.md#${r.id}`);
    }
  });

  it('has every message of the catalogue in Bahasa Indonesia and English', () => {
    // One sample argument object serves every catalogue function.
    const sample = {
      level: 'Output', count: 2, top: 'Goal', child: 'X', other: 'Y', parent: 'P', indicator: 'I.1', first: 0, head: 'Pelaksanaan',
      second: 'menurunnya', words: 30, max: 25, deliverable: 'dokumen', unit: 'orang', expected: 'percent', years: [2026],
      start: 2025, end: 2029, baselineYear: 2025, firstYear: '2025', polarity: 'up', year: '2026', value: '1', prevYear: '2025',
      prevValue: '2', baseline: '3', where: '2027', field: { id: 'pernyataan', en: 'statement' }, word: 'Тes', suggestion: 'Tes',
      characters: 'x', target: 'T', agency: 'A', targetAgency: 'B', condition: '"c"', result: 'R', statement: '"s"',
    };
    for (const name of Object.keys(messages) as MessageName[]) {
      if (name === 'fieldName') continue;
      const m = (messages[name] as (a: unknown) => { id: string; en: string })(sample);
      expect(m.id.length, name).toBeGreaterThan(10);
      expect(m.en.length, name).toBeGreaterThan(10);
      expect(m.id, name).not.toBe(m.en);
    }
  });

  it('reports every rule with a message of its own (iterating the registry)', () => {
    for (const r of REVIEW_RULES) {
      const found = CASES.filter((c) => c.rule === r.id).flatMap((c) => reviewDoc(c.bad(), { locale: 'en' }).filter((d) => d.rule === r.id));
      expect(found.length, r.id).toBeGreaterThan(0);
      for (const d of found) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.severity).toBe(r.defaultSeverity);
        expect(d.url).toBe(r.url);
      }
    }
  });
});

describe('options', () => {
  it('turns a rule off', () => {
    expect(only(bad('indicator-missing'), 'indicator-missing')).toHaveLength(1);
    expect(only(bad('indicator-missing'), 'indicator-missing', { rules: { 'indicator-missing': 'off' } })).toEqual([]);
  });

  it('changes a rule\'s severity', () => {
    const [d] = only(bad('indicator-missing'), 'indicator-missing', { rules: { 'indicator-missing': 'info' } });
    expect(d!.severity).toBe('info');
    const [w] = only(bad('all-caps'), 'all-caps', { rules: { 'all-caps': 'error' } });
    expect(w!.severity).toBe('error');
  });

  it('throws a UsageError naming an unknown rule id', () => {
    const c = parseCascade(cleanDocument());
    expect(() => review(c, { rules: { 'no-such-rule': 'off' } })).toThrow(UsageError);
    expect(() => review(c, { rules: { 'no-such-rule': 'off' } })).toThrow(/no-such-rule/);
  });

  it('throws a UsageError on an unknown setting or locale', () => {
    const c = parseCascade(cleanDocument());
    expect(() => review(c, { rules: { 'all-caps': 'fatal' as never } })).toThrow(UsageError);
    expect(() => review(c, { locale: 'fr' as never })).toThrow(UsageError);
  });

  it('speaks Bahasa Indonesia by default and English on request', () => {
    const [id] = only(bad('indicator-missing'), 'indicator-missing');
    const [en] = only(bad('indicator-missing'), 'indicator-missing', { locale: 'en' });
    expect(id!.message).toBe(messages.indicatorMissing().id);
    expect(en!.message).toBe(messages.indicatorMissing().en);
  });
});

describe('diagnostics', () => {
  it('the clean fixture has no findings but the single-child hint', () => {
    expect(reviewDoc(cleanDocument()).map((d) => `${d.rule} ${d.resultId}`)).toEqual(['single-child G']);
  });

  it('carry result id, indicator id and index, path and url', () => {
    const d = cleanDocument();
    (res(d, 'O0a').indicators[0] as Record<string, unknown>).unit = '%';
    const [m] = only(d, 'unit-mismatch');
    expect(m).toEqual({
      rule: 'unit-mismatch',
      severity: 'warning',
      message: messages.unitMismatch({ head: 'Jumlah', unit: '%', expected: 'count' }).id,
      resultId: 'O0a',
      indicatorId: 'O0a.1',
      indicatorIndex: 0,
      path: 'results[8].indicators[0].unit',
      url: 'https://github.com/pokin-dev/pokin/blob/main/docs/rules.md#unit-mismatch',
    });
    expect(formatDiagnostic(m!)).toBe(`warning unit-mismatch results[8].indicators[0].unit (O0a / O0a.1): ${m!.message}`);
  });

  it('are sorted: document-level first, then by result in document order, then indicator, then rule', () => {
    const d = cleanDocument();
    d.context = { outcome: 'Peningkatan Derajat Kesehatan' };
    res(d, 'O3b').statement = 'PENYUSUNAN DOKUMEN RENCANA KERJA';
    delete res(d, 'O0a').indicators;
    res(d, 'M').statement = 'Tersedianya Layanan Puskesmas';
    const out = reviewDoc(d, { rules: { 'single-child': 'off' } });
    const keys = out.map((x) => `${x.resultId ?? '-'} ${x.rule}`);
    expect(keys).toEqual([
      '- outcome-as-activity',
      'M outcome-as-output',
      'O0a indicator-missing',
      'O3b output-as-activity',
      'O3b all-caps',
    ]);
    expect(reviewDoc(d, { rules: { 'single-child': 'off' } })).toEqual(out);
  });
});

describe('docs/rules.md', () => {
  it('has a section for every rule, anchored at its id', async () => {
    const { readFileSync } = await import('node:fs');
    const md = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    for (const r of REVIEW_RULES) {
      expect(md, r.id).toContain(`\n### ${r.id}\n`);
      expect(md, r.id).toContain(`**${r.defaultSeverity}**`);
    }
  });
});
