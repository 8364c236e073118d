/**
 * Issue 22: every function of the review that reads document text is linear. Each runs on 1 MB
 * adversarial strings (long runs of spaces, dots, separators and near-matches of the patterns it
 * uses) within a fixed, generous budget; a quadratic pattern takes minutes on these inputs. The
 * whole review runs on documents built to flood its maps and loops: repeated crosscutting ids,
 * long agency names, many near-identical statements and a 1 MB statement.
 */
import { describe, expect, it } from 'vitest';
import { parseCascade, parseIndonesianNumber, readValue, review } from '@pokin/core';
import { directionOfWords } from '../../packages/core/src/review/direction';
import { stem } from '../../packages/core/src/review/lexicon/stem';
import { contentWords, stemSet } from '../../packages/core/src/review/lexicon/tokens';
import { levelRole } from '../../packages/core/src/review/levels';
import {
  classifyHead,
  compoundPredicate,
  countedNoun,
  findLookalikes,
  findSuspiciousCharacters,
  isAllCaps,
  measureForm,
  normalizeStatement,
  quote,
  redundantPair,
  statementForm,
  unitKey,
  unitKind,
} from '../../packages/core/src/review/text.utils';

/** Milliseconds any one call may take on 1 MB; linear code takes a few, a quadratic pattern minutes. */
const BUDGET_MS = 2000;
const MB = 1 << 20;
const fill = (unit: string, head = '', tail = ''): string =>
  head + unit.repeat(Math.ceil((MB - head.length - tail.length) / unit.length)) + tail;

const INPUTS: Readonly<Record<string, string>> = {
  spaces: fill(' ', '1', 'x'),
  dots: fill('.', 'Dokumen', 'x'),
  'dots and spaces': fill('. ', '75', '%x'),
  commas: fill('1,', '', 'x'),
  'digits then text': fill('1', '', ' persenx'),
  'range separators': fill('1-', '', 'x'),
  's.d.': fill('1 s.d. ', '', 'x'),
  'one long word': fill('a', 'ter', 'nyax'),
  'dan ber repeated': fill('dan beraaa ', 'Meningkatnya '),
  'me- verbs': fill('mengelola ', 'Meningkatnya '),
  capitals: fill('ASNX ', 'MENINGKATNYA '),
  'cyrillic mix': fill('Тest ', 'Kinerja '),
  diacritics: fill('AŚN ', ''),
  'combining marks': fill('a\u0301', 'b'),
  'zero-width': fill('\u200B', 'a'),
  slashes: fill('/ ', 'nilai'),
  'pe-an words': fill('pengelolaan ', ''),
  'waktu tepat': fill('waktu tepat ', 'Persentase '),
};

/** CPU milliseconds of one call (this file runs in its own process), so a loaded machine does not fail it. */
const timed = (fn: () => unknown): number => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};

/**
 * The functions, each with the text it reads: the input itself, or (`normalised`) the input after
 * `normalizeStatement`, as the review passes it. The normalised texts are made once, outside the
 * timed calls: each function's budget counts its own work, and `normalizeStatement` has its own row.
 */
const FUNCTIONS: Readonly<Record<string, { fn: (s: string) => unknown; normalised?: true }>> = {
  normalizeStatement: { fn: normalizeStatement },
  statementForm: { fn: statementForm, normalised: true },
  classifyHead: { fn: (s) => classifyHead(s.toLowerCase(), '') },
  redundantPair: { fn: redundantPair, normalised: true },
  compoundPredicate: { fn: compoundPredicate, normalised: true },
  measureForm: { fn: measureForm, normalised: true },
  countedNoun: { fn: countedNoun, normalised: true },
  unitKind: { fn: (s) => unitKind(s) },
  unitKey: { fn: unitKey },
  readValue: { fn: (s) => readValue(s) },
  parseIndonesianNumber: { fn: parseIndonesianNumber },
  findLookalikes: { fn: findLookalikes },
  findSuspiciousCharacters: { fn: findSuspiciousCharacters },
  isAllCaps: { fn: isAllCaps },
  stem: { fn: (s) => stem(s.toLowerCase()) },
  contentWords: { fn: contentWords, normalised: true },
  stemSet: { fn: (s) => stemSet(s, true), normalised: true },
  directionOfWords: { fn: (s) => directionOfWords(s, 'jumlah'), normalised: true },
  quote: { fn: (s) => quote(s) },
  levelRole: { fn: (s) => levelRole({ key: 'x', label: { id: s, en: s }, tier: 'taktis' }) },
};

