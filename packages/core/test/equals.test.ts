/**
 * `equals` compares what two cascades mean: the default level scheme written out or not, a preset
 * as its name or as its list, `-0` or `0`; and `toDocument` writes a scheme given to
 * `parseCascade` as an option, so the document reads back alone.
 */
import { describe, expect, it } from 'vitest';
import { LEVEL_PRESETS, deepEqual, parseCascade, type CascadeDocument } from '@pokin/core';

const doc = (extra: Partial<CascadeDocument> = {}, target = 5, level = 'goal'): CascadeDocument => ({
  pokin: 1,
  title: 'T',
  ...extra,
  results: [{ id: 'G', level, statement: 'Meningkatnya X', indicators: [{ statement: 'Indeks', targets: { '2025': target } }] }],
});

describe('Cascade.equals', () => {
  it('the default scheme written out equals no levels, and a preset its own list', () => {
    expect(parseCascade(doc({ levels: 'permenpan-89' })).equals(parseCascade(doc()))).toBe(true);
    const list = LEVEL_PRESETS['permenpan-89'].map((l) => ({ ...l, label: { ...l.label } }));
    expect(parseCascade(doc({ levels: list })).equals(parseCascade(doc()))).toBe(true);
    const renstra = LEVEL_PRESETS.renstra.map((l) => ({ ...l, label: { ...l.label } }));
    expect(parseCascade(doc({ levels: 'renstra' }, 5, 'tujuan')).equals(parseCascade(doc({ levels: renstra }, 5, 'tujuan')))).toBe(true);
    const other = [{ key: 'tujuan', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' as const }];
    expect(parseCascade(doc({ levels: 'renstra' }, 5, 'tujuan')).equals(parseCascade(doc({ levels: other }, 5, 'tujuan')))).toBe(false);
  });

  it('-0 equals 0, as JSON cannot tell them apart; other numbers still differ', () => {
    expect(parseCascade(doc({}, -0)).equals(parseCascade(doc({}, 0)))).toBe(true);
    expect(parseCascade(doc({}, 1)).equals(parseCascade(doc({}, 2)))).toBe(false);
    expect(deepEqual({ a: [-0] }, { a: [0] })).toBe(true);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe('toDocument and the levels option of parseCascade', () => {
  it('writes the scheme given as an option, so the document reads back to the same cascade', () => {
    const bare = { pokin: 1, title: 'T', results: [{ id: 'T', level: 'tujuan', statement: 'Meningkatnya X' }] };
    const c = parseCascade(bare, { levels: LEVEL_PRESETS.renstra });
    expect(c.toDocument().levels).toBe('renstra');
    expect(parseCascade(c.toDocument()).equals(c)).toBe(true);
    const own = [{ key: 'tujuan', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' as const }];
    const d = parseCascade(bare, { levels: own });
    expect(d.toDocument().levels).toEqual(own);
    expect(parseCascade(d.toDocument()).equals(d)).toBe(true);
    expect(parseCascade(doc()).toDocument().levels).toBeUndefined();
    expect(parseCascade(doc({ levels: 'permenpan-89' })).toDocument().levels).toBe('permenpan-89');
  });
});

describe('level names in review messages', () => {
  it('are in the language of the messages', async () => {
    const { review } = await import('@pokin/core');
    const c = parseCascade({
      pokin: 1,
      title: 'T',
      levels: 'renstra',
      results: [
        { id: 'T', level: 'tujuan', statement: 'Meningkatnya X', indicators: [{ statement: 'Indeks X' }] },
        { id: 'S', level: 'sasaran', statement: 'Meningkatnya Y', indicators: [{ statement: 'Indeks Y' }] },
      ],
    });
    const en = review(c, { locale: 'en' })
      .map((d) => d.message)
      .join('\n');
    const id = review(c)
      .map((d) => d.message)
      .join('\n');
    const [tujuan] = LEVEL_PRESETS.renstra;
    expect(tujuan!.label.id).not.toBe(tujuan!.label.en);
    // Review v2 names a level in running text ("This Goal result ..."), no longer in quotes.
    expect(en).toMatch(new RegExp(`\\b${tujuan!.label.en}\\b`));
    expect(en).not.toMatch(new RegExp(`\\b${tujuan!.label.id}\\b`));
    expect(id).toMatch(new RegExp(`\\b${tujuan!.label.id}\\b`));
  });
});
