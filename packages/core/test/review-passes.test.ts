/**
 * The engine works out what rules ask of each indicator and result once (`nodes.ts`): unit kinds,
 * measures, text facts and fuzzy keys; rules compare statements through maps of those keys. These
 * pin the edges through the public `review`: what each fact stands for must read the same as the text.
 */
import { describe, expect, it } from 'vitest';
import { parseCascade, review } from '@pokin/core';
import { generateDocument, mulberry32 } from '@pokin/core/testing';
import { statementForm } from '../src/review/text.utils';
import { cleanDocument, only, res } from './support/review-fixtures';

const firstInd = (d: ReturnType<typeof cleanDocument>, id: string): Record<string, any> => res(d, id).indicators[0];

describe('review: indicator facts', () => {
  it('treats a blank unit as missing and a padded one as its unit', () => {
    const d = cleanDocument();
    firstInd(d, 'O0a').unit = '   ';
    firstInd(d, 'I').unit = '  %  ';
    expect(only(d, 'unit-missing').map((x) => x.resultId)).toEqual(['O0a']);
    expect(only(d, 'unit-mismatch')).toEqual([]);
  });

  it('reports a unit mismatch with the unit as written, trimmed', () => {
    const d = cleanDocument();
    firstInd(d, 'I').unit = ' orang ';
    const found = only(d, 'unit-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('"orang"');
  });

  it('finds the same indicator written with other capitals and punctuation, and only that', () => {
    const d = cleanDocument();
    const ind = firstInd(d, 'O0a');
    res(d, 'O0a').indicators.push({ ...ind, id: 'O0a.2', statement: `${ind.statement.toUpperCase()}.` });
    res(d, 'O0a').indicators.push({ ...ind, id: 'O0a.3', statement: `${ind.statement} baru` });
    expect(only(d, 'duplicate-indicator').map((x) => x.indicatorId)).toEqual(['O0a.2']);
  });

  it('compares many indicators of one result by their statements (the map path above 16)', () => {
    const d = cleanDocument();
    const ind = firstInd(d, 'O0a');
    const list = res(d, 'O0a').indicators as Record<string, unknown>[];
    for (let k = 0; k < 20; k++) list.push({ ...ind, id: `X${k}`, statement: `Jumlah dokumen jenis ${k}` });
    list.push({ ...ind, id: 'X-dup', statement: 'jumlah DOKUMEN jenis 7' });
    expect(only(d, 'duplicate-indicator').map((x) => x.indicatorId)).toEqual(['X-dup']);
  });

  it('flags non-ASCII indicator statements and units, and nothing else', () => {
    const d = cleanDocument();
    firstInd(d, 'O0a').unit = 'Dokumеn'; // Cyrillic е
    firstInd(d, 'I').statement = 'Persentase puskesmas terakreditasi\u200B';
    const at = (d.results as { id: string }[]).findIndex((r) => r.id === 'O0a');
    expect(only(d, 'mixed-script').map((x) => x.path)).toEqual([`results[${at}].indicators[0].unit`]);
    expect(only(d, 'suspicious-character').map((x) => x.resultId)).toEqual(['I']);
  });

  it('leaves growth percentages out of the 0-100 check, whether the wording or the unit says percent', () => {
    const d = cleanDocument();
    Object.assign(firstInd(d, 'I'), {
      statement: 'Persentase pertumbuhan kunjungan puskesmas',
      targets: { ...firstInd(d, 'I').targets, 2027: 140 },
    });
    expect(only(d, 'percentage-out-of-range')).toEqual([]);
    Object.assign(firstInd(d, 'I'), { statement: 'Kunjungan puskesmas yang terlayani', unit: '%' });
    expect(only(d, 'percentage-out-of-range').map((x) => x.resultId)).toEqual(['I']);
  });
});

describe('review: statements shared across the tree (the statement table)', () => {
  it('reports every exact repeat of a statement, as a map of statements would', () => {
    const doc = generateDocument({ results: 3000, seed: 11, crosscutting: 0.05 }) as { results: Record<string, any>[] };
    const rnd = mulberry32(5);
    // Copy about one statement in twenty over another, in other capitals and punctuation.
    for (let k = 0; k < 150; k++) {
      const from = rnd.pick(doc.results);
      const to = rnd.pick(doc.results);
      to.statement = k % 2 === 0 ? `${from.statement.toUpperCase()}.` : from.statement;
    }
    const cascade = parseCascade(doc);
    const records = cascade.results();
    const norm = (s: string): string =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const index = new Map(records.map((r, i) => [r.id, i]));
    const parentOf = records.map((r) => (r.parent === null ? -1 : index.get(r.parent)!));
    const first = new Map<string, number>();
    const expected: string[] = [];
    records.forEach((r, i) => {
      const f = first.get(norm(r.statement));
      if (f === undefined) first.set(norm(r.statement), i);
      // Output names with no predicate recur by design (see duplicate-statement).
      else if (
        parentOf[f] !== parentOf[i] &&
        parentOf[i] !== f &&
        parentOf[f] !== i &&
        !(r.level === 'output' && statementForm(norm(r.statement)).form === 'other')
      ) {
        expected.push(`${r.id}<${records[f]!.id}`);
      }
    });
    const found = review(cascade)
      .filter((d) => d.rule === 'duplicate-statement')
      .map((d) => `${d.resultId}<${/"([^"]+)"/.exec(d.message)?.[1] ?? d.message}`);
    expect(expected.length).toBeGreaterThan(50);
    // Every exact repeat is found; fuzzy matching (stems, synonyms) may find more.
    const foundIds = new Set(found.map((x) => x.split('<')[0]));
    expect(expected.map((x) => x.split('<')[0]).filter((id) => !foundIds.has(id))).toEqual([]);
  });
});
