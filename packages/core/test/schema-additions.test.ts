import { describe, expect, it } from 'vitest';
import { parseCascade, safeParseCascade, splitRef, type CascadeDocument } from '@pokin/core';

const base = (results: unknown[], extra: Record<string, unknown> = {}): CascadeDocument =>
  ({ pokin: 1, title: 't', ...extra, results }) as CascadeDocument;

const codes = (doc: unknown): string[] => {
  const r = safeParseCascade(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.code} ${i.path}`);
};

describe('the document keys of the second round', () => {
  it('reads id and signatory and writes them back canonically', () => {
    const c = parseCascade(
      base([{ id: 'G1', level: 'goal', statement: 's' }], {
        signatory: { place: 'Kota', date: '31 Desember 2026', name: 'Nama', position: 'Kepala Badan', nip: '197001011995011001' },
        id: 'bkpsdm-2026',
      }),
    );
    expect(c.id).toBe('bkpsdm-2026');
    expect(c.signatory?.nip).toBe('197001011995011001');
    expect(Object.keys(c.toDocument())).toEqual(['pokin', 'id', 'title', 'signatory', 'results']);
  });

  it('refuses a document id with "#" or spaces', () => {
    expect(codes(base([{ id: 'G1', level: 'goal', statement: 's' }], { id: 'a#b' }))).toEqual(['invalid-id id']);
    expect(codes(base([{ id: 'G1', level: 'goal', statement: 's' }], { id: 'a b' }))).toEqual(['invalid-id id']);
  });
});

describe('qualified references', () => {
  const doc = base(
    [
      { id: 'G1', level: 'goal', statement: 'a', parent: 'pemda-2026#S2' },
      { id: 'U1', level: 'ultimate-outcome', statement: 'b', parent: 'own#G1', contributesTo: ['pemda-2026#S3', 'own#G1'] },
      { id: 'U2', level: 'ultimate-outcome', statement: 'c', parent: 'G1', previous: 'own-2025#U7' },
    ],
    { id: 'own' },
  );

  it("resolve locally when the document part is this document's id; others stay external", () => {
    const c = parseCascade(doc);
    expect(c.roots().map((r) => r.id)).toEqual(['G1']);
    expect(c.result('G1')).toMatchObject({ parent: null, externalParent: 'pemda-2026#S2', contributesTo: [] });
    expect(c.result('U1')).toMatchObject({ parent: 'G1', contributesTo: ['G1'], contributions: [{ to: 'pemda-2026#S3' }, { to: 'G1' }] });
    expect(c.result('U1')!.externalParent).toBeUndefined();
    expect(c.result('U2')!.previous).toBe('own-2025#U7');
    expect(c.children('G1').map((r) => r.id)).toEqual(['U1', 'U2']);
  });

  it('are written canonically: the own document part dropped, other documents kept', () => {
    const out = parseCascade(doc).toDocument().results;
    expect(out[0]).toEqual({ id: 'G1', level: 'goal', statement: 'a', parent: 'pemda-2026#S2' });
    expect(out[1]).toEqual({ id: 'U1', level: 'ultimate-outcome', statement: 'b', parent: 'G1', contributesTo: ['pemda-2026#S3', 'G1'] });
    expect(parseCascade(parseCascade(doc).toDocument()).equals(parseCascade(doc))).toBe(true);
  });

  it('without a document id are all external', () => {
    const c = parseCascade(base([{ id: 'G1', level: 'goal', statement: 'a', parent: 'own#X' }]));
    expect(c.result('G1')!.externalParent).toBe('own#X');
  });

  it('to this document are checked like plain ids (missing, self, cycle, level order)', () => {
    const results = [
      { id: 'G1', level: 'goal', statement: 'a', parent: 'own#X' },
      { id: 'U1', level: 'ultimate-outcome', statement: 'b', parent: 'own#U1' },
      { id: 'U2', level: 'ultimate-outcome', statement: 'c', contributesTo: [{ to: 'own#U3' }] },
      { id: 'U3', level: 'ultimate-outcome', statement: 'd', parent: 'own#U2', contributesTo: [{ to: 'own#G1', status: 'accepted' }] },
    ];
    expect(codes(base(results, { id: 'own' }))).toEqual([
      'missing-parent results[0].parent',
      'self-reference results[1].parent',
      'level-order results[2].contributesTo[0]',
      'cycle results[2].contributesTo[0]',
      'level-order results[3].parent',
    ]);
  });

  it('refuse malformed references', () => {
    expect(codes(base([{ id: 'G1', level: 'goal', statement: 'a', parent: 'a#b#c' }]))).toEqual(['invalid-reference results[0].parent']);
    expect(codes(base([{ id: 'G1', level: 'goal', statement: 'a', previous: '#x' }]))).toEqual(['invalid-reference results[0].previous']);
  });

  it('splitRef takes a reference apart', () => {
    expect(splitRef('pemda-2026#S2')).toEqual({ document: 'pemda-2026', id: 'S2' });
    expect(splitRef('S2')).toEqual({ document: undefined, id: 'S2' });
  });
});

describe('crosscutting entries with a status', () => {
  it('normalise the English aliases to the Indonesian statuses, keeping contributesTo a list of ids', () => {
    const c = parseCascade(
      base([
        { id: 'G1', level: 'goal', statement: 'a' },
        { id: 'G2', level: 'goal', statement: 'b' },
        { id: 'G3', level: 'goal', statement: 'c' },
        {
          id: 'U1',
          level: 'ultimate-outcome',
          statement: 'd',
          parent: 'G1',
          contributesTo: [
            { to: 'G2', status: 'accepted' },
            { to: 'G3', status: 'rejected', reason: 'bukan urusan kami' },
            { to: 'x#Y', status: 'proposed' },
            'G2',
          ],
        },
      ]),
    );
    const u1 = c.result('U1')!;
    expect(u1.contributesTo).toEqual(['G2', 'G3', 'G2']);
    expect(u1.contributions).toEqual([
      { to: 'G2', status: 'disetujui' },
      { to: 'G3', status: 'ditolak', reason: 'bukan urusan kami' },
      { to: 'x#Y', status: 'diusulkan' },
      { to: 'G2' },
    ]);
    expect(c.parents('U1').map((r) => r.id)).toEqual(['G1', 'G2', 'G3']);
    expect(c.toDocument().results[3]!.contributesTo).toEqual([
      { to: 'G2', status: 'disetujui' },
      { to: 'G3', status: 'ditolak', reason: 'bukan urusan kami' },
      { to: 'x#Y', status: 'diusulkan' },
      'G2',
    ]);
  });

  it('refuse an unknown status or key', () => {
    const doc = (entry: unknown) =>
      base([
        { id: 'G1', level: 'goal', statement: 'a' },
        { id: 'U1', level: 'ultimate-outcome', statement: 'b', parent: 'G1', contributesTo: [entry] },
      ]);
    expect(codes(doc({ to: 'G1', status: 'maybe' }))).toEqual(['invalid-value results[1].contributesTo[0].status']);
    expect(codes(doc({ to: 'G1', statu: 'disetujui' }))).toEqual(['unknown-key results[1].contributesTo[0].statu']);
    expect(codes(doc({ to: 'G9' }))).toEqual(['missing-contributes-to results[1].contributesTo[0]']);
  });
});

describe('owners and indicators', () => {
  const ind = {
    id: 'IK1',
    statement: 'Opini BPK atas laporan keuangan',
    iku: true,
    unit: 'Opini',
    scale: { WTP: 4, WDP: 3, TMP: 2, TW: 1 },
    targets: { '2026': 'WTP' },
    realisations: { '2025': 'WDP', '2026': { q1: 'WDP', q2: 'WTP' }, '2027': { m01: 1, m12: 2 }, '2028': {} },
    yearValue: 'last',
    realisationNotes: { '2026': { supportingFactors: 'a', inhibitingFactors: 'b', followUp: 'c', evidence: ['https://x/y'] } },
    owner: { unit: 'Sekretariat', position: 'Sekretaris', positionType: 'administrator', name: 'N', nip: '1970' },
    definition: 'd',
    formula: 'f',
    dataSource: 'ds',
    dataProvider: 'dp',
    frequency: 'tahunan',
  };

  it('read and write every field of the indicator manual and the realisations', () => {
    const doc = base([
      {
        id: 'G1',
        level: 'goal',
        statement: 'a',
        indicators: [ind],
        owner: { unit: 'u', positionType: 'jpt-pratama', name: 'n', nip: '1' },
      },
    ]);
    const c = parseCascade(doc);
    expect(c.toDocument()).toEqual(doc);
    expect(Object.keys(c.toDocument().results[0]!.indicators![0]!)).toEqual(Object.keys(ind));
    expect(Object.isFrozen(c.result('G1')!.indicators[0]!.realisations!['2026'])).toBe(true);
  });

  it('refuse a wrong position type, mixed quarters and months and a bad yearValue', () => {
    const doc = (patch: Record<string, unknown>) =>
      base([{ id: 'G1', level: 'goal', statement: 'a', indicators: [{ statement: 'i', ...patch }] }]);
    expect(codes(doc({ owner: { positionType: 'eselon-2' } }))).toEqual(['invalid-value results[0].indicators[0].owner.positionType']);
    expect(codes(doc({ realisations: { '2026': { q1: 1, m01: 2 } } }))).toEqual([
      'invalid-value results[0].indicators[0].realisations.2026',
    ]);
    expect(codes(doc({ yearValue: 'max' }))).toEqual(['invalid-value results[0].indicators[0].yearValue']);
    expect(codes(doc({ realisations: { '26': 1 } }))).toEqual(['invalid-year results[0].indicators[0].realisations.26']);
  });
});
