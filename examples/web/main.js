// The pokin web demo: read a pasted or uploaded document (YAML, JSON, CSV of the `results` shape,
// or .xlsx), show it in the interactive tree of @pokin/viewer beside the review of @pokin/core.
// Bundled by build.mjs (esbuild) into dist/main.js. Bahasa Indonesia first.
import { parse } from 'yaml';
import { CascadeError, review, safeParseCascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { parseCsv } from '@pokin/csv';
import { parseXlsx } from '@pokin/xlsx';
import { mount } from '@pokin/viewer';
import example from '../bkpsdm/pokin.yaml';

const $ = (id) => document.getElementById(id);
/** @type {import('@pokin/viewer').PokinTreeElement | undefined} */
let tree;
/**
 * A document loaded without text (an uploaded .xlsx, the generated sample tree): read instead of
 * the text box until the text changes. `{ status(locale), cascade(locale) }`.
 */
let loaded;

/** The page's own words, in Bahasa Indonesia (the default) and English. */
const WORDS = {
  id: {
    empty: 'Dokumen kosong: tempel atau unggah dokumen pokin.',
    yaml: (line, column, hint) => `YAML tidak valid di baris ${line}, kolom ${column}${hint ? `: ${hint}` : ''}.`,
    quote: (ch) => `tanda ${ch} di awal nilai harus diberi tanda kutip, misalnya unit: '${ch}'`,
    format: 'Dokumen tidak sesuai format pokin:',
    document: '(dokumen)',
    none: 'Tidak ada temuan.',
    head: ['Tingkat', 'Aturan', 'Kinerja', 'Pesan'],
    severity: { error: 'kesalahan', warning: 'peringatan', info: 'catatan' },
    summary: (n, f) => `${n.toLocaleString('id')} kinerja, ${f.toLocaleString('id')} temuan reviu.`,
    workbook: (name) => `Berkas ${name} dimuat (.xlsx). Ubah teks di atas untuk memakai teks lagi.`,
    generated: 'Pohon contoh 2.000 kinerja (dibuat otomatis)',
    generatedLoaded: 'Pohon contoh 2.000 kinerja dimuat. Ubah teks di atas untuk memakai teks lagi.',
  },
  en: {
    empty: 'The document is empty: paste or upload a pokin document.',
    yaml: (line, column, hint) => `Invalid YAML at line ${line}, column ${column}${hint ? `: ${hint}` : ''}.`,
    quote: (ch) => `a value starting with ${ch} must be quoted, e.g. unit: '${ch}'`,
    format: 'The document is not in the pokin format:',
    document: '(document)',
    none: 'No findings.',
    head: ['Severity', 'Rule', 'Result', 'Message'],
    severity: { error: 'error', warning: 'warning', info: 'info' },
    summary: (n, f) => `${n.toLocaleString('en')} results, ${f.toLocaleString('en')} review findings.`,
    workbook: (name) => `Loaded ${name} (.xlsx). Edit the text above to use the text again.`,
    generated: 'Sample tree of 2,000 results (generated)',
    generatedLoaded: 'Loaded the sample tree of 2,000 results. Edit the text above to use the text again.',
  },
};

/** True when pasted text looks like the CSV `results` shape (its header starts with result_id). */
const isCsv = (text) => /^\uFEFF?"?result_id"?[,;]/.test(text.trimStart());

/** Reads the document into a cascade, or throws an Error with a readable message. */
function readDocument(locale) {
  const w = WORDS[locale];
  if (loaded) return loaded.cascade(locale);
  const text = $('source').value;
  if (text.trim() === '') throw new Error(w.empty);
  if (isCsv(text)) return parseCsv(text);
  let data;
  try {
    data = parse(text, { prettyErrors: true });
  } catch (e) {
    const at = e?.linePos?.[0] ?? { line: 1, col: 1 };
    const ch = e?.code === 'BAD_SCALAR_START' ? /character (\S)/.exec(e.message)?.[1] : undefined;
    throw new Error(w.yaml(at.line, at.col, ch ? w.quote(ch) : ''));
  }
  const result = safeParseCascade(data, { locale });
  if (!result.success) {
    const error = result.error;
    const lines = error instanceof CascadeError ? error.issues.map((i) => `- ${i.path || w.document}: ${i.message}`) : [];
    throw new Error([w.format, ...lines].join('\n'));
  }
  return result.data;
}

/** The review as a table; a row selects its result in the tree. */
function reviewTable(diagnostics, locale) {
  const w = WORDS[locale];
  if (diagnostics.length === 0) {
    const p = document.createElement('p');
    p.textContent = w.none;
    return p;
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of w.head) {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const d of diagnostics) {
    const row = body.insertRow();
    if (d.resultId) row.dataset.result = d.resultId;
    const cells = [w.severity[d.severity], d.rule, d.resultId ?? '', d.message];
    cells.forEach((text, i) => {
      const td = row.insertCell();
      if (i === 2 && d.resultId) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'result-link';
        b.textContent = text;
        td.append(b);
      } else td.textContent = text;
      if (i === 0) td.className = d.severity;
    });
  }
  return table;
}