const NORMALISED = new Map<string, string>();
/** `normalizeStatement(text)`, made once per input. */
const normalised = (text: string): string => {
  let n = NORMALISED.get(text);
  if (n === undefined) NORMALISED.set(text, (n = normalizeStatement(text)));
  return n;
};

describe('text-reading functions of the review on 1 MB adversarial strings', () => {
  it.each(Object.keys(FUNCTIONS))('%s stays within the budget on every input', (name) => {
    const { fn, normalised: onNormalised } = FUNCTIONS[name]!;
    for (const [input, text] of Object.entries(INPUTS)) {
      const arg = onNormalised ? normalised(text) : text;
      const ms = timed(() => fn(arg));
      expect(ms, `${name} on ${input}: ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
    }
  });
});

const LEVELS = [
  { key: 'goal', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
  { key: 'ultimate-outcome', label: { id: 'Sasaran', en: 'Objective' }, tier: 'urusan', optional: true },
  { key: 'intermediate-outcome', label: { id: 'Intermediate Outcome', en: 'Intermediate Outcome' }, tier: 'taktis', optional: true },
  { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },
];
const base = (results: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  pokin: 1,
  title: 'Uji',
  period: { start: 2025, end: 2027 },
  levels: LEVELS,
  results,
  ...extra,
});
const ind = (
  statement: string | undefined,
  unit: string | undefined = 'Dokumen',
  targets: Record<string, unknown> = { '2025': 1, '2026': 2, '2027': 3 },
) => ({
  statement,
  unit,
  targets,
});

describe('the whole review on documents built to flood it', () => {
  it('a 1 MB statement, indicator and unit', () => {
    const doc = base([
      {
        id: 'G',
        level: 'goal',
        statement: INPUTS['dan ber repeated'],
        indicators: [ind(INPUTS['me- verbs'], INPUTS.dots, { '2025': INPUTS.spaces })],
      },
      {
        id: 'O',
        level: 'output',
        statement: INPUTS['pe-an words'],
        parent: 'G',
        indicators: [ind(INPUTS['waktu tepat'], INPUTS.slashes)],
      },
    ]);
    const cascade = parseCascade(doc);
    expect(timed(() => review(cascade))).toBeLessThan(BUDGET_MS * 2);
  });

  it('100,000 repeated crosscutting ids on one result', () => {
    const results: Record<string, unknown>[] = [
      {
        id: 'G',
        level: 'goal',
        statement: 'Meningkatnya Kualitas Layanan Publik Daerah',
        indicators: [ind('Indeks kepuasan masyarakat', 'Indeks')],
      },
    ];
    for (let i = 0; i < 50; i++)
      results.push({
        id: `P${i}`,
        level: 'ultimate-outcome',
        statement: `Meningkatnya Kualitas Layanan Publik Daerah ${'kata '.repeat(200)}${i}`,
        parent: 'G',
        indicators: [ind('Indeks kepuasan masyarakat', 'Indeks')],
      });
    results.push({
      id: 'X',
      level: 'intermediate-outcome',
      statement: `Meningkatnya Kualitas Layanan Publik Daerah ${'kata '.repeat(200)}`,
      parent: 'P0',
      contributesTo: Array.from({ length: 100_000 }, (_, k) => `P${k % 50}`),
      owner: { agency: 'Dinas Lain '.repeat(2000) },
      indicators: [ind('Indeks kepuasan masyarakat', 'Indeks')],
    });
    const cascade = parseCascade(base(results, { agency: { name: 'Badan '.repeat(20_000) } }));
    expect(timed(() => review(cascade))).toBeLessThan(BUDGET_MS * 2);
  });

  it('20,000 results with near-identical statements and indicators (map keys, not pairwise scans)', () => {
    const results: Record<string, unknown>[] = [
      { id: 'G', level: 'goal', statement: 'Meningkatnya Kualitas Tata Kelola', indicators: [ind('Indeks tata kelola', 'Indeks')] },
    ];
    for (let i = 0; i < 20_000; i++) {
      results.push({
        id: `O${i}`,
        level: 'output',
        statement: `Tersedianya Dokumen Perencanaan ${i % 7 === 0 ? 'Daerah' : 'Dinas'}`,
        parent: 'G',
        indicators: Array.from({ length: 3 }, () => ind('Jumlah dokumen perencanaan')),
      });
    }
    const cascade = parseCascade(base(results));
    // Linear work on 20,000 results takes a second or two; pairwise scans of the 60,000 indicators take minutes.
    expect(timed(() => review(cascade))).toBeLessThan(BUDGET_MS * 15);
  });
});
