/** Helpers for the rule folders' accept and reject cases: a clean document and ways to spoil it. */
import { cleanDocument, docOf, res, type Doc } from './review-fixtures';
import type { RuleTestCase } from './rule-tester';

export { cleanDocument, docOf, res };
export type { Doc };

export const mut = (fn: (d: Doc) => void) => (): Doc => {
  const d = cleanDocument();
  fn(d);
  return d;
};
export const clean = (): Doc => cleanDocument();
export const drop = (d: Doc, ...ids: string[]) => {
  d.results = d.results.filter((r) => !ids.includes(r.id));
};
export const firstInd = (d: Doc, id: string): Record<string, any> => res(d, id).indicators[0];
/** Every indicator of a document, in document order (for mutation). */
export const allIndicators = (d: Doc): Record<string, any>[] => d.results.flatMap((r) => (r.indicators ?? []) as Record<string, any>[]);
/** The clean document with result `id`'s first indicator given `fields`. */
export const withFirst = (id: string, fields: Record<string, unknown>) => mut((d) => Object.assign(firstInd(d, id), fields));
/** The clean document with result `id`'s first indicator given `fields` and no stated polarity. */
export const unpolarised = (id: string, fields: Record<string, unknown>) =>
  mut((d) => {
    const i = firstInd(d, id);
    Object.assign(i, fields);
    delete i.polarity;
  });

