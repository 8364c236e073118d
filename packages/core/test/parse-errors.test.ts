import { describe, expect, it } from 'vitest';
import { CascadeError, formatIssue, parseCascade, safeParseCascade, type CascadeIssue, type CascadeIssueCode } from '@pokin/core';

/** The issues of a document that must not parse. */
function issuesOf(input: unknown): readonly CascadeIssue[] {
  const r = safeParseCascade(input);
  if (r.success) throw new Error('expected the document to be rejected');
  expect(r.error).toBeInstanceOf(CascadeError);
  return r.error.issues;
}

const pairs = (issues: readonly CascadeIssue[]) => issues.map((i) => [i.code, i.path] as const);

const G = { id: 'G1', level: 'goal', statement: 'Meningkatnya tata kelola' };
const U = { id: 'U1', level: 'ultimate-outcome', statement: 'Meningkatnya kualitas ASN', parent: 'G1' };
const doc = (...results: unknown[]) => ({ pokin: 1, title: 'Uji', results: [G, U, ...results] });

describe('every structural problem together in one CascadeError', () => {
  // Two documents, because some problems exclude others: an empty `results` has no results to be
  // wrong, and an unknown level preset leaves no scheme to check levels against.
  const everything = {
    pokin: 2,
    titel: 'Uji',
    csf: [{ problem: 'p', desiredCondition: 'd', result: 'NOWHERE' }],
    results: [
      G,
      {
        ...U,
        indicators: [
          { id: 'K', statement: 'a' },
          { id: 'K', statement: 'b' },
        ],
      },
      { id: 'U1', level: 'ultimate-outcome', statement: 'Kembar', parent: 'G1' },
      { id: 'I1', level: 'intermediate-outcome', statement: 'Yatim', parent: 'NOPE' },
      { id: 'I2', level: 'intermediate-outcome', statement: 'Lintas', parent: 'U1', contributesTo: ['GHOST'] },
      { id: 'C1', level: 'output', statement: 'Lingkar 1', parent: 'C2' },
      { id: 'C2', level: 'output', statement: 'Lingkar 2', parent: 'C1' },
      { id: 'X1', level: 'kepala', statement: 'Tingkat asing', parent: 'G1' },
      { id: 'A1', level: 'goal', statement: 'Terbalik', parent: 'I2' },
      { id: 'S1', level: 'intermediate-outcome', statement: 'Melompat', parent: 'G1' },
      { id: 'R1', level: 'output', statement: 'Diri sendiri', parent: 'R1' },
      { id: 'K1', level: 'ultimate-outcome', statement: 'Salah ketik', parent: 'G1', parnet: 'G1' },
      { id: 'M1', level: 'immediate-outcome', statement: 'Sah', parent: 'I2' },
      { id: 'O1', level: 'output', statement: 'Sah, melewati outcome yang opsional', parent: 'M1' },
    ],
  };

  it('lists every problem of a document at once, each with its path', () => {
    const issues = issuesOf(everything);
    const expected: [CascadeIssueCode, string][] = [
      ['version', 'pokin'],
      ['unknown-key', 'titel'],
      ['required', 'title'],
      ['missing-csf-result', 'csf[0].result'],
      ['duplicate-indicator-id', 'results[1].indicators[1].id'],
      ['duplicate-id', 'results[2].id'],
      ['missing-parent', 'results[3].parent'],
      ['missing-contributes-to', 'results[4].contributesTo[0]'],
      ['cycle', 'results[5].parent'],
      ['unknown-level', 'results[7].level'],
      ['level-order', 'results[8].parent'],
      ['level-order', 'results[9].parent'],
      ['self-reference', 'results[10].parent'],
      ['unknown-key', 'results[11].parnet'],
    ];
    expect(pairs(issues)).toEqual(expect.arrayContaining(expected));
    // The skipped optional level of O1 and the sound results are not reported.
    expect(issues.filter((i) => /results\[(?:0|12|13)\]/.test(i.path))).toEqual([]);
    // Each path is in the error message too.
    const r = safeParseCascade(everything);
    if (r.success) throw new Error('unreachable');
    for (const [, path] of expected) expect(r.error.message).toContain(path);
    expect(r.error.message).toMatch(/^@pokin\/core parseCascade: \d+ problems in the document/);
  });

  it('orders the issues as they appear in the document', () => {
    const issues = issuesOf(everything);
    const order = ['pokin', 'titel', 'title', 'csf', 'results'];
    const rank = (i: CascadeIssue) => [
      Math.max(0, order.indexOf(String(i.segments[0]))),
      typeof i.segments[1] === 'number' ? i.segments[1] : -1,
    ];
    const ranks = issues.filter((i) => i.segments[0] === 'results' || i.segments[0] === 'csf').map(rank);
    const sorted = [...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(ranks).toEqual(sorted);
  });

  it('reports an empty results list with the other top-level problems', () => {
    const issues = issuesOf({ pokin: '1', title: '', levels: 'permenpan89', results: [] });
    expect(pairs(issues)).toEqual(
      expect.arrayContaining([
        ['version', 'pokin'],
        ['empty', 'title'],
        ['unknown-level-preset', 'levels'],
        ['no-results', 'results'],
      ]),
    );
  });

  it('throws the same issues from parseCascade', () => {
    let thrown: unknown;
    try {
      parseCascade(everything);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CascadeError);
    expect((thrown as CascadeError).issues).toEqual(issuesOf(everything));
  });
});

describe('each problem on its own', () => {
  const cases: [string, unknown, CascadeIssueCode, string, RegExp][] = [
    ['duplicate id', doc({ ...U, statement: 'lagi' }), 'duplicate-id', 'results[2].id', /duplicate id "U1" \(first used at results\[1\]\)/],
    [
      'missing parent',
      doc({ id: 'I1', level: 'intermediate-outcome', statement: 's', parent: 'Q' }),
      'missing-parent',
      'results[2].parent',
      /parent "Q" does not exist/,
    ],
    [
      'missing contributesTo target',
      doc({ id: 'I1', level: 'intermediate-outcome', statement: 's', parent: 'U1', contributesTo: ['U1', 'Q'] }),
      'missing-contributes-to',
      'results[2].contributesTo[1]',
      /contributesTo "Q" does not exist/,
    ],
    [
      'cycle',
      {
        pokin: 1,
        title: 't',
        levels: 'renstra',
        results: [
          { id: 'a', level: 'tujuan', statement: 's', parent: 'b' },
          { id: 'b', level: 'sasaran', statement: 's', parent: 'a' },
        ],
      },
      'cycle',
      'results[0].parent',
      /cycle: "a" -> "b" -> "a"/,
    ],
    [
      'unknown level',
      doc({ id: 'I1', level: 'sasaran', statement: 's', parent: 'U1' }),
      'unknown-level',
      'results[2].level',
      /level "sasaran" is not in the level scheme/,
    ],
    [
      'child above its parent',
      doc({ id: 'X', level: 'goal', statement: 's', parent: 'U1' }),
      'level-order',
      'results[2].parent',
      /cannot sit under/,
    ],
    [
      'child beside its parent',
      doc({ id: 'X', level: 'ultimate-outcome', statement: 's', parent: 'U1' }),
      'level-order',
      'results[2].parent',
      /cannot sit under/,
    ],
    [
      'crosscutting link to a lower level',
      doc(
        { id: 'I1', level: 'intermediate-outcome', statement: 's', parent: 'U1' },
        { id: 'I2', level: 'intermediate-outcome', statement: 's', parent: 'U1', contributesTo: ['I1'] },
      ),
      'level-order',
      'results[3].contributesTo[0]',
      /cannot sit under/,
    ],
    [
      'skipped non-optional level',
      doc({ id: 'M', level: 'immediate-outcome', statement: 's', parent: 'U1' }),
      'level-order',
      'results[2].parent',
      /result "M", "Immediate Outcome", skips the level "Intermediate Outcome" under its parent "U1"/,
    ],
    [
      'self-reference (parent)',
      doc({ id: 'S', level: 'output', statement: 's', parent: 'S' }),
      'self-reference',
      'results[2].parent',
      /own parent/,
    ],
    [
      'self-reference (contributesTo)',
      doc({ id: 'S', level: 'output', statement: 's', contributesTo: ['S'] }),
      'self-reference',
      'results[2].contributesTo[0]',
      /contribute to itself/,
    ],
    [
      'unknown key in a result',
      doc({ ...U, id: 'U2', parnet: 'G1' }),
      'unknown-key',
      'results[2].parnet',
      /unknown key "parnet" \(did you mean "parent"\?\)/,
    ],
    ['unknown key at the top', { ...doc(), titel: 'x' }, 'unknown-key', 'titel', /did you mean "title"/],
    [
      'unknown key in an indicator',
      doc({ ...U, id: 'U2', indicators: [{ statement: 's', satuan: '%' }] }),
      'unknown-key',
      'results[2].indicators[0].satuan',
      /unknown key "satuan"/,
    ],
    // Hints come from the keys of that object only: "name" and "id" belong elsewhere.
    ['unknown key with no near key at its level', { ...doc(), base: 'x' }, 'unknown-key', 'base', /^unknown key "base"$/],
    [
      'unknown key in an owner',
      doc({ ...U, id: 'U2', owner: { unti: 'Bidang' } }),
      'unknown-key',
      'results[2].owner.unti',
      /^unknown key "unti" \(did you mean "unit"\?\)$/,
    ],
    [
      'unknown key in a level',
      { ...doc(), levels: [{ key: 'goal', label: { id: 'G', en: 'G' }, tier: 'strategis', optinal: true }] },
      'unknown-key',
      'levels[0].optinal',
      /did you mean "optional"/,
    ],
    ['wrong pokin version', { ...doc(), pokin: 2 }, 'version', 'pokin', /unsupported format version 2/],
    ['missing pokin version', { title: 't', results: [G] }, 'version', 'pokin', /missing format version/],
    ['empty results', { pokin: 1, title: 't', results: [] }, 'no-results', 'results', /at least one result/],
    [
      'unknown preset',
      { ...doc(), levels: 'permenpan' },
      'unknown-level-preset',
      'levels',
      /unknown level scheme "permenpan"; presets: permenpan-89, renstra/,
    ],
    [
      'duplicate inline level key',
      {
        ...doc(),
        levels: [
          { key: 'a', label: { id: 'A', en: 'A' }, tier: 'strategis' },
          { key: 'a', label: { id: 'B', en: 'B' }, tier: 'urusan' },
        ],
      },
      'duplicate-level',
      'levels[1].key',
      /duplicate level key "a"/,
    ],
    [
      // (the level checks quote labels: one that is not text once made safeParseCascade throw)
      'a level label that is not text, with a level skipped',
      {
        pokin: 1,
        title: 't',
        levels: [
          { key: 'a', label: { id: null, en: 'A' }, tier: 'strategis' },
          { key: 'b', label: { id: 'B', en: 'B' }, tier: 'taktis' },
          { key: 'c', label: { id: 'C', en: 'C' }, tier: 'operasional' },
        ],
        results: [
          { id: 'A1', level: 'a', statement: 'x' },
          { id: 'C1', level: 'c', statement: 'y', parent: 'A1' },
        ],
      },
      'wrong-type',
      'levels[0].label.id',
      /expected string, got null/,
    ],
    ['invalid id', doc({ ...U, id: 'U 2' }), 'invalid-id', 'results[2].id', /letters, digits/],
    [
      'wrong type',
      doc({ ...U, id: 'U2', indicators: 'Persentase' }),
      'wrong-type',
      'results[2].indicators',
      /expected array, got "Persentase"/,
    ],
    ['missing statement', doc({ id: 'U2', level: 'ultimate-outcome', parent: 'G1' }), 'required', 'results[2].statement', /required/],
    [
      'polarity',
      doc({ ...U, id: 'U2', indicators: [{ statement: 's', polarity: 'naik' }] }),
      'invalid-value',
      'results[2].indicators[0].polarity',
      /./,
    ],
    [
      'baseline without a value',
      doc({ ...U, id: 'U2', indicators: [{ statement: 's', baseline: { year: 2024 } }] }),
      'required',
      'results[2].indicators[0].baseline.value',
      /^required$/,
    ],
    [
      'baseline value of a wrong type',
      doc({ ...U, id: 'U2', indicators: [{ statement: 's', baseline: { year: 2024, value: [1] } }] }),
      'invalid-value',
      'results[2].indicators[0].baseline.value',
      /^a list is not a valid value here$/,
    ],
    [
      'target year',
      doc({ ...U, id: 'U2', indicators: [{ statement: 's', targets: { '25': 1 } }] }),
      'invalid-year',
      'results[2].indicators[0].targets.25',
      /four digits/,
    ],
    ['period order', { ...doc(), period: { start: 2029, end: 2025 } }, 'period-order', 'period.end', /must not be before/],
    ['not an object', 'pokin: 1', 'not-object', '', /a pokin document is an object, got "pokin: 1"/],
  ];

  it.each(cases)('%s', (_name, input, code, path, message) => {
    const issues = issuesOf(input);
    const found = issues.find((i) => i.code === code && i.path === path);
    expect(found, JSON.stringify(pairs(issues))).toBeDefined();
    expect(found!.message).toMatch(message);
    expect(found!.segments.join('.')).toBe(path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, ''));
  });

  // Regression (fast-check counterexample): the cycle was rotated wrongly when the walk entered it
  // at a result other than its first in document order, and parsing threw a TypeError.
  it('reports a cycle entered from outside and from its middle', () => {
    const issues = issuesOf({
      pokin: 1,
      title: '',
      results: [{ contributesTo: ['c'] }, { id: 'a', parent: 'c' }, { id: 'c', contributesTo: ['a'] }],
    });
    expect(issues.filter((i) => i.code === 'cycle').map((i) => [i.path, i.message])).toEqual([
      ['results[1].parent', 'cycle: "a" -> "c" -> "a"'],
    ]);
    const three = issuesOf({
      pokin: 1,
      title: 't',
      levels: 'renstra',
      results: [
        { id: 'x', level: 'kegiatan', statement: 's', parent: 'c' },
        { id: 'a', level: 'tujuan', statement: 's', contributesTo: ['b'] },
        { id: 'b', level: 'sasaran', statement: 's', parent: 'c' },
        { id: 'c', level: 'program', statement: 's', parent: 'a' },
      ],
    });
    expect(three.filter((i) => i.code === 'cycle').map((i) => [i.path, i.message])).toEqual([
      ['results[1].contributesTo[0]', 'cycle: "a" -> "b" -> "c" -> "a"'],
    ]);
  });

  it('says how to mend a skipped level that is not optional, in both languages', () => {
    const r = safeParseCascade(doc({ id: 'M', level: 'immediate-outcome', statement: 's', parent: 'U1' }));
    const issue = r.success ? undefined : r.error.issues[0]!;
    expect(formatIssue(issue!, 'id')).toMatch(
      /hanya level opsional yang boleh dilompati: tambahkan kinerja level tersebut di antaranya, atau tuliskan susunan level dokumen sendiri dengan level itu opsional/,
    );
    expect(formatIssue(issue!, 'en')).toMatch(
      /only optional levels may be skipped: add the result in between, or write the document's own levels with that level optional/,
    );
  });

  it('accepts a skip over an optional level and a crosscutting link across several levels', () => {
    const c = parseCascade(
      doc(
        { id: 'I1', level: 'intermediate-outcome', statement: 's', parent: 'U1' },
        { id: 'M1', level: 'immediate-outcome', statement: 's', parent: 'I1' },
        { id: 'O1', level: 'output', statement: 's', parent: 'M1', contributesTo: ['G1', 'U1'] },
      ),
    );
    expect(c.parents('O1').map((r) => r.id)).toEqual(['M1', 'G1', 'U1']);
  });

  it('accepts results listed before their parents', () => {
    const c = parseCascade({ pokin: 1, title: 't', results: [U, G] });
    expect(c.roots().map((r) => r.id)).toEqual(['G1']);
  });

  it('says a level or a parent that names nothing once, not also as a malformed id', () => {
    const r = safeParseCascade(
      doc(
        { id: 'I1', level: 'outcome antara', statement: 's', parent: 'U1' },
        { id: 'O1', level: 'output', statement: 's', parent: 'G 1', contributesTo: ['U 1'] },
      ),
    );
    expect(r.success).toBe(false);
    const found = r.success ? [] : r.error.issues.map((i) => `${i.code} ${i.path}`);
    expect(found).toContain('unknown-level results[2].level');
    expect(found).toContain('missing-parent results[3].parent');
    expect(found).toContain('missing-contributes-to results[3].contributesTo[0]');
    expect(found.filter((f) => f.startsWith('invalid-id') || f.startsWith('invalid-reference'))).toEqual([]);
  });

  it('still says a malformed id that names no other result', () => {
    const r = safeParseCascade(doc({ ...U, id: 'U 2' }));
    expect(r.success ? [] : r.error.issues.map((i) => i.code)).toEqual(['invalid-id']);
  });
});
