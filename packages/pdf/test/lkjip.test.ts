/**
 * The LKjIP capaian table as PDF, from the illustrative capaian example: sound (qpdf), Arimo
 * embedded, the figures of the HTML table in the text a PDF reader extracts, and deterministic.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { renderLkjipPdf } from '@pokin/pdf';
import { pdfFonts, pdfText, qpdfCheck, skipWithoutPdfTools, squash, tempPdf } from './support.js';

const CAPAIAN = fileURLToPath(new URL('../../../examples/bkpsdm-capaian/pokin.yaml', import.meta.url));
const cascade = parseCascade(parse(readFileSync(CAPAIAN, 'utf8')));

describe.skipIf(skipWithoutPdfTools())('renderLkjipPdf', () => {
  it('prints the sasaran, IK, target, realisasi and capaian of the year, deterministic', () => {
    const a = renderLkjipPdf(cascade, { year: 2025 });
    expect(Buffer.from(a).equals(Buffer.from(renderLkjipPdf(cascade, { year: 2025 })))).toBe(true);
    const path = tempPdf(a);
    qpdfCheck(path);
    expect(pdfFonts(path).every((f) => f.embedded)).toBe(true);
    const text = squash(pdfText(path));
    expect(text).toContain('CAPAIAN KINERJA TAHUN 2025');
    expect(text).toContain('Meningkatnya Kualitas Tata Kelola Manajemen ASN');
    // G1.1: target 236,66, realisation 230,27, capaian 97,30 %; the document's 88,45 %.
    for (const v of ['236,66', '230,27', '97,30 %', '260,66 (2029)', '88,34 %']) expect(text).toContain(v);
    expect(text).toContain('Capaian keseluruhan 2025: 88,45 % (41 dari 41 IK terukur)');
  });

  it('in English, as of a period', () => {
    const text = squash(pdfText(tempPdf(renderLkjipPdf(cascade, { year: 2025, period: 'q2', locale: 'en' }))));
    expect(text).toContain('PERFORMANCE ACHIEVEMENT 2025');
    expect(text).toContain('to Quarter 2');
    expect(text).not.toContain('q2');
    for (const v of ['236.66', '216.45', '91.46 %']) expect(text).toContain(v);
  });

  it('heads the English capaian column without breaking "Achievement"', () => {
    const text = squash(pdfText(tempPdf(renderLkjipPdf(cascade, { year: 2025, locale: 'en' }), 'lkjip-en.pdf'), 1, 1));
    expect(text).toContain('Achievement 2025');
  });

  it('never leaves the document capaian alone on a page, however many rows the table has', () => {
    for (let n = 8; n <= 40; n++) {
      const ik = (i: number) => ({
        statement: `Jumlah keluaran nomor ${i}`,
        unit: 'dokumen',
        targets: { '2025': 10 },
        realisations: { '2025': 9 },
      });
      const chain = [
        { id: 'G1', level: 'goal', statement: 'Meningkatnya kinerja', indicators: [ik(0)] },
        { id: 'UO1', level: 'ultimate-outcome', parent: 'G1', statement: 'Meningkatnya layanan', indicators: [ik(0)] },
        { id: 'IO1', level: 'intermediate-outcome', parent: 'UO1', statement: 'Meningkatnya mutu', indicators: [ik(0)] },
        { id: 'IM1', level: 'immediate-outcome', parent: 'IO1', statement: 'Meningkatnya akses', indicators: [ik(0)] },
      ];
      const outputs = Array.from({ length: n }, (_, i) => ({
        id: `OP${i + 1}`,
        level: 'output',
        parent: 'IM1',
        statement: `Tersedianya keluaran ${i + 1}`,
        indicators: [ik(i + 1)],
      }));
      const tree = parseCascade({ pokin: 1, title: 'Uji', period: { start: 2025, end: 2029 }, results: [...chain, ...outputs] });
      const pages = pdfText(tempPdf(renderLkjipPdf(tree, { year: 2025 }), `lkjip-${n}.pdf`)).split('\f');
      const last = pages.find((p) => p.includes('Capaian keseluruhan'));
      expect(last, `${n} outputs`).toContain('Jumlah keluaran');
    }
  });
});
