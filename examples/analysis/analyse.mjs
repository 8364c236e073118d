#!/usr/bin/env node
// Reads every pokin tree (.yaml, .yml, .json) under a folder, reviews each one, and writes a summary
// per agency: results per tier, indicators, and findings per rule, as CSV and as a Markdown table.
//
//   node analyse.mjs <folder> [--out <dir>] [--locale id|en]
//
// Writes <dir>/summary.csv, <dir>/summary.md and <dir>/findings.csv (one row per finding: file,
// agency, result, rule, severity, message). <dir> defaults to the current folder. A file that does
// not parse is listed in findings.csv under the rule "parse" and counted in the "unreadable" column;
// the others are still analysed. Needs: npm install @pokin/core yaml
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { TIERS, review, safeParseCascade } from '@pokin/core';
import { parse as parseYaml } from 'yaml';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: '.' }, locale: { type: 'string', default: 'id' } },
});
if (positionals.length !== 1) {
  console.error('usage: node analyse.mjs <folder> [--out <dir>] [--locale id|en]');
  process.exit(2);
}
const folder = positionals[0];

/** Every tree file under the folder, sorted so the output is stable. */
const files = readdirSync(folder, { recursive: true })
  .map(String)
  .filter((f) => /\.(?:ya?ml|json)$/i.test(f))
  .sort();

/** agency name -> running totals */
const agencies = new Map();
const findings = [];
const rulesSeen = new Set();

function totals(name) {
  let t = agencies.get(name);
  if (!t) {
    t = {
      agency: name,
      files: 0,
      unreadable: 0,
      results: 0,
      tiers: Object.fromEntries(TIERS.map((k) => [k, 0])),
      indicators: 0,
      severities: { error: 0, warning: 0, info: 0 },
      rules: {},
    };
    agencies.set(name, t);
  }
  return t;
}

for (const file of files) {
  const path = join(folder, file);
  const name = relative(folder, path);
  let input;
  try {
    const text = readFileSync(path, 'utf8');
    input = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    input = { error: e };
  }
  const parsed = input?.error ? null : safeParseCascade(input);
  if (!parsed?.success) {
    // Unreadable: count it under the agency it names, if it names one, and go on with the others.
    const t = totals(input?.agency?.name ?? input?.title ?? basename(file));
    t.files += 1;
    t.unreadable += 1;
    const problems = parsed ? parsed.error.issues.map((i) => `${i.path}: ${i.message}`) : [String(input.error.message)];
    for (const message of problems) findings.push({ file: name, agency: t.agency, result: '', rule: 'parse', severity: 'error', message });
    continue;
  }
  const cascade = parsed.data;
  const t = totals(cascade.agency?.name ?? cascade.title);
  t.files += 1;
  for (const r of cascade.results()) {
    t.results += 1;
    t.tiers[cascade.tier(r.id)] += 1;
    t.indicators += r.indicators?.length ?? 0;
  }
  for (const d of review(cascade, { locale: values.locale })) {
    t.severities[d.severity] += 1;
    t.rules[d.rule] = (t.rules[d.rule] ?? 0) + 1;
    rulesSeen.add(d.rule);
    findings.push({ file: name, agency: t.agency, result: d.resultId ?? '', rule: d.rule, severity: d.severity, message: d.message });
  }
}

const rules = [...rulesSeen].sort();
const header = [
  'agency',
  'files',
  'unreadable',
  'results',
  ...TIERS.map((k) => `tier_${k}`),
  'indicators',
  'errors',
  'warnings',
  'infos',
  ...rules.map((r) => `rule_${r}`),
];
const rows = [...agencies.values()]
  .sort((a, b) => a.agency.localeCompare(b.agency))
  .map((t) => [
    t.agency,
    t.files,
    t.unreadable,
    t.results,
    ...TIERS.map((k) => t.tiers[k]),
    t.indicators,
    t.severities.error,
    t.severities.warning,
    t.severities.info,
    ...rules.map((r) => t.rules[r] ?? 0),
  ]);

/** RFC 4180 cell: quoted when needed; a text a spreadsheet would run as a formula gets a leading '. */
const csvCell = (v) => {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csv = (table) => table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
const mdCell = (v) => String(v).replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'summary.csv'), csv([header, ...rows]));
writeFileSync(
  join(values.out, 'summary.md'),
  [
    `| ${header.map(mdCell).join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
  ].join('\n') + '\n',
);
const findingHeader = ['file', 'agency', 'result', 'rule', 'severity', 'message'];
writeFileSync(join(values.out, 'findings.csv'), csv([findingHeader, ...findings.map((f) => findingHeader.map((k) => f[k]))]));

console.log(
  `${files.length} files, ${agencies.size} agencies, ${findings.length} findings -> ${join(values.out, 'summary.csv')}, summary.md, findings.csv`,
);
process.exitCode = [...agencies.values()].some((t) => t.unreadable > 0) ? 1 : 0;
