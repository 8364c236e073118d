import { messages, type LocalizedText, type RuleFamily } from '@pokin/core';
import { cleanDocument, docOf, res, type Doc } from './review-fixtures';

/** A rule's minimal bad case (it fires) and good case (it does not). */
export interface RuleCase {
  readonly rule: string;
  readonly family: RuleFamily;
  /** Short name of the case. */
  readonly name: string;
  readonly bad: () => Doc;
  readonly good: () => Doc;
  /** When set, only diagnostics on this result count. */
  readonly where?: string;
  /** The message the bad case reports (from the catalogue). */
  readonly message?: LocalizedText;
}

const mut = (fn: (d: Doc) => void) => (): Doc => {
  const d = cleanDocument();
  fn(d);
  return d;
};
const clean = (): Doc => cleanDocument();
const drop = (d: Doc, ...ids: string[]) => {
  d.results = d.results.filter((r) => !ids.includes(r.id));
};
const firstInd = (d: Doc, id: string): Record<string, any> => res(d, id).indicators[0];

const threeLevels = [
  { key: 'goal', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
  { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },
  { key: 'detail', label: { id: 'Rincian', en: 'Detail' }, tier: 'operasional' },
];
const withScheme = (withChild: boolean) => (): Doc =>
  docOf(
    [
      { id: 'G', level: 'goal', statement: 'Meningkatnya Kualitas Layanan', indicators: [{ statement: 'Indeks kepuasan layanan', unit: 'Indeks' }] },
      { id: 'O', level: 'output', statement: 'Tersedianya Sistem Layanan Daring', parent: 'G', indicators: [{ statement: 'Jumlah sistem layanan', unit: 'Sistem' }] },
      { id: 'O2', level: 'output', statement: 'Tersedianya Panduan Layanan Daring', parent: 'G', indicators: [{ statement: 'Jumlah panduan layanan', unit: 'Dokumen' }] },
      ...(withChild
        ? [{ id: 'D', level: 'detail', statement: 'Tersedianya Server Layanan Daring', parent: 'O', indicators: [{ statement: 'Jumlah server', unit: 'Unit' }] }]
        : []),
    ],
    { levels: threeLevels },
  );

const crossAgency = (owner: Record<string, string>) => (): Doc => {
  const d = cleanDocument();
  d.results.push({
    id: 'X',
    level: 'output',
    statement: 'Tersedianya Data Penerima Bantuan Kesehatan',
    parent: 'M',
    contributesTo: ['M2'],
    indicators: [{ id: 'X.1', statement: 'Jumlah data penerima bantuan', unit: 'Dokumen', polarity: 'up', baseline: { year: 2024, value: 1 }, targets: { '2025': 1, '2026': 1, '2027': 1 } }],
    owner,
  });
  return d;
};

export const CASES: readonly RuleCase[] = [
  // structure
  { rule: 'indicator-missing', family: 'structure', name: 'output without IK', bad: mut((d) => delete res(d, 'O0a').indicators), good: clean, message: messages.indicatorMissing() },
  { rule: 'leaf-not-output', family: 'structure', name: 'immediate outcome without outputs', bad: mut((d) => drop(d, 'O3a', 'O3b')), good: clean, message: messages.leafNotOutput({ level: 'Immediate Outcome' }) },
  { rule: 'output-has-children', family: 'structure', name: 'output with a detail below', bad: withScheme(true), good: withScheme(false), message: messages.outputHasChildren({ level: 'Output', count: 1 }) },
  { rule: 'orphan-result', family: 'structure', name: 'immediate outcome without parent', bad: mut((d) => delete res(d, 'M4').parent), good: clean, message: messages.orphanResult({ level: 'Immediate Outcome', top: 'Goal / Ultimate Outcome' }) },
  { rule: 'single-child', family: 'structure', name: 'intermediate outcome with one immediate outcome', where: 'I', bad: mut((d) => drop(d, 'M2', 'O1a', 'O1b')), good: clean, message: messages.singleChild({ child: 'M' }) },
  // statement
  { rule: 'outcome-as-activity', family: 'statement', name: '"Pelaksanaan ..." as an outcome', bad: mut((d) => (res(d, 'I').statement = 'Pelaksanaan Pelayanan Kesehatan Dasar')), good: clean, message: messages.outcomeAsActivity({ head: 'Pelaksanaan' }) },
  { rule: 'outcome-as-output', family: 'statement', name: '"Tersedianya ..." as an outcome', bad: mut((d) => (res(d, 'M').statement = 'Tersedianya Layanan Puskesmas')), good: clean, message: messages.outcomeAsOutput({ head: 'Tersedianya' }) },
  { rule: 'outcome-not-condition', family: 'statement', name: 'a bare noun phrase as an outcome', bad: mut((d) => (res(d, 'M').statement = 'Mutu Layanan Puskesmas')), good: mut((d) => (res(d, 'M').statement = 'Mutu Layanan Puskesmas yang Baik')), message: messages.outcomeNotCondition() },
  { rule: 'output-as-activity', family: 'statement', name: '"Penyusunan ..." as an output', bad: mut((d) => (res(d, 'O0a').statement = 'Penyusunan Dokumen Standar Layanan Puskesmas')), good: clean, message: messages.outputAsActivity({ head: 'Penyusunan' }) },
  { rule: 'output-as-outcome', family: 'statement', name: '"Meningkatnya ..." as an output', bad: mut((d) => (res(d, 'O0b').statement = 'Meningkatnya Kapasitas Petugas Puskesmas')), good: clean, message: messages.outputAsOutcome({ head: 'Meningkatnya' }) },
  { rule: 'statement-as-problem', family: 'statement', name: '"Rendahnya ..." as a result', bad: mut((d) => (res(d, 'M').statement = 'Rendahnya Mutu Layanan Puskesmas')), good: mut((d) => (res(d, 'M').statement = 'Tingginya Partisipasi Masyarakat dalam Posyandu')), message: messages.statementAsProblem({ head: 'Rendahnya' }) },
  { rule: 'redundant-wording', family: 'statement', name: '"Terlaksananya Pelaksanaan"', bad: mut((d) => (res(d, 'O0b').statement = 'Terlaksananya Pelaksanaan Pembinaan Petugas Puskesmas')), good: clean, message: messages.redundantWording({ first: 'Terlaksananya', second: 'Pelaksanaan' }) },
  { rule: 'compound-statement', family: 'statement', name: 'two changes in one statement', bad: mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Layanan dan Menurunnya Keluhan Pasien')), good: clean, message: messages.compoundStatement({ second: 'menurunnya' }) },
  { rule: 'statement-length', family: 'statement', name: 'a one-word statement', bad: mut((d) => (res(d, 'O0a').statement = 'Dokumen')), good: clean, message: messages.statementTooShort({ words: 1 }) },
  // duplicates
  { rule: 'duplicate-sibling', family: 'duplicates', name: 'siblings differing in case and punctuation', bad: mut((d) => (res(d, 'O0b').statement = 'tersedianya  dokumen standar-layanan PUSKESMAS.')), good: clean, message: messages.duplicateSibling({ other: 'O0a' }) },
  { rule: 'duplicate-statement', family: 'duplicates', name: 'the same output in two branches', bad: mut((d) => (res(d, 'O1a').statement = res(d, 'O0a').statement)), good: clean, message: messages.duplicateStatement({ other: 'O0a' }) },
  { rule: 'child-restates-parent', family: 'duplicates', name: 'a child with its parent\'s content', bad: mut((d) => (res(d, 'M').statement = 'Terwujudnya Cakupan Pelayanan Kesehatan Dasar')), good: clean, message: messages.childRestatesParent({ parent: 'I' }) },
  {
    rule: 'indicator-copied-from-parent',
    family: 'duplicates',
    name: 'a child with its parent\'s IK',
    bad: mut((d) => (firstInd(d, 'M').statement = 'Persentase  puskesmas terakreditasi.')),
    good: clean,
    message: messages.indicatorCopiedFromParent({ parent: 'I', indicator: 'M.1 "Persentase puskesmas terakreditasi."' }),
  },
  {
    rule: 'duplicate-indicator',
    family: 'duplicates',
    name: 'one IK twice',
    bad: mut((d) => res(d, 'O0a').indicators.push({ ...firstInd(d, 'O0a'), id: 'O0a.2' })),
    good: clean,
    message: messages.duplicateIndicator({ indicator: 'O0a.2 "Jumlah dokumen standar layanan puskesmas"', first: 0 }),
  },
  // indicator
  { rule: 'indicator-as-statement', family: 'indicator', name: 'IK "Meningkatnya ..."', bad: mut((d) => (firstInd(d, 'M').statement = 'Meningkatnya mutu layanan puskesmas')), good: clean, message: messages.indicatorAsStatement({ head: 'Meningkatnya' }) },
  { rule: 'outcome-indicator-output', family: 'indicator', name: 'outcome IK "Jumlah dokumen ..."', bad: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Jumlah dokumen mutu layanan', unit: 'Dokumen' })), good: clean, message: messages.outcomeIndicatorOutput({ deliverable: 'dokumen' }) },
  { rule: 'outcome-indicator-count', family: 'indicator', name: 'outcome IK "Jumlah kunjungan ..."', bad: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Jumlah kunjungan pasien', unit: 'Orang' })), good: clean, message: messages.outcomeIndicatorCount() },
  { rule: 'output-indicator-rate', family: 'indicator', name: 'output IK "Persentase ..."', bad: mut((d) => Object.assign(firstInd(d, 'O0a'), { statement: 'Persentase dokumen standar yang tersusun', unit: '%' })), good: clean, message: messages.outputIndicatorRate({ head: 'Persentase' }) },
  { rule: 'unit-mismatch', family: 'indicator', name: '"Persentase" in "orang"', bad: mut((d) => (firstInd(d, 'I').unit = 'orang')), good: clean, message: messages.unitMismatch({ head: 'Persentase', unit: 'orang', expected: 'percent' }) },
  { rule: 'unit-missing', family: 'indicator', name: 'one IK without unit', bad: mut((d) => delete firstInd(d, 'O0a').unit), good: clean, message: messages.unitMissing() },
  // target
  { rule: 'targets-missing', family: 'target', name: 'one IK without targets', bad: mut((d) => delete firstInd(d, 'O0a').targets), good: clean, message: messages.targetsMissing() },
  { rule: 'baseline-missing', family: 'target', name: 'one IK without baseline', bad: mut((d) => delete firstInd(d, 'O0a').baseline), good: clean, message: messages.baselineMissing() },
  { rule: 'target-year-missing', family: 'target', name: 'no 2026 target', bad: mut((d) => delete firstInd(d, 'O0a').targets['2026']), good: clean, message: messages.targetYearMissing({ years: [2026] }) },
  { rule: 'target-outside-period', family: 'target', name: 'a 2030 target', bad: mut((d) => (firstInd(d, 'O0a').targets['2030'] = 80)), good: clean, message: messages.targetOutsidePeriod({ years: ['2030'], start: 2025, end: 2027 }) },
  { rule: 'baseline-after-target', family: 'target', name: 'baseline in the first target year', bad: mut((d) => (firstInd(d, 'O0a').baseline.year = 2025)), good: clean, message: messages.baselineAfterTarget({ baselineYear: 2025, firstYear: '2025' }) },
  {
    rule: 'target-against-polarity',
    family: 'target',
    name: 'an up indicator whose target drops',
    bad: mut((d) => (firstInd(d, 'I').targets = { '2025': 55, '2026': 50, '2027': 65 })),
    good: clean,
    message: messages.targetAgainstPolarity({ polarity: 'up', year: '2026', value: '50', prevYear: '2025', prevValue: '55' }),
  },
  {
    rule: 'target-worse-than-baseline',
    family: 'target',
    name: 'an up indicator with targets below the baseline',
    bad: mut((d) => (firstInd(d, 'I').baseline.value = 70)),
    good: clean,
    message: messages.targetWorseThanBaseline({ polarity: 'up', year: '2025', value: '55', baseline: '70' }),
  },
  { rule: 'polarity-missing', family: 'target', name: 'targets without polarity', bad: mut((d) => delete firstInd(d, 'I').polarity), good: clean, message: messages.polarityMissing() },
  { rule: 'percentage-out-of-range', family: 'target', name: 'a 120 % target', bad: mut((d) => (firstInd(d, 'I').targets['2027'] = 120)), good: clean, message: messages.percentageOutOfRange({ where: '2027', value: '120' }) },
  // text
  { rule: 'all-caps', family: 'text', name: 'a statement in capitals', bad: mut((d) => (res(d, 'M').statement = 'MENINGKATNYA MUTU LAYANAN PUSKESMAS')), good: mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Layanan RSUD dan UPTD')), message: messages.allCaps({ field: messages.fieldName({ field: 'statement' }) }) },
  {
    rule: 'mixed-script',
    family: 'text',
    name: 'a Cyrillic Т in a Latin word',
    bad: mut((d) => (res(d, 'O0a').statement = '\u0422ersedianya Dokumen Standar Layanan Puskesmas')),
    good: clean,
    message: messages.mixedScript({ field: messages.fieldName({ field: 'statement' }), word: '\u0422ersedianya', suggestion: 'Tersedianya', characters: '"\u0422" (U+0422) → "T"' }),
  },
  { rule: 'suspicious-character', family: 'text', name: 'a zero-width space', bad: mut((d) => (res(d, 'O0a').statement = 'Tersedianya Dokumen\u200B Standar Layanan Puskesmas')), good: clean, message: messages.suspiciousCharacter({ field: messages.fieldName({ field: 'statement' }), characters: 'U+200B' }) },
  // crosscutting
  {
    rule: 'crosscutting-owner-missing',
    family: 'crosscutting',
    name: 'a link from another agency without unit or position',
    bad: crossAgency({ agency: 'Dinas Sosial' }),
    good: crossAgency({ agency: 'Dinas Sosial', unit: 'Bidang Perlindungan dan Jaminan Sosial' }),
    message: messages.crosscuttingOwnerMissing({ target: 'M2', agency: 'Dinas Sosial', targetAgency: 'Dinas Kesehatan' }),
  },
  { rule: 'crosscutting-redundant', family: 'crosscutting', name: 'contributesTo names the parent', bad: mut((d) => (res(d, 'O0a').contributesTo = ['M'])), good: clean, message: messages.crosscuttingRedundant({ target: 'M' }) },
  { rule: 'owner-missing', family: 'crosscutting', name: 'one result without owner', bad: mut((d) => delete res(d, 'O0a').owner), good: clean, message: messages.ownerMissing() },
  // csf
  {
    rule: 'csf-unrealised',
    family: 'csf',
    name: 'a desired condition no result realises',
    bad: mut((d) => d.csf!.push({ problem: 'Rendahnya kemandirian masyarakat', desiredCondition: 'Meningkatnya Kemandirian Masyarakat' })),
    good: mut((d) => d.csf!.push({ problem: 'Rendahnya mutu layanan', desiredCondition: 'Meningkatnya mutu layanan puskesmas' })),
    message: messages.csfUnrealised({ condition: '"Meningkatnya Kemandirian Masyarakat"' }),
  },
  {
    rule: 'csf-result-mismatch',
    family: 'csf',
    name: 'a CSF naming a result that says something else',
    bad: mut((d) => (d.csf![0]!.result = 'U')),
    good: clean,
    message: messages.csfResultMismatch({ condition: '"Meningkatnya Derajat Kesehatan Masyarakat"', result: 'U', statement: '"Menurunnya Angka Kesakitan Penduduk"' }),
  },
];
