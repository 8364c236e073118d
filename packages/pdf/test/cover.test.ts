// The cover with its signature block, and crosscutting links between pages as labelled references.
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { renderPdfWithPlan } from '@pokin/pdf';
import { bkpsdm, pdfText, skipWithoutPdfTools, squash, tempPdf } from './support.js';

describe.skipIf(skipWithoutPdfTools())('cover and references', () => {
  it('prints the signature block from the document signatory, with the date in words', () => {
    const doc = {
      ...bkpsdm().toDocument(),
      signatory: {
        place: 'Kota Contoh',
        date: '2026-01-15',
        name: 'Dr. Siti Rahmawati, S.H., M.Si.',
        position: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        nip: '19750312 200003 2 004',
      },
    };
    const { bytes } = renderPdfWithPlan(parseCascade(doc), { paper: 'A4', orientation: 'portrait' });
    const cover = squash(pdfText(tempPdf(bytes), 1));
    for (const s of [
      'Kota Contoh, 15 Januari 2026',
      'Kepala Badan Kepegawaian',
      'Dr. Siti Rahmawati, S.H., M.Si.',
      'NIP 19750312 200003 2 004',
      'Kinerja Strategis',
      'Periode 2025–2029',
    ])
      expect(cover).toContain(s);
  });

  it('lists the contents with the page each part starts on', () => {
    const { bytes, plan } = renderPdfWithPlan(bkpsdm(), { paper: 'A4', orientation: 'portrait' });
    const cover = squash(pdfText(tempPdf(bytes), 1));
    const treeStart = plan.sections.indexOf('treeSection') + 1;
    expect(cover).toContain(`Langkah 3: Pohon kinerja ${treeStart}`);
  });

  it('writes a crosscutting link whose ends are on different pages as a reference naming the page', () => {
    const cascade = generateCascade({ results: 150, seed: 11, crosscutting: 0.15 });
    const { bytes, plan } = renderPdfWithPlan(cascade, {
      paper: 'A4',
      orientation: 'portrait',
      sections: { cover: false, context: false, csf: false, worksheet: false },
    });
    const pageOf = new Map(plan.treePages.flatMap((p) => p.results.map((r) => [r.id, p.number] as const)));
    const crossing = cascade
      .results()
      .flatMap((r) => r.contributesTo.filter((to) => pageOf.get(to) !== pageOf.get(r.id)).map((to) => ({ from: r.id, to })));
    expect(crossing.length).toBeGreaterThan(0);
    const path = tempPdf(bytes);
    const { from, to } = crossing[0]!;
    expect(squash(pdfText(path, pageOf.get(from)))).toContain(`${from} juga mendukung ${to} (hlm. ${pageOf.get(to)})`);
  });
});
