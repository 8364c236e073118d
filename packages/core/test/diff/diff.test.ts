import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffCascades, diffLevelNames, diffValueText, loadWorkspace, parseCascade, type DiffChange, UsageError } from '@pokin/core';

const example = (name: string) => parseCascade(parse(readFileSync(new URL(`../../../../examples/diff/${name}`, import.meta.url), 'utf8')));
/** The changes as short strings, for exact comparison. */
const short = (changes: readonly DiffChange[]) =>
  changes.map((c) =>
    [c.kind, c.oldId ?? '-', c.newId ?? '-', c.indicator, c.field, c.year, c.from, c.to].filter((x) => x !== null).join(' '),
  );

const doc = (results: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
  parseCascade({ pokin: 1, title: 'Uji', ...extra, results });
const r = (id: string, level: string, statement: string, parent?: string, more: Record<string, unknown> = {}) => ({
  id,
  level,
  statement,
  ...(parent === undefined ? {} : { parent }),
  ...more,
});

describe('diffCascades on two versions of the BKPSDM tree (examples/diff)', () => {
  const d = diffCascades(example('bkpsdm-2025.yaml'), example('bkpsdm-2026.yaml'));
  it('reports exactly the moved, reworded, removed and added result and the changed target', () => {
    expect(short(d.changes)).toEqual([
      'target-changed G1 G1 G1.1 2026 260 265',
      'reworded IO3 IO3 Meningkatnya Kualitas Data dan Pelayanan Administrasi Kepegawaian Meningkatnya Kualitas Data dan Layanan Administrasi Kepegawaian',
      'moved OP13 OP13 IM2 IM3',
      'added - OP21',
      'removed OP07 -',
    ]);
  });
  it('matched every continued result by its `previous`, and counts the kinds', () => {
    expect(d.summary.matched).toEqual({ previous: 30, id: 0, statement: 0 });
    expect(d.summary.changes).toMatchObject({ added: 1, removed: 1, moved: 1, reworded: 1, 'target-changed': 1, 'indicator-added': 0 });
    expect(d.old).toEqual({ id: 'bkpsdm-2025', title: 'Pohon Kinerja BKPSDM (2025)', results: 31 });
    expect(d.new.results).toBe(31);
  });
  it('carries level, tier and statement on every row', () => {
    const removed = d.changes.find((c) => c.kind === 'removed')!;
    expect(removed).toMatchObject({ level: 'output', tier: 'operasional', matchedBy: null });
    expect(removed.statement.length).toBeGreaterThan(10);
    expect(d.changes.find((c) => c.kind === 'moved')).toMatchObject({ matchedBy: 'previous', tier: 'operasional' });
  });
});

describe('matching', () => {
  const old = doc([
    r('G', 'goal', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN'),
    r('U1', 'ultimate-outcome', 'Meningkatnya Kualitas dan Kapasitas ASN', 'G'),
    r('U2', 'ultimate-outcome', 'Meningkatnya Kinerja Aparatur Sipil Negara', 'G'),
  ]);
  it('by `previous` before id: a renumbered result is not added and removed', () => {
    const next = doc(
      [
        r('G', 'goal', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN'),
        r('UO1', 'ultimate-outcome', 'Meningkatnya Kualitas dan Kapasitas ASN', 'G', { previous: 'lama#U1' }),
        r('U2', 'ultimate-outcome', 'Meningkatnya Kinerja Aparatur Sipil Negara', 'G'),
      ],
      { id: 'baru' },
    );
    const d = diffCascades(parseCascade({ ...old.toDocument(), id: 'lama' }), next);
    expect(d.changes).toEqual([]);
    expect(d.matches.get('UO1')).toBe('U1');
    expect(d.summary.matched).toEqual({ previous: 1, id: 2, statement: 0 });
  });
  it('ignores a `previous` naming another document', () => {
    const next = doc([r('X', 'goal', 'Sasaran lain sama sekali', undefined, { previous: 'dinkes-2025#G' })], { id: 'baru' });
    const d = diffCascades(parseCascade({ ...old.toDocument(), id: 'lama' }), next);
    expect(d.summary.changes.added).toBe(1);
    expect(d.summary.changes.removed).toBe(3);
  });
  it('by a similar statement when ids changed without `previous`', () => {
    const next = doc([
      r('A', 'goal', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN'),
      r('B', 'ultimate-outcome', 'Meningkatnya Mutu dan Kapasitas ASN', 'A'),
      r('C', 'ultimate-outcome', 'Terwujudnya Pelayanan Publik Prima', 'A'),
    ]);
    const d = diffCascades(old, next);
    expect(d.summary.matched).toEqual({ previous: 0, id: 0, statement: 2 });
    expect(short(d.changes)).toEqual([
      'reworded U1 B Meningkatnya Kualitas dan Kapasitas ASN Meningkatnya Mutu dan Kapasitas ASN',
      'added - C',
      'removed U2 -',
    ]);
    expect(short(diffCascades(old, next, { matchStatements: false }).changes).filter((s) => s.startsWith('added'))).toHaveLength(3);
  });
  it('a child whose parent was replaced counts as moved', () => {
    const a = doc([
      r('G', 'goal', 'Satu dua tiga'),
      r('P', 'ultimate-outcome', 'Empat lima', 'G'),
      r('C', 'intermediate-outcome', 'Enam', 'P'),
    ]);
    const b = doc([
      r('G', 'goal', 'Satu dua tiga'),
      r('Q', 'ultimate-outcome', 'Tujuh delapan', 'G'),
      r('C', 'intermediate-outcome', 'Enam', 'Q'),
    ]);
    expect(short(diffCascades(a, b).changes)).toEqual(['added - Q', 'moved C C P Q', 'removed P -']);
  });
  it('two workspaces: a qualified previous names a result of the combined tree', () => {
    const ws = (year: number, results: Record<string, unknown>[]) =>
      loadWorkspace([
        { name: 'pemda', cascade: doc([r('G', 'goal', 'Meningkatnya Kualitas Layanan Publik')], { id: `pemda-${year}` }) },
        { name: 'dinas', cascade: doc(results, { id: `dinas-${year}` }) },
      ]).cascade;
    const a = ws(2025, [r('IO', 'immediate-outcome', 'Meningkatnya Kualitas Layanan Kesehatan', 'pemda-2025#G')]);
    const b = ws(2026, [
      r('IO1', 'immediate-outcome', 'Meningkatnya Mutu Layanan Kesehatan Dasar', 'pemda-2026#G', { previous: 'dinas-2025#IO' }),
    ]);
    const d = diffCascades(a, b);
    // The Pemda's goal has no previous and another document id: matched by its statement.
    expect(d.summary.matched).toEqual({ previous: 1, id: 0, statement: 1 });
    expect(short(d.changes)).toEqual([
      'reworded dinas-2025#IO dinas-2026#IO1 Meningkatnya Kualitas Layanan Kesehatan Meningkatnya Mutu Layanan Kesehatan Dasar',
    ]);
  });
  it('rejects a similarity outside (0, 1]', () => {
    expect(() => diffCascades(old, old, { similarity: 0 })).toThrow(UsageError);
  });
});

describe('indicators', () => {
  const ind = (more: Record<string, unknown>) => [r('G', 'goal', 'Sasaran', undefined, { indicators: [more] })];
  it('takes one number however written as no change (250, "250", "250,0"), and a real change as one', () => {
    const a = doc(
      ind({ id: 'G.1', statement: 'IK', baseline: { year: 2024, value: 81.5 }, targets: { '2025': 250, '2026': 260, '2027': 270 } }),
    );
    const b = doc(
      ind({
        id: 'G.1',
        statement: 'IK',
        baseline: { year: 2024, value: '81,5' },
        targets: { '2025': '250', '2026': '260,0', '2027': 271 },
      }),
    );
    expect(short(diffCascades(a, b).changes)).toEqual(['target-changed G G G.1 2027 270 271']);
  });

  it('writes a polarity in the words of the Arah column', () => {
    const change = { field: 'polarity' } as const;
    expect([diffValueText(change, 'up', 'id'), diffValueText(change, 'down', 'id'), diffValueText(change, 'range', 'en')]).toEqual([
      'naik',
      'turun',
      'range',
    ]);
    expect(diffValueText({ field: 'unit' }, 'up', 'id')).toBe('up');
  });

  it("names levels by the labels of each version's scheme, a key neither knows as it is", () => {
    const oldLevels = [{ key: 'kegiatan', label: { id: 'Kegiatan', en: 'Activity' }, tier: 'operasional' }] as const;
    const newLevels = [{ key: 'sub-kegiatan', label: { id: 'Sub Kegiatan', en: 'Sub-activity' }, tier: 'operasional' }] as const;
    const names = diffLevelNames(oldLevels, newLevels, 'en');
    const change = (kind: DiffChange['kind'], level: string, from: string | null = null, to: string | null = null) =>
      ({ kind, level, from, to }) as DiffChange;
    expect(names.level(change('removed', 'kegiatan'))).toBe('Activity');
    expect(names.level(change('added', 'sub-kegiatan'))).toBe('Sub-activity');
    expect(names.level(change('added', 'program'))).toBe('program');
    const moved = change('level-changed', 'sub-kegiatan', 'kegiatan', 'sub-kegiatan');
    expect([names.value(moved, 'from'), names.value(moved, 'to')]).toEqual(['Activity', 'Sub-activity']);
    expect(names.value(change('reworded', 'kegiatan', 'kegiatan', 'x'), 'from')).toBe('kegiatan');
    expect(diffLevelNames(undefined, undefined, 'id').level(change('added', 'goal'))).toBe('goal');
  });

  it('reports field changes, targets that appear or go, and indicators added and removed', () => {
    const a = doc([
      r('G', 'goal', 'Sasaran', undefined, {
        indicators: [
          { id: 'G.1', statement: 'Indeks kepuasan', unit: 'Indeks', targets: { '2025': 80, '2026': 82 } },
          { statement: 'Persentase lama', unit: '%' },
        ],
      }),
    ]);
    const b = doc([
      r('G', 'goal', 'Sasaran', undefined, {
        indicators: [
          { id: 'G.1', statement: 'Indeks kepuasan masyarakat', unit: 'Nilai', polarity: 'up', targets: { '2026': 82, '2027': '84-86' } },
          { statement: 'Jumlah dokumen baru' },
        ],
      }),
    ]);
    expect(short(diffCascades(a, b).changes)).toEqual([
      'indicator-changed G G G.1 statement Indeks kepuasan Indeks kepuasan masyarakat',
      'indicator-changed G G G.1 unit Indeks Nilai',
      'indicator-changed G G G.1 polarity up',
      'target-changed G G G.1 2025 80',
      'target-changed G G G.1 2027 84-86',
      'indicator-added G G Jumlah dokumen baru Jumlah dokumen baru',
      'indicator-removed G G Persentase lama Persentase lama',
    ]);
  });
  it('matches indicators without ids by statement, then by a similar one', () => {
    const a = doc(ind({ statement: 'Persentase ASN yang mengikuti pelatihan', targets: { '2025': 10 } }));
    const b = doc(ind({ statement: 'Persentase ASN yang mengikuti pelatihan teknis', targets: { '2025': 12 } }));
    expect(short(diffCascades(a, b).changes)).toEqual([
      'indicator-changed G G Persentase ASN yang mengikuti pelatihan teknis statement Persentase ASN yang mengikuti pelatihan Persentase ASN yang mengikuti pelatihan teknis',
      'target-changed G G Persentase ASN yang mengikuti pelatihan teknis 2025 10 12',
    ]);
  });
});

describe('a previous that names nothing', () => {
  it('is listed in unmatchedPrevious, a matched one is not', () => {
    const doc = (id: string, results: Record<string, unknown>[]) => parseCascade({ pokin: 1, id, title: id, results });
    const old = doc('bkpsdm-2025', [{ id: 'G1', level: 'goal', statement: 'Meningkatnya Mutu Layanan' }]);
    const next = doc('bkpsdm-2026', [
      { id: 'G1', level: 'goal', statement: 'Meningkatnya Mutu Layanan', previous: 'bkpsdm-2025#G1' },
      { id: 'G2', level: 'goal', statement: 'Meningkatnya Disiplin Pegawai', previous: 'bkpsdm-2025#OP99' },
    ]);
    expect(diffCascades(old, next).unmatchedPrevious).toEqual([{ id: 'G2', previous: 'bkpsdm-2025#OP99' }]);
    expect(diffCascades(old, old).unmatchedPrevious).toEqual([]);
  });
});

describe('crosscutting links', () => {
  /** Link rows as short strings: kind, old and new id, the link's target, before and after (`-` for `null`). */
  const links = (changes: readonly DiffChange[]) =>
    changes
      .filter((c) => c.kind.startsWith('link-'))
      .map((c) => [c.kind, c.oldId, c.newId, c.link, c.from, c.to].map((x) => x ?? '-').join(' '));
  /** A goal, two outcomes under it, and an intermediate outcome under U1 with `contributesTo` as given. */
  const tree = (id: string, entries: unknown[], outcomes: [string, string] = ['U1', 'U2'], more: Record<string, unknown>[] = []) =>
    doc(
      [
        r('G', 'goal', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN'),
        r(outcomes[0], 'ultimate-outcome', 'Meningkatnya Kualitas dan Kapasitas ASN', 'G'),
        r(outcomes[1], 'ultimate-outcome', 'Meningkatnya Kinerja Aparatur Sipil Negara', 'G'),
        r('IO', 'intermediate-outcome', 'Meningkatnya Kompetensi Teknis ASN', outcomes[0], { contributesTo: entries }),
        ...more,
      ],
      { id },
    );

  it('reports a link added, one removed and a status changed, after the result’s other changes', () => {
    const a = tree('lama', ['U2', { to: 'pemda-2025#S1', status: 'diusulkan' }]);
    const b = doc([
      ...tree('baru', [
        { to: 'pemda-2025#S1', status: 'disetujui' },
        { to: 'G', status: 'diusulkan' },
      ])
        .toDocument()
        .results.map((x) => (x.id === 'IO' ? { ...x, statement: 'Meningkatnya Kompetensi Teknis Seluruh ASN' } : x)),
    ]);
    const d = diffCascades(a, b);
    expect(d.changes.map((c) => c.kind)).toEqual(['reworded', 'link-added', 'link-removed', 'link-changed']);
    expect(links(d.changes)).toEqual([
      // An added or removed link's row carries its status on its side (none for a bare reference).
      'link-added IO IO G - diusulkan',
      'link-removed IO IO U2 - -',
      'link-changed IO IO pemda-2025#S1 diusulkan disetujui',
    ]);
    expect(d.summary.changes).toMatchObject({ 'link-added': 1, 'link-removed': 1, 'link-changed': 1 });
    expect(d.changes.find((c) => c.kind === 'link-changed')).toMatchObject({
      level: 'intermediate-outcome',
      tier: 'taktis',
      statement: 'Meningkatnya Kompetensi Teknis Seluruh ASN',
      matchedBy: 'id',
      indicator: null,
      field: null,
      year: null,
    });
  });

  it('takes a status as the same however written (proposed is diusulkan), and a bare id as an entry without status', () => {
    const a = tree('lama', [{ to: 'U2', status: 'proposed' }, 'G']);
    expect(diffCascades(a, tree('baru', [{ to: 'U2', status: 'diusulkan' }, { to: 'G' }])).changes).toEqual([]);
    const b = tree('baru', [
      { to: 'U2', status: 'rejected', reason: 'Bukan tugasnya' },
      { to: 'G', status: 'accepted' },
    ]);
    expect(links(diffCascades(a, b).changes)).toEqual(['link-changed IO IO U2 diusulkan ditolak', 'link-changed IO IO G - disetujui']);
    // Only the reason changed: not a status change.
    const reason = tree('baru', [{ to: 'U2', status: 'diusulkan', reason: 'Menunggu rapat' }, 'G']);
    expect(diffCascades(a, reason).changes).toEqual([]);
  });

  it('follows a renumbered target through the matching: no change, and a status change names the new id', () => {
    const a = tree('lama', ['U2']);
    // U2 became UO2 (by previous), U1 became UO1 (by a similar statement).
    const b = doc(
      [
        r('G', 'goal', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN'),
        r('UO1', 'ultimate-outcome', 'Meningkatnya Kualitas serta Kapasitas ASN', 'G'),
        r('UO2', 'ultimate-outcome', 'Meningkatnya Kinerja Aparatur Sipil Negara', 'G', { previous: 'lama#U2' }),
        r('IO', 'intermediate-outcome', 'Meningkatnya Kompetensi Teknis ASN', 'UO1', { contributesTo: ['UO2'] }),
      ],
      { id: 'baru' },
    );
    const d = diffCascades(a, b);
    expect(d.matches.get('UO2')).toBe('U2');
    expect(d.changes.filter((c) => c.kind !== 'reworded')).toEqual([]);
    const accepted = parseCascade({
      ...b.toDocument(),
      results: b.toDocument().results.map((x) => (x.id === 'IO' ? { ...x, contributesTo: [{ to: 'UO2', status: 'disetujui' }] } : x)),
    });
    expect(links(diffCascades(a, accepted).changes)).toEqual(['link-changed IO IO UO2 - disetujui']);
    // Backwards the same link, old and new swapped.
    expect(links(diffCascades(accepted, a).changes)).toEqual(['link-changed IO IO U2 disetujui -']);
  });

  it('a link to a removed result is removed, one to an added result added; a result added or removed has no link rows', () => {
    const a = tree(
      'lama',
      ['U2'],
      ['U1', 'U2'],
      [r('X', 'intermediate-outcome', 'Tersusunnya Kebijakan Lama', 'U1', { contributesTo: ['U2'] })],
    );
    const b = doc(
      [
        r('G', 'goal', 'Meningkatnya Kualitas Tata Kelola Manajemen ASN'),
        r('U1', 'ultimate-outcome', 'Meningkatnya Kualitas dan Kapasitas ASN', 'G'),
        r('N', 'ultimate-outcome', 'Terwujudnya Digitalisasi Layanan Kepegawaian', 'G'),
        r('IO', 'intermediate-outcome', 'Meningkatnya Kompetensi Teknis ASN', 'U1', { contributesTo: ['N'] }),
        r('Y', 'intermediate-outcome', 'Terbangunnya Sistem Informasi Baru', 'U1', { contributesTo: ['N'] }),
      ],
      { id: 'baru' },
    );
    const d = diffCascades(a, b);
    expect(d.changes.map((c) => [c.kind, c.oldId ?? c.newId])).toEqual([
      ['added', 'N'],
      ['link-added', 'IO'],
      ['link-removed', 'IO'],
      ['added', 'Y'],
      ['removed', 'U2'],
      ['removed', 'X'],
    ]);
    expect(links(d.changes)).toEqual(['link-added IO IO N - -', 'link-removed IO IO U2 - -']);
  });

  it('compares a reference to another document as written, and one to its own document as the local id', () => {
    const a = tree('dinas-2025', ['pemda-2025#S2', 'dinas-2025#U2']);
    const b = tree('dinas-2026', ['pemda-2026#S2', 'U2']);
    expect(links(diffCascades(a, b).changes)).toEqual(['link-added IO IO pemda-2026#S2 - -', 'link-removed IO IO pemda-2025#S2 - -']);
    expect(diffCascades(a, tree('dinas-2026', ['pemda-2025#S2', 'U2'])).changes).toEqual([]);
  });

  it('counts the first entry of a target named twice', () => {
    const a = tree('lama', [
      { to: 'U2', status: 'diusulkan' },
      { to: 'U2', status: 'ditolak' },
    ]);
    expect(links(diffCascades(a, tree('baru', [{ to: 'U2', status: 'diusulkan' }])).changes)).toEqual([]);
    expect(links(diffCascades(a, tree('baru', [{ to: 'U2', status: 'ditolak' }])).changes)).toEqual([
      'link-changed IO IO U2 diusulkan ditolak',
    ]);
  });

  it('two workspaces: a qualified link follows its target to the next version of the Pemda tree', () => {
    const ws = (year: number, entry: unknown) =>
      loadWorkspace([
        { name: 'pemda', cascade: doc([r('S', 'goal', 'Meningkatnya Kualitas Layanan Publik')], { id: `pemda-${year}` }) },
        {
          name: 'dinas',
          cascade: doc(
            [
              r('G', 'goal', 'Meningkatnya Derajat Kesehatan'),
              r('IO', 'ultimate-outcome', 'Meningkatnya Kualitas Layanan Kesehatan', 'G', { contributesTo: [entry] }),
            ],
            { id: `dinas-${year}` },
          ),
        },
      ]).cascade;
    const a = ws(2025, { to: 'pemda-2025#S', status: 'diusulkan' });
    expect(diffCascades(a, ws(2026, { to: 'pemda-2026#S', status: 'diusulkan' })).changes).toEqual([]);
    expect(links(diffCascades(a, ws(2026, { to: 'pemda-2026#S', status: 'disetujui' })).changes)).toEqual([
      'link-changed dinas-2025#IO dinas-2026#IO pemda-2026#S diusulkan disetujui',
    ]);
  });

  it('writes a status in the locale’s words, and no status as such', () => {
    const change = { kind: 'link-changed', field: null } as const;
    expect([diffValueText(change, 'diusulkan', 'en'), diffValueText(change, 'ditolak', 'id'), diffValueText(change, null, 'id')]).toEqual([
      'proposed',
      'ditolak',
      'tanpa status',
    ]);
    expect(diffValueText(change, null, 'en')).toBe('no status');
    expect(diffValueText({ kind: 'link-added', field: null }, null, 'en')).toBeNull();
  });
});
