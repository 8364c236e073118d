import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEVEL_PRESET,
  LEVEL_PRESETS,
  PERMENPAN_89,
  RENSTRA,
  TIERS,
  TIER_LABELS,
  isLevelPresetName,
  parseCascade,
  safeParseCascade,
  type LevelScheme,
} from '@pokin/core';

const row = (s: LevelScheme) => s.map((l) => [l.key, l.label.id, l.tier, l.optional === true]);

describe('presets', () => {
  it('permenpan-89 is the table of DESIGN section 4, and the default', () => {
    expect(row(PERMENPAN_89)).toEqual([
      ['goal', 'Goal / Ultimate Outcome', 'strategis', false],
      ['ultimate-outcome', 'Ultimate Outcome', 'urusan', false],
      ['intermediate-outcome', 'Intermediate Outcome', 'taktis', false],
      ['immediate-outcome', 'Immediate Outcome', 'taktis', false],
      ['outcome', 'Outcome', 'operasional', true],
      ['output', 'Output', 'operasional', false],
    ]);
    expect(DEFAULT_LEVEL_PRESET).toBe('permenpan-89');
    expect(LEVEL_PRESETS['permenpan-89']).toBe(PERMENPAN_89);
  });

  it('renstra cascades tujuan, sasaran, program, kegiatan, sub kegiatan', () => {
    expect(RENSTRA.map((l) => l.key)).toEqual(['tujuan', 'sasaran', 'program', 'kegiatan', 'sub-kegiatan']);
    expect(RENSTRA.every((l) => l.label.id.length > 0 && l.label.en.length > 0)).toBe(true);
    expect(LEVEL_PRESETS.renstra).toBe(RENSTRA);
  });

  it('are frozen, labels included', () => {
    for (const scheme of Object.values(LEVEL_PRESETS)) {
      expect(Object.isFrozen(scheme)).toBe(true);
      for (const l of scheme) {
        expect(Object.isFrozen(l)).toBe(true);
        expect(Object.isFrozen(l.label)).toBe(true);
      }
    }
    expect(Object.isFrozen(LEVEL_PRESETS)).toBe(true);
  });

  it('names only the presets', () => {
    expect(isLevelPresetName('permenpan-89')).toBe(true);
    expect(isLevelPresetName('renstra')).toBe(true);
    expect(isLevelPresetName('toString')).toBe(false);
    expect(isLevelPresetName('__proto__')).toBe(false);
    expect(isLevelPresetName('Renstra')).toBe(false);
  });

  it('has the four tiers of the worksheet, top first, labelled in both languages', () => {
    expect(TIERS).toEqual(['strategis', 'urusan', 'taktis', 'operasional']);
    expect(TIERS.map((t) => TIER_LABELS[t].id)).toEqual(['Kinerja Strategis', 'Kinerja Urusan', 'Kinerja Taktis', 'Kinerja Operasional']);
    expect(TIERS.every((t) => TIER_LABELS[t].en.length > 0)).toBe(true);
  });
});

describe('the levels field', () => {
  const results = [
    { id: 'a', level: 'tujuan', statement: 'Tujuan' },
    { id: 'b', level: 'sasaran', statement: 'Sasaran', parent: 'a' },
    { id: 'c', level: 'program', statement: 'Program', parent: 'b' },
  ];

  it('applies permenpan-89 when it is left out, and keeps it left out', () => {
    const c = parseCascade({ pokin: 1, title: 't', results: [{ id: 'g', level: 'goal', statement: 's' }] });
    expect(c.levels).toBe(PERMENPAN_89);
    expect('levels' in c.toDocument()).toBe(false);
  });

  it('takes a preset by name and writes the name back', () => {
    const c = parseCascade({ pokin: 1, title: 't', levels: 'renstra', results });
    expect(c.levels).toBe(RENSTRA);
    expect(c.toDocument().levels).toBe('renstra');
    expect(c.tier('c')).toBe('taktis');
  });

  it('rejects preset levels that the scheme does not have', () => {
    const r = safeParseCascade({ pokin: 1, title: 't', results });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.filter((i) => i.code === 'unknown-level').map((i) => i.path)).toEqual([
        'results[0].level',
        'results[1].level',
        'results[2].level',
      ]);
  });

  it('takes an inline scheme, optional levels included, and writes it back', () => {
    const levels = [
      { key: 'visi', label: { id: 'Visi', en: 'Vision' }, tier: 'strategis' },
      { key: 'misi', label: { id: 'Misi', en: 'Mission' }, tier: 'strategis', optional: true },
      { key: 'tujuan', label: { id: 'Tujuan', en: 'Goal' }, tier: 'urusan' },
      { key: 'kegiatan', label: { id: 'Kegiatan', en: 'Activity' }, tier: 'operasional', optional: false },
    ];
    const c = parseCascade({
      pokin: 1,
      title: 't',
      levels,
      results: [
        { id: 'v', level: 'visi', statement: 's' },
        { id: 't', level: 'tujuan', statement: 's', parent: 'v' },
        { id: 'k', level: 'kegiatan', statement: 's', parent: 't', contributesTo: ['v'] },
      ],
    });
    expect(c.levels.map((l) => l.key)).toEqual(['visi', 'misi', 'tujuan', 'kegiatan']);
    expect(c.level('t')?.label.en).toBe('Goal');
    expect(c.toDocument().levels).toEqual(levels);
    expect(parseCascade(c.toDocument()).equals(c)).toBe(true);
  });

  it('lets a child skip an optional level only through parent, never a required one', () => {
    const levels = [
      { key: 'a', label: { id: 'A', en: 'A' }, tier: 'strategis' },
      { key: 'b', label: { id: 'B', en: 'B' }, tier: 'urusan', optional: true },
      { key: 'c', label: { id: 'C', en: 'C' }, tier: 'taktis' },
      { key: 'd', label: { id: 'D', en: 'D' }, tier: 'operasional' },
    ];
    const ok = safeParseCascade({
      pokin: 1,
      title: 't',
      levels,
      results: [
        { id: '1', level: 'a', statement: 's' },
        { id: '2', level: 'c', statement: 's', parent: '1' },
      ],
    });
    expect(ok.success).toBe(true);
    const skip = safeParseCascade({
      pokin: 1,
      title: 't',
      levels,
      results: [
        { id: '1', level: 'a', statement: 's' },
        { id: '2', level: 'd', statement: 's', parent: '1' },
      ],
    });
    expect(skip.success).toBe(false);
    if (!skip.success) expect(skip.error.issues[0]!.message).toMatch(/^result "2", "D", skips the level "C" under its parent "1", "A"/);
  });

  it('uses the scheme given in options when the document has none', () => {
    const c = parseCascade({ pokin: 1, title: 't', results }, { levels: RENSTRA });
    expect(c.levels).toBe(RENSTRA);
  });

  it('rejects an empty or malformed inline scheme', () => {
    for (const levels of [
      [],
      [{ key: 'a', label: { id: 'A' }, tier: 'strategis' }],
      [{ key: 'a', label: { id: 'A', en: 'A' }, tier: 'puncak' }],
      {},
    ]) {
      const r = safeParseCascade({ pokin: 1, title: 't', levels, results: [{ id: 'x', level: 'a', statement: 's' }] });
      expect(r.success, JSON.stringify(levels)).toBe(false);
      if (!r.success) expect(r.error.issues.some((i) => i.path.startsWith('levels'))).toBe(true);
    }
  });
});
