import { describe, expect, it } from 'vitest';
import { parseCascade, PERMENPAN_89, RENSTRA, type CascadeDocument, type ResultDocument } from '@pokin/core';
import { generateCascade, generateDocument, mulberry32 } from '@pokin/core/testing';

const results = (doc: CascadeDocument): ResultDocument[] => doc.results;

describe('mulberry32', () => {
  it('is deterministic and in range', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const v = r.between(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
    }
  });
});

describe('generateDocument', () => {
  it('is deterministic by seed', () => {
    const a = generateDocument({ results: 2000, seed: 7, crosscutting: 0.1 });
    const b = generateDocument({ results: 2000, seed: 7, crosscutting: 0.1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = generateDocument({ results: 2000, seed: 8, crosscutting: 0.1 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('makes exactly the requested number of results and indicators', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 31, 100, 781, 782, 5000]) {
      const doc = generateDocument({ results: n, seed: n, indicatorsPerResult: 3 });
      expect(doc.results).toHaveLength(n);
      expect(results(doc).every((r) => r.indicators?.length === 3)).toBe(true);
      expect(parseCascade(doc).size).toBe(n);
    }
    const none = generateDocument({ results: 50, indicatorsPerResult: 0 });
    expect(results(none).every((r) => r.indicators === undefined)).toBe(true);
  });

  it('respects the level scheme: leaves are outputs, children sit below parents, only optional levels are skipped', () => {
    const doc = generateDocument({ results: 20_000, seed: 3, maxChildren: 6, optionalLevels: 0.2 });
    const cascade = parseCascade(doc); // would throw on a level-order problem
    const rank = new Map(PERMENPAN_89.map((l, i) => [l.key, i]));
    for (const leaf of cascade.leaves()) expect(leaf.level).toBe('output');
    for (const r of cascade.results()) {
      expect(cascade.primaryChildren(r.id).length).toBeLessThanOrEqual(6);
      if (r.parent === null) continue;
      const parent = cascade.result(r.parent)!;
      expect(rank.get(r.level)!).toBeGreaterThan(rank.get(parent.level)!);
    }
    const levels = new Set(results(doc).map((r) => r.level));
    expect([...levels].sort()).toEqual([...PERMENPAN_89.map((l) => l.key)].sort());
    expect(cascade.roots().every((r) => r.level === 'goal')).toBe(true);
    expect(cascade.atLevel('outcome').length).toBeGreaterThan(0);
  });

  it('works with another scheme', () => {
    const doc = generateDocument({ results: 3000, levels: 'renstra', seed: 5 });
    expect(doc.levels).toBe('renstra');
    const cascade = parseCascade(doc);
    for (const leaf of cascade.leaves()) expect(leaf.level).toBe('sub-kegiatan');
    const inline = generateDocument({ results: 300, levels: RENSTRA, seed: 5 });
    expect(Array.isArray(inline.levels)).toBe(true);
    expect(parseCascade(inline).size).toBe(300);
  });

  it('adds crosscutting links to another branch, upwards, without cycles', () => {
    const doc = generateDocument({ results: 10_000, seed: 11, crosscutting: 0.1 });
    const cascade = parseCascade(doc);
    const rank = new Map(PERMENPAN_89.map((l, i) => [l.key, i]));
    const linked = cascade.results().filter((r) => r.contributesTo.length > 0);
    const nonRoots = cascade.results().filter((r) => r.parent !== null).length;
    expect(linked.length / nonRoots).toBeGreaterThan(0.07);
    expect(linked.length / nonRoots).toBeLessThan(0.13);
    for (const r of linked) {
      for (const t of r.contributesTo) {
        expect(t).not.toBe(r.parent);
        expect(rank.get(cascade.result(t)!.level)!).toBeLessThan(rank.get(r.level)!);
        expect(cascade.ancestors(r.id).some((a) => a.id === t)).toBe(true);
      }
    }
    const none = generateDocument({ results: 1000, crosscutting: 0 });
    expect(results(none).some((r) => r.contributesTo !== undefined)).toBe(false);
  });

  it('writes Indonesian-like statements and indicators whose units match their wording', () => {
    const doc = generateDocument({ results: 5000, seed: 2 });
    for (const r of results(doc)) {
      expect(r.statement.length).toBeGreaterThan(20);
      expect(r.statement.length).toBeLessThan(140);
      if (r.level === 'output')
        expect(r.statement).toMatch(/^(Tersedianya|Tersusunnya|Terlaksananya|Terselenggaranya|Terfasilitasinya|Terkelolanya) /);
      else expect(r.statement).toMatch(/^(Meningkatnya|Terwujudnya|Optimalnya|Menguatnya) /);
      expect(r.owner?.position).toBeTruthy();
      for (const ind of r.indicators ?? []) {
        if (ind.statement.startsWith('Persentase')) expect(ind.unit).toBe('%');
        if (ind.statement.startsWith('Indeks')) expect(ind.unit).toBe('Indeks');
        if (ind.statement.startsWith('Jumlah dokumen')) expect(ind.unit).toBe('Dokumen');
        if (r.level === 'output') expect(ind.statement).toMatch(/^Jumlah /);
        else expect(ind.statement).toMatch(/^(Persentase|Indeks|Nilai) /);
        expect(ind.baseline?.year).toBe(2024);
        expect(Object.keys(ind.targets ?? {})).toEqual(['2025', '2026', '2027', '2028', '2029']);
        const values = Object.values(ind.targets ?? {}) as number[];
        for (let k = 1; k < values.length; k++) {
          if (ind.polarity === 'down') expect(values[k]!).toBeLessThanOrEqual(values[k - 1]!);
          else expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
        }
      }
    }
    expect(results(doc).some((r) => r.budget !== undefined)).toBe(true);
    // siblings never share a statement
    const cascade = parseCascade(doc);
    for (const r of cascade.results()) {
      const kids = cascade.primaryChildren(r.id).map((k) => k.statement);
      expect(new Set(kids).size).toBe(kids.length);
    }
  });

  it('round-trips through parseCascade and toDocument', () => {
    const doc = generateDocument({ results: 3000, seed: 9, crosscutting: 0.05 });
    const cascade = parseCascade(structuredClone(doc));
    expect(cascade.toDocument()).toEqual(doc);
    expect(parseCascade(JSON.parse(JSON.stringify(doc))).equals(cascade)).toBe(true);
  });

  it('rejects impossible options', () => {
    expect(() => generateDocument({ results: 0 })).toThrow(RangeError);
    expect(() => generateDocument({ results: 10, maxChildren: 0 })).toThrow(RangeError);
    expect(() => generateDocument({ results: 10, levels: 'nope' as 'renstra' })).toThrow(RangeError);
  });
});

describe('generateCascade', () => {
  it('returns a parsed Cascade', () => {
    const c = generateCascade({ results: 500, maxChildren: 4, indicatorsPerResult: 2, crosscutting: 0.05, seed: 42 });
    expect(c.size).toBe(500);
    expect([...c.indicators()]).toHaveLength(1000);
    expect(c.period).toEqual({ start: 2025, end: 2029 });
  });
});

describe('generateDocument({ extended: true })', () => {
  it('adds the keys of the second round, valid and canonical, and leaves the default documents as they were', () => {
    const plain = generateDocument({ results: 300, seed: 3, crosscutting: 0.2 });
    const ext = generateDocument({ results: 300, seed: 3, crosscutting: 0.2, extended: true });
    expect(JSON.stringify(generateDocument({ results: 300, seed: 3, crosscutting: 0.2, extended: false }))).toBe(JSON.stringify(plain));
    expect(JSON.stringify(plain)).not.toMatch(/realisations|positionType|signatory|previous|"status"/);
    const c = parseCascade(ext);
    expect(c.toDocument()).toEqual(ext);
    expect(c.id).toBe('sintetis-2025');
    expect(c.signatory?.nip).toMatch(/^\d{18}$/);
    const rs = c.results();
    expect(rs.some((r) => r.contributions.some((x) => x.status === 'ditolak' && x.reason !== undefined))).toBe(true);
    expect(rs.every((r) => r.owner?.positionType !== undefined)).toBe(true);
    expect(rs.some((r) => r.indicators.some((i) => i.iku === true && i.definition !== undefined))).toBe(true);
    expect(rs.some((r) => r.indicators.some((i) => typeof i.realisations?.['2025'] === 'object'))).toBe(true);
    // Without the new keys, the same tree.
    expect(c.results().map((r) => [r.id, r.parent, r.contributesTo])).toEqual(
      parseCascade(plain)
        .results()
        .map((r) => [r.id, r.parent, r.contributesTo]),
    );
  });
});
