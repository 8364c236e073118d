// The pokin web example: parse a pasted or uploaded document, draw it with @pokin/svg and show the
// review from @pokin/core. Bundled by build.mjs (esbuild) into dist/main.js.
import { parse } from 'yaml';
import { CascadeError, review, safeParseCascade } from '@pokin/core';
import { createCanvasMeasurer, renderSvg } from '@pokin/svg';
import example from '../bkpsdm/pokin.yaml';

const $ = (id) => document.getElementById(id);
let downloadUrl;

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
  },
};

/** Reads YAML (JSON is YAML too) into a cascade, or throws an Error with a readable message. */
function readDocument(text, locale) {
  const w = WORDS[locale];
  if (text.trim() === '') throw new Error(w.empty);
  let data;
  try {
    data = parse(text, { prettyErrors: true });
  } catch (e) {
    const at = e?.linePos?.[0] ?? { line: 1, col: 1 };
    const ch = e?.code === 'BAD_SCALAR_START' ? /character (\S)/.exec(e.message)?.[1] : undefined;
    throw new Error(w.yaml(at.line, at.col, ch ? w.quote(ch) : ''));
  }
  const result = safeParseCascade(data);
  if (!result.success) {
    const error = result.error;
    const lines = error instanceof CascadeError ? error.issues.map((i) => `- ${i.path || w.document}: ${i.message}`) : [];
    throw new Error([w.format, ...lines].join('\n'));
  }
  return result.data;
}

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
    const cells = [w.severity[d.severity], d.rule, d.resultId ?? '', d.message];
    cells.forEach((text, i) => {
      const td = row.insertCell();
      td.textContent = text;
      if (i === 0) td.className = d.severity;
    });
  }
  return table;
}

function render() {
  const error = $('error');
  const output = $('output');
  error.textContent = '';
  try {
    const locale = $('locale').value === 'en' ? 'en' : 'id';
    const cascade = readDocument($('source').value, locale);
    const options = { locale, showIndicators: $('showIndicators').checked, stackLeaves: $('stackLeaves').checked };
    if ($('canvas').checked) options.measurer = createCanvasMeasurer(document.createElement('canvas').getContext('2d'));
    const svg = renderSvg(cascade, options);
    // Parse as XML and import the node: the SVG is a standalone document, not HTML.
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    $('diagram').replaceChildren(document.importNode(doc.documentElement, true));
    $('review').replaceChildren(reviewTable(review(cascade, { locale }), locale));
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    $('download').href = downloadUrl;
    $('download').hidden = false;
    output.hidden = false;
  } catch (e) {
    output.hidden = true;
    $('download').hidden = true;
    error.textContent = e instanceof Error ? e.message : String(e);
  }
}

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  render();
});
$('example').addEventListener('click', () => {
  $('source').value = example;
  render();
});
$('file').addEventListener('change', async () => {
  const file = $('file').files?.[0];
  if (!file) return;
  $('source').value = await file.text();
  render();
});
