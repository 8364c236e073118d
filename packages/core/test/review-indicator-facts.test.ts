/**
 * The review works out what it needs of each indicator in one pass (`indicator-facts.ts`): unit
 * kinds, measure codes, text flags and a hash of the normalised statement. These pin the edges of
 * that pass through the public `review`: what each flag stands for must read the same as the text.
 */
import { describe, expect, it } from 'vitest';
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
    Object.assign(firstInd(d, 'I'), { statement: 'Persentase pertumbuhan kunjungan puskesmas', targets: { ...firstInd(d, 'I').targets, 2027: 140 } });
    expect(only(d, 'percentage-out-of-range')).toEqual([]);
    Object.assign(firstInd(d, 'I'), { statement: 'Rasio kunjungan puskesmas', unit: '%' });
    expect(only(d, 'percentage-out-of-range').map((x) => x.resultId)).toEqual(['I']);
  });
});
