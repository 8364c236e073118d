import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, REVIEW_RULES, UsageError, WORKSPACE_RULES, defineRule, formatDiagnostic, review, parseCascade } from '@pokin/core';
import { cleanDocument, docOf, mut, res } from './support/review-cases';
import { only, reviewDoc } from './support/review-fixtures';

const noIndicator = mut((d) => delete res(d, 'O0a').indicators);
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!))].sort();
const RULES_DIR = new URL('../src/review/rules/', import.meta.url);

describe('the registry', () => {
  it('lists unique kebab-case ids with a default severity, a category, a description in both languages and a docs link', () => {
    const ids = REVIEW_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of REVIEW_RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info', 'off']).toContain(r.defaultSeverity);
      expect(r.category).toBe(r.family);
      expect(['regulation', 'practice']).toContain(r.basis);
      expect(r.description.id.length).toBeGreaterThan(10);
      expect(r.description.en.length).toBeGreaterThan(10);
      expect(r.description.id).not.toBe(r.description.en);
      expect(r.url).toBe(`https://github.com/pokin-dev/pokin/blob/main/docs/rules.md#${r.id}`);
    }
  });

  it('has one folder per rule, named by its id, with its accept/reject tests', () => {
    const folders = readdirSync(RULES_DIR)
      .filter((f) => f !== 'shared')
      .sort();
    // The workspace rules live beside the built-in ones (they run only in `reviewWorkspace`).
    expect(folders).toEqual([...REVIEW_RULES.map((r) => r.id), ...WORKSPACE_RULES.map((r) => r.meta.id)].sort());
    for (const f of folders) {
      const files = readdirSync(new URL(`${f}/`, RULES_DIR));
      expect(files, f).toContain('index.ts');
      expect(files, f).toContain(`${f}.test.ts`);
      const test = readFileSync(new URL(`${f}/${f}.test.ts`, RULES_DIR), 'utf8');
      expect(test, f).toMatch(/reject: \[\s*\{/);
      expect(test, f).toMatch(/accept: \[\s*\{/);
    }
  });

  it('has every message of every rule in Bahasa Indonesia and English, with the same placeholders', () => {
    for (const rule of [...BUILTIN_RULES, ...WORKSPACE_RULES]) {
      for (const [name, m] of Object.entries(rule.meta.messages)) {
        const where = `${rule.meta.id}.${name}`;
        expect(m.id.length, where).toBeGreaterThan(10);
        expect(m.en.length, where).toBeGreaterThan(10);
        expect(m.id, where).not.toBe(m.en);
        expect(placeholders(m.id), where).toEqual(placeholders(m.en));
      }
    }
  });

  it('uses only message ids its rule defines (every messageId in the rule sources)', () => {
    for (const rule of BUILTIN_RULES) {
      const src = readFileSync(new URL(`${rule.meta.id}/index.ts`, RULES_DIR), 'utf8');
      const used = [...src.matchAll(/messageId: '([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
      const computed = /messageId: [a-z]/.test(src);
      expect(used.length + (computed ? 1 : 0), rule.meta.id).toBeGreaterThan(0);
      for (const id of used) expect(Object.keys(rule.meta.messages), `${rule.meta.id} uses ${id}`).toContain(id);
    }
  });

  it('writes no English and no file-format key into the Indonesian messages', () => {
    const english = /\b(?:the|and|necessary|sufficient|polarity|baseline|targets|owner|contributesTo|result|indicator|fill in|up|down)\b/i;
    for (const rule of [...BUILTIN_RULES, ...WORKSPACE_RULES]) {
      for (const [name, m] of Object.entries(rule.meta.messages)) {
        expect(m.id.replace(/\{[A-Za-z0-9_]+\}/g, ''), `${rule.meta.id}.${name}`).not.toMatch(english);
        expect(m.id, `${rule.meta.id}.${name}`).not.toMatch(/`/);
      }
    }
  });
});

describe('options', () => {
  it('turns a rule off', () => {
    expect(only(noIndicator(), 'indicator-missing')).toHaveLength(1);
    expect(only(noIndicator(), 'indicator-missing', { rules: { 'indicator-missing': 'off' } })).toEqual([]);
  });

  it("changes a rule's severity", () => {
    const [d] = only(noIndicator(), 'indicator-missing', { rules: { 'indicator-missing': 'info' } });
    expect(d!.severity).toBe('info');
  });

  it("passes per-rule options through the rule's schema, with its defaults", () => {
    const long = mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Layanan Puskesmas di Seluruh Wilayah Kabupaten'));
    expect(only(long(), 'statement-length')).toEqual([]);
    expect(only(long(), 'statement-length', { rules: { 'statement-length': ['info', { maxWords: 5 }] } })).toHaveLength(1);
  });

  it("throws a UsageError on options a rule's schema refuses, or on options for a rule without any", () => {
    const c = parseCascade(cleanDocument());
    expect(() => review(c, { rules: { 'statement-length': ['info', { maxWords: 'many' }] } })).toThrow(/statement-length.*maxWords/);
    expect(() => review(c, { rules: { 'statement-length': ['info', { words: 3 }] } })).toThrow(UsageError);
    expect(() => review(c, { rules: { 'all-caps': ['info', { x: 1 }] } })).toThrow(/takes no options/);
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
    const [id] = only(noIndicator(), 'indicator-missing');
    const [en] = only(noIndicator(), 'indicator-missing', { locale: 'en' });
    const rule = BUILTIN_RULES.find((r) => r.meta.id === 'indicator-missing')!;
    expect(id!.message).toBe(rule.meta.messages.missing!.id);
    expect(en!.message).toBe(rule.meta.messages.missing!.en);
  });
});

describe('plug-ins', () => {
  const prov = defineRule({
    meta: {
      id: 'prov/kode-program',
      defaultSeverity: 'warning',
      category: 'structure',
      description: { id: 'Kinerja program mencantumkan kode program.', en: 'A program result carries its program code.' },
      messages: { noCode: { id: 'Kinerja {id} belum mencantumkan kode program.', en: 'Result {id} has no program code.' } },
    },
    create(context) {
      return {
        result(r) {
          if (r.record.budget?.program === undefined && r.level?.role === 'outcome' && r.parent === undefined)
            context.report({ messageId: 'noCode', data: { id: r.id }, result: r });
        },
      };
    },
  });

  it('runs third-party rules after the built-in ones, configured like them', () => {
    const found = reviewDoc(cleanDocument(), { plugins: [{ name: 'prov', rules: [prov] }] }).filter((d) => d.rule === 'prov/kode-program');
    expect(found.map((d) => [d.resultId, d.message, d.severity])).toEqual([['G', 'Kinerja G belum mencantumkan kode program.', 'warning']]);
    expect(
      reviewDoc(cleanDocument(), { plugins: [prov], rules: { 'prov/kode-program': 'off' } }).filter((d) => d.rule === 'prov/kode-program'),
    ).toEqual([]);
  });

  it('refuses a rule id twice, and a report with a message the rule does not define', () => {
    const c = parseCascade(cleanDocument());
    expect(() => review(c, { plugins: [prov, prov] })).toThrow(/is defined by plugins\[0\] too/);
    const bad = defineRule({ ...prov, create: (context) => ({ document: () => context.report({ messageId: 'nope' }) }) });
    expect(() => review(c, { plugins: [bad] })).toThrow(/nope/);
  });
});

describe('diagnostics', () => {
  it('the clean fixture has no findings', () => {
    expect(reviewDoc(cleanDocument()).map((d) => `${d.rule} ${d.resultId}`)).toEqual([]);
  });

  it('carry result id, indicator id and index, path and url', () => {
    const d = cleanDocument();
    (res(d, 'O0a').indicators[0] as Record<string, unknown>).unit = '%';
    const [m] = only(d, 'unit-mismatch');
    expect(m).toMatchObject({
      rule: 'unit-mismatch',
      severity: 'warning',
      resultId: 'O0a',
      indicatorId: 'O0a.1',
      indicatorIndex: 0,
      path: 'results[8].indicators[0].unit',
      url: 'https://github.com/pokin-dev/pokin/blob/main/docs/aturan.md#unit-mismatch',
    });
    expect(m!.message).toContain('Satuan "%" tidak sesuai dengan IK "Jumlah ..."');
    expect(formatDiagnostic(m!)).toBe(`warning unit-mismatch results[8].indicators[0].unit (O0a / O0a.1): ${m!.message}`);
  });

  it('are sorted: document-level first, then by result in document order, then indicator, then rule', () => {
    const d = cleanDocument();
    d.context = { outcome: 'Peningkatan Derajat Kesehatan' };
    res(d, 'O3b').statement = 'PENYUSUNAN DOKUMEN RENCANA KERJA';
    delete res(d, 'O0a').indicators;
    res(d, 'M').statement = 'Tersedianya Layanan Puskesmas';
    const out = reviewDoc(d);
    const keys = out.map((x) => `${x.resultId ?? '-'} ${x.rule}`);
    expect(keys).toEqual([
      '- outcome-as-activity',
      'M outcome-as-output',
      'O0a indicator-missing',
      'O3b output-as-activity',
      'O3b all-caps',
    ]);
    expect(reviewDoc(d)).toEqual(out);
  });

  it('reviews a document with one result', () => {
    expect(() => reviewDoc(docOf([{ id: 'A', level: 'goal', statement: 'X' }]))).not.toThrow();
  });
});

describe('docs/rules.md and docs/aturan.md', () => {
  it('have a section for every rule, anchored at its id, with its severity', () => {
    for (const doc of ['rules.md', 'aturan.md']) {
      const md = readFileSync(new URL(`../../../docs/${doc}`, import.meta.url), 'utf8');
      for (const r of [...REVIEW_RULES, ...WORKSPACE_RULES.map((w) => w.meta)]) {
        expect(md, `${doc} ${r.id}`).toContain(`\n### ${r.id}\n`);
        expect(md, `${doc} ${r.id}`).toContain(`**${r.defaultSeverity}**`);
      }
    }
  });
});
