// The pokin web example: parse a pasted or uploaded document, draw it with @pokin/svg and show the
// review from @pokin/core. Bundled by build.mjs (esbuild) into dist/main.js.
import { parse } from 'yaml';
import { CascadeError, review, safeParseCascade } from '@pokin/core';
import { createCanvasMeasurer, renderSvg } from '@pokin/svg';
import example from '../bkpsdm/pokin.yaml';

const $ = (id) => document.getElementById(id);
let downloadUrl;

/** Reads YAML (JSON is YAML too) into a cascade, or throws an Error with a readable message. */
function readDocument(text) {
  if (text.trim() === '') throw new Error('Dokumen kosong: tempel atau unggah dokumen pokin.');
  let data;
  try {
    data = parse(text);
  } catch (e) {
    throw new Error(`YAML tidak valid: ${e instanceof Error ? e.message : String(e)}`);
  }
  const result = safeParseCascade(data);
  if (!result.success) {
    const error = result.error;
    const lines = error instanceof CascadeError ? error.issues.map((i) => `- ${i.path ? i.path + ': ' : ''}${i.message}`) : [];
    throw new Error(['Dokumen tidak sesuai format pokin:', ...lines].join('\n') || error.message);
  }
  return result.data;
}

function reviewTable(diagnostics, locale) {
  if (diagnostics.length === 0) {
    const p = document.createElement('p');
    p.textContent = locale === 'en' ? 'No findings.' : 'Tidak ada temuan.';
    return p;
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of locale === 'en' ? ['Severity', 'Rule', 'Result', 'Message'] : ['Tingkat', 'Aturan', 'Kinerja', 'Pesan']) {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const d of diagnostics) {
    const row = body.insertRow();
    const cells = [d.severity, d.rule, d.resultId ?? '', d.message];
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
    const cascade = readDocument($('source').value);
    const locale = $('locale').value === 'en' ? 'en' : 'id';
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