function show(cascade, locale) {
  const findings = review(cascade, { locale });
  const depth = $('depth').value;
  const options = {
    locale,
    findings,
    collapseDepth: depth === 'auto' ? 'auto' : Number(depth),
    layout: { showIndicators: $('showIndicators').checked },
  };
  if (tree && tree.isConnected) {
    tree.options = options;
    tree.cascade = cascade;
  } else {
    $('viewer').replaceChildren();
    tree = mount($('viewer'), cascade, options);
    tree.addEventListener('select', (e) => {
      for (const row of document.querySelectorAll('#review tr.selected')) row.classList.remove('selected');
      for (const row of document.querySelectorAll(`#review tr[data-result="${CSS.escape(e.detail.id ?? '')}"]`))
        row.classList.add('selected');
    });
  }
  $('summary').textContent = WORDS[locale].summary(cascade.size, findings.length);
  $('review').replaceChildren(reviewTable(findings, locale));
}

/** The language chosen on the page. */
const pageLocale = () => ($('locale').value === 'en' ? 'en' : 'id');

/** Reads documents from `source` (with its status line) instead of the text box, or the text box again. */
function load(source) {
  loaded = source;
  $('workbook').textContent = source?.status(pageLocale()) ?? '';
}

function render() {
  const error = $('error');
  const output = $('output');
  error.textContent = '';
  const locale = pageLocale();
  try {
    const cascade = readDocument(locale);
    if (loaded) $('workbook').textContent = loaded.status(locale);
    output.hidden = false;
    show(cascade, locale);
  } catch (e) {
    output.hidden = true;
    error.textContent = e instanceof Error ? e.message : String(e);
  }
}

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  render();
});
$('example').addEventListener('click', () => {
  load(undefined);
  $('source').value = example;
  render();
});
$('generated').addEventListener('click', () => {
  $('source').value = '';
  const sample = generateCascade({ results: 2000, seed: 2026, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02 });
  load({
    status: (locale) => WORDS[locale].generatedLoaded,
    // Its title in the language chosen.
    cascade: (locale) => safeParseCascade({ ...sample.toDocument(), title: WORDS[locale].generated }).data ?? sample,
  });
  render();
});
$('source').addEventListener('input', () => load(undefined));
$('review').addEventListener('click', (e) => {
  const id = e.target.closest?.('tr[data-result]')?.dataset.result;
  if (id && tree) tree.selected = id;
});
$('file').addEventListener('change', async () => {
  const file = $('file').files?.[0];
  if (!file) return;
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    $('source').value = '';
    load({ status: (l) => WORDS[l].workbook(file.name), cascade: () => parseXlsx(bytes).cascade });
  } else {
    load(undefined);
    $('source').value = await file.text();
  }
  render();
});