export const threeLevels = [
  { key: 'goal', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
  { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },
  { key: 'detail', label: { id: 'Rincian', en: 'Detail' }, tier: 'operasional' },
];
export const withScheme = (withChild: boolean) => (): Doc =>
  docOf(
    [
      {
        id: 'G',
        level: 'goal',
        statement: 'Meningkatnya Kualitas Layanan',
        indicators: [{ statement: 'Indeks kepuasan layanan', unit: 'Indeks' }],
      },
      {
        id: 'O',
        level: 'output',
        statement: 'Tersedianya Sistem Layanan Daring',
        parent: 'G',
        indicators: [{ statement: 'Jumlah sistem layanan', unit: 'Sistem' }],
      },
      {
        id: 'O2',
        level: 'output',
        statement: 'Tersedianya Panduan Layanan Daring',
        parent: 'G',
        indicators: [{ statement: 'Jumlah panduan layanan', unit: 'Dokumen' }],
      },
      ...(withChild
        ? [
            {
              id: 'D',
              level: 'detail',
              statement: 'Tersedianya Server Layanan Daring',
              parent: 'O',
              indicators: [{ statement: 'Jumlah server', unit: 'Unit' }],
            },
          ]
        : []),
    ],
    { levels: threeLevels },
  );

export const crossAgency = (owner: Record<string, string>) => (): Doc => {
  const d = cleanDocument();
  d.results.push({
    id: 'X',
    level: 'output',
    statement: 'Tersedianya Data Penerima Bantuan Kesehatan',
    parent: 'M',
    contributesTo: ['M2'],
    indicators: [
      {
        id: 'X.1',
        statement: 'Jumlah data penerima bantuan',
        unit: 'Dokumen',
        polarity: 'up',
        baseline: { year: 2024, value: 1 },
        targets: { '2025': 1, '2026': 1, '2027': 1 },
      },
    ],
    owner,
  });
  return d;
};

/**
 * A Renstra chain on the `renstra` scheme: tujuan T, sasaran S under it, program P under S with
 * `program` as its statement, and kegiatan K under P when `kegiatan` is given.
 */
export const renstraChain = (program: string, kegiatan?: string) => (): Doc =>
  docOf(
    [
      { id: 'T', level: 'tujuan', statement: 'Meningkatnya akuntabilitas kinerja perangkat daerah' },
      { id: 'S', level: 'sasaran', parent: 'T', statement: 'Meningkatnya kualitas perencanaan daerah' },
      { id: 'P', level: 'program', parent: 'S', statement: program },
      ...(kegiatan === undefined ? [] : [{ id: 'K', level: 'kegiatan', parent: 'P', statement: kegiatan }]),
    ],
    { levels: 'renstra' },
  );

/* ------------------------------------------------------------------------------------------------
 * Statements and case tables: the cases of the statement, owner and indicator-wording rules.
 * --------------------------------------------------------------------------------------------- */

/** The clean document with result `id` given (a copy of) `fields`, as {@link withFirst} gives its first indicator. */
export const withResult = (id: string, fields: Record<string, unknown>) => mut((d) => Object.assign(res(d, id), structuredClone(fields)));

/** The clean document with result `id` stating `statement`. */
export const withStatement = (id: string, statement: string) => withResult(id, { statement });

/** The clean document with each result named in `statements` (by id) stating its statement. */
export const withStatements = (statements: Record<string, string>) =>
  mut((d) => {
    for (const [id, statement] of Object.entries(statements)) res(d, id).statement = statement;
  });

/** A Renstra of sasaran S1 stating `sasaran` and a program (`programId`, P1 unless said) under it stating `program`. */
export const sasaranWithProgram =
  (sasaran: string, program: string, programId = 'P1') =>
  (): Doc =>
    docOf(
      [
        { id: 'S1', level: 'sasaran', statement: sasaran },
        { id: programId, level: 'program', parent: 'S1', statement: program },
      ],
      { levels: 'renstra' },
    );

/** A document on the `renstra` scheme holding (a copy of) `results` and nothing else: no period, agency or context. */
export const renstraOnly = (title: string, results: Record<string, unknown>[]) => (): Record<string, unknown> => ({
  pokin: 1,
  title,
  levels: 'renstra',
  results: structuredClone(results),
});

/** What a case expects beside its document: `where`, `says`, `count`, `entry`, `options`. */
export type CaseExpect = Omit<RuleTestCase, 'name' | 'doc'>;

/** A row of a case table: the case's name, the value that makes its document, and what it alone expects. */
export type CaseRow<T> = readonly [name: string, value: T, expect?: CaseExpect];

/**
 * The cases of a table whose rows differ in one value: each row's document is `make(value)`, and
 * each case expects `expect` (the whole table's) and then its row's own.
 */
export const tableCases = <T>(make: (value: T) => RuleTestCase['doc'], rows: readonly CaseRow<T>[], expect: CaseExpect = {}) =>
  rows.map(([name, value, own]): RuleTestCase => ({ name, doc: make(value), ...expect, ...own }));

/** The cases of a table of statements: in each, result `id` of the clean document states its row's statement. */
export const statementCases = (id: string, rows: readonly CaseRow<string>[], expect: CaseExpect = {}) =>
  tableCases((statement) => withStatement(id, statement), rows, expect);

/* ------------------------------------------------------------------------------------------------
 * Plans and realisations: the indicator values that the target and capaian rules' cases set.
 * --------------------------------------------------------------------------------------------- */

/** Values for consecutive years from `first`: `byYear(2025, 55, 60)` is `{ '2025': 55, '2026': 60 }`. */
export const byYear = (first: number, ...values: unknown[]): Record<string, unknown> =>
  Object.fromEntries(values.map((value, k) => [String(first + k), value]));

/**
 * An indicator's plan: its kondisi awal `start` in `year`, then a target for each following year.
 * `plan(2024, 50, 55, 60)` is `{ baseline: { year: 2024, value: 50 }, targets: { '2025': 55, '2026': 60 } }`.
 */
export const plan = (year: number, start: unknown, ...targets: unknown[]) => ({
  baseline: { year, value: start },
  targets: byYear(year + 1, ...targets),
});

/** {@link plan} for an indicator stated higher-is-better. */
export const planUp = (year: number, start: unknown, ...targets: unknown[]) => ({ polarity: 'up', ...plan(year, start, ...targets) });

/** The clean document with result `id`'s first indicator realised as `realisations` and given `fields`. */
export const realised = (id: string, realisations: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
  withFirst(id, { realisations, ...fields });

/** The clean document with result `id`'s first indicator stated as `statement` in `unit`, and given `fields`. */
export const statedAs = (id: string, statement: string, unit: string, fields: Record<string, unknown> = {}) =>
  withFirst(id, { statement, unit, ...fields });

/** Like {@link statedAs}, with no stated polarity. */
export const statedUnpolarised = (id: string, statement: string, unit: string, fields: Record<string, unknown> = {}) =>
  unpolarised(id, { statement, unit, ...fields });

/** The clean document with result `id`'s first indicator given `fields` and no kondisi awal or targets of its own. */
export const unplanned = (id: string, fields: Record<string, unknown>) =>
  mut((d) => {
    const i = firstInd(d, id);
    delete i.baseline;
    delete i.targets;
    Object.assign(i, fields);
  });

/** The target and realisation of 2025, the pair a capaian is worked out from: `capaian(55, 44)` is 80 %. */
export const capaian = (target: unknown, realisation: unknown) => ({ targets: { '2025': target }, realisations: { '2025': realisation } });

/**
 * The clean document with result `id`'s first indicator stated as `statement` in `unit`, with targets only: `targets`
 * for the years from 2025, its polarity and baseline set to undefined, and further `fields`.
 */
export const targetsOnly = (id: string, statement: string, unit: string, targets: unknown[], fields: Record<string, unknown> = {}) =>
  withFirst(id, { statement, unit, polarity: undefined, baseline: undefined, targets: byYear(2025, ...targets), ...fields });

/** A Renstra chain down to program `program` whose one indicator is `statement` in `unit`. */
export const programIk = (program: string, statement: string, unit: string) => () => {
  const d = renstraChain(program)();
  res(d, 'P').indicators = [{ statement, unit }];
  return d;
};
/** A Renstra chain down to kegiatan `kegiatan` (under `program`) whose one indicator is `statement` in `unit`. */
export const kegiatanIk = (program: string, kegiatan: string, statement: string, unit: string) => () => {
  const d = renstraChain(program, kegiatan)();
  res(d, 'K').indicators = [{ statement, unit }];
  return d;
};

/**
 * The cases of a table written as text, one case a line, `result id | statement | unit | name`:
 * in each, that result's first indicator of the clean document is stated so ({@link statedAs}).
 */
export const statedRows = (table: string, expect: CaseExpect = {}): RuleTestCase[] =>
  table
    .trim()
    .split('\n')
    .map((line) => {
      const [id, statement, unit, name] = line.split(' | ').map((cell) => cell.trim()) as [string, string, string, string];
      return { name, doc: statedAs(id, statement, unit), ...expect };
    });

/** Result M (an outcome) stating `statement`, measured by indicators named `iks`. */
export const twoConditions = (statement: string, iks: string[], agency?: string) =>
  mut((d) => {
    const m = res(d, 'M');
    m.statement = statement;
    m.indicators = iks.map((ik) => ({ statement: ik, unit: 'indeks', targets: { '2025': 70, '2026': 71 } }));
    if (agency !== undefined) d.agency = { name: agency };
  });
