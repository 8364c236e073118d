// Writes docs/rules.md (English) and docs/aturan.md (Bahasa Indonesia) from the rules' metadata
// (built package), the hand-written explanations in rules-prose.json, the regulation's passages each
// regulation rule rests on (rules-passages.json, quoted in the heads) and the heads. Run after a build:
//   pnpm --filter @pokin/core build && node packages/core/scripts/rules-docs.mjs
// `--check` compares instead of writing (test/docs/rules-docs.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { BUILTIN_RULES, WORKSPACE_RULES } from '../dist/index.js';

// The rules of one document, then the rules of a workspace (many documents).
const RULES = [...BUILTIN_RULES, ...WORKSPACE_RULES];

const root = new URL('../../../', import.meta.url);
const prose = JSON.parse(readFileSync(new URL('./rules-prose.json', import.meta.url), 'utf8'));
const passages = JSON.parse(readFileSync(new URL('./rules-passages.json', import.meta.url), 'utf8'));
const corpus = JSON.parse(readFileSync(new URL('test/corpus/results.json', root), 'utf8'));
const pct = (x) => `${(100 * x).toFixed(1)} %`;

const CATEGORY = {
  structure: ['Structure', 'Struktur pohon'],
  statement: ['Statements', 'Rumusan pernyataan kinerja'],
  duplicates: ['Duplicates', 'Pengulangan'],
  indicator: ['Indicators', 'Indikator kinerja (IK)'],
  target: ['Targets and baselines', 'Target dan kondisi awal'],
  text: ['Text damage', 'Kerusakan teks'],
  crosscutting: ['Crosscutting', 'Crosscutting'],
  cascading: ['Cascading to positions (Langkah 5)', 'Cascading ke jabatan (Langkah 5)'],
  csf: ['Context and CSF (Langkah 1 and 2)', 'Konteks dan CSF (Langkah 1 dan 2)'],
  realisation: ['Realisation and capaian (monev)', 'Realisasi dan capaian (monev)'],
  workspace: ['Workspace (many documents)', 'Workspace (banyak dokumen)'],
};
const BASIS = {
  regulation: ['regulation (PermenPAN-RB 89/2021)', 'regulasi (PermenPAN-RB 89/2021)'],
  practice: ['evaluator practice', 'praktik evaluator'],
};

function optionsOf(rule) {
  const schema = rule.meta.options;
  if (schema === undefined) return undefined;
  return schema.parse({});
}

const WORKSPACE_INTRO = {
  en: 'These rules run only in `reviewWorkspace(ws)` (`pokin review FOLDER --workspace`), over the documents of a workspace read together (see [workspaces](workspace.md)); the review of one document does not run them.',
  id: 'Aturan ini hanya berjalan dalam `reviewWorkspace(ws)` (`pokin review FOLDER --workspace`), atas dokumen-dokumen satu workspace yang dibaca bersama (lihat [workspace](workspace.md)); reviu satu dokumen tidak menjalankannya.',
};

/** A rule's basis, with the regulation's passages it rests on (quoted in the heads' passages section). */
function basis(m, lang) {
  const en = lang === 'en';
  const text = BASIS[m.basis ?? 'practice'][en ? 0 : 1];
  const entry = passages[m.id];
  // A basis written out whole (a related passage, or none found), else the passages of a regulation rule.
  if (entry?.basis !== undefined) return entry.basis[lang];
  const p = entry?.[lang];
  return p === undefined ? text : `${text.slice(0, -1)}; ${en ? 'passage' : 'kutipan'}: ${p})`;
}

function sections(lang) {
  const en = lang === 'en';
  const out = [];
  let category = '';
  for (const rule of RULES) {
    const m = rule.meta;
    if (WORKSPACE_RULES.includes(rule)) {
      // The workspace rules stand under one heading, whatever their category.
      if (category !== 'workspace') {
        category = 'workspace';
        out.push(`## ${CATEGORY.workspace[en ? 0 : 1]}`, '', WORKSPACE_INTRO[lang], '');
      }
    } else if (m.category !== category) {
      category = m.category;
      out.push(`## ${CATEGORY[category]?.[en ? 0 : 1] ?? category}`, '');
    }
    out.push(`### ${m.id}`, '');
    out.push(`- ${en ? 'Default severity' : 'Tingkat bawaan'}: **${m.defaultSeverity}**`);
    out.push(`- ${en ? 'Basis' : 'Dasar'}: ${basis(m, lang)}`);
    out.push(`- ${en ? 'Checks' : 'Memeriksa'}: ${m.description[en ? 'en' : 'id']}`);
    if (en) out.push(`- *Memeriksa:* ${m.description.id}`);
    const opts = optionsOf(rule);
    if (opts !== undefined) {
      out.push(
        `- ${en ? 'Options (defaults)' : 'Opsi (bawaan)'}: ${Object.entries(opts)
          .map(([k, v]) => `\`${k}\` = ${JSON.stringify(v)}`)
          .join(', ')}`,
      );
    }
    out.push(`- ${en ? 'Messages' : 'Pesan'}:`);
    for (const [id, t] of Object.entries(m.messages)) out.push(`  - \`${id}\`: ${en ? t.en : t.id}`);
    out.push('');
    if (en && prose[m.id] !== undefined) out.push(prose[m.id], '');
  }
  return out.join('\n');
}

const table = (lang) =>
  [
    lang === 'en' ? '| rule | default | basis | what it checks |' : '| aturan | bawaan | dasar | yang diperiksa |',
    '|---|---|---|---|',
    ...RULES.map(
      (r) =>
        `| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.defaultSeverity} | ${lang === 'en' ? (r.meta.basis ?? 'practice') : (r.meta.basis ?? 'practice') === 'regulation' ? 'regulasi' : 'praktik'} | ${r.meta.description[lang]} |`,
    ),
  ].join('\n');

const figures = (lang) => {
  const t = corpus.total;
  return lang === 'en'
    ? `On the annotated corpus (\`test/corpus/\`, ${corpus.files.length} trees of different agency types), the review with its default options finds **${t.tp}** of the annotated defects and reports **${t.fp}** false findings: precision **${pct(t.precision)}**, coverage **${pct(t.coverage)}** (the suite prints these figures and writes \`test/corpus/results.json\`).`
    : `Pada korpus beranotasi (\`test/corpus/\`, ${corpus.files.length} pohon dari berbagai jenis instansi), reviu dengan opsi bawaan menemukan **${t.tp}** temuan yang dianotasi dan **${t.fp}** temuan keliru: presisi **${pct(t.precision)}**, cakupan **${pct(t.coverage)}**.`;
};

const head = (lang) => readFileSync(new URL(`packages/core/scripts/rules-${lang}.head.md`, root), 'utf8');

// `--check`: write nothing, and exit 1 naming each file that differs from what would be written.
const check = process.argv.includes('--check');
let stale = 0;
for (const [lang, file] of [
  ['en', 'docs/rules.md'],
  ['id', 'docs/aturan.md'],
]) {
  const text = `${`${head(lang).replace('{{figures}}', figures(lang)).replace('{{table}}', table(lang))}\n${sections(lang)}`.trimEnd()}\n`;
  if (!check) writeFileSync(new URL(file, root), text);
  else if (readFileSync(new URL(file, root), 'utf8') !== text) {
    process.stderr.write(`${file} is not what packages/core/scripts/rules-docs.mjs writes: run it after a build\n`);
    stale++;
  }
}
process.exitCode = stale === 0 ? 0 : 1;
