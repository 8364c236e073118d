// Quick benchmark of @pokin/csv against papaparse's unparse of the same rows.
// Run after building core and csv: node packages/csv/scripts/bench.mjs [results=100000]
import Papa from 'papaparse';
import { generateCascade } from '@pokin/core/testing';
import { renderCsv, parseCsv } from '@pokin/csv';

const n = Number(process.argv[2] ?? 100_000);
const cascade = generateCascade({ results: n, seed: 1 });

/** The same rows renderCsv writes (raw values, no neutralisation), as papaparse would get them. */
function rows(c) {
  const years = [...new Set(c.results().flatMap((r) => r.indicators.flatMap((i) => Object.keys(i.targets ?? {}))))].sort();
  const out = [
    [
      'result_id',
      'parent_id',
      'contributes_to',
      'level',
      'statement',
      'indicator_id',
      'indicator',
      'unit',
      'polarity',
      'baseline_year',
      'baseline_value',
      ...years.map((y) => `target_${y}`),
      'owner_unit',
      'owner_position',
      'owner_agency',
      'budget_program',
      'budget_activity',
      'budget_sub_activity',
      'notes',
    ],
  ];
  for (const r of c.results()) {
    const tail = [
      r.owner?.unit ?? '',
      r.owner?.position ?? '',
      r.owner?.agency ?? '',
      r.budget?.program ?? '',
      r.budget?.activity ?? '',
      r.budget?.subActivity ?? '',
      r.notes ?? '',
    ];
    const head = [r.id, r.parent ?? '', r.contributesTo.join(';'), r.level, r.statement];
    if (r.indicators.length === 0) out.push([...head, '', '', '', '', '', '', ...years.map(() => ''), ...tail]);
    for (const i of r.indicators) {
      out.push([
        ...head,
        i.id ?? '',
        i.statement,
        i.unit ?? '',
        i.polarity ?? '',
        i.baseline?.year ?? '',
        i.baseline?.value ?? '',
        ...years.map((y) => i.targets?.[y] ?? ''),
        ...tail,
      ]);
    }
  }
  return out;
}

function time(label, f, runs = 5) {
  let best = Infinity;
  let value;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    value = f();
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${label.padEnd(44)} ${best.toFixed(0).padStart(6)} ms`);
  return { best, value };
}

const table = rows(cascade);
console.log(`${n} results, ${table.length - 1} rows, ${table[0].length} columns`);
const ours = time('renderCsv results (rfc4180)', () => renderCsv(cascade));
time('renderCsv results (excel-id)', () => renderCsv(cascade, { profile: 'excel-id' }));
time('renderCsv worksheet', () => renderCsv(cascade, { shape: 'worksheet' }));
const papa = time('papaparse unparse, same rows (CRLF)', () => Papa.unparse(table, { newline: '\r\n' }));
const papaSafe = time('papaparse unparse, escapeFormulae: true', () => Papa.unparse(table, { newline: '\r\n', escapeFormulae: true }));
console.log(
  `ratio renderCsv / unparse: ${(ours.best / papa.best).toFixed(2)} (with escapeFormulae: ${(ours.best / papaSafe.best).toFixed(2)})`,
);
console.log(`output ${(ours.value.length / 1e6).toFixed(1)} M chars`);
time('parseCsv results', () => parseCsv(ours.value), 3);
time('papaparse parse only, same text', () => Papa.parse(ours.value), 3);
