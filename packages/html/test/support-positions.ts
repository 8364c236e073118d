/**
 * The documents of Langkah 5 and of a workspace that the tests check: the example workspace's
 * Perjanjian Kinerja, peta cascading and crosscutting matrix, and hostile text.
 */
import { crosscuttingMatrix, parseCascade } from '@pokin/core';
import { renderCrosscuttingHtml, renderPerjanjianKinerja, renderPetaCascading } from '@pokin/html';
import { exampleWorkspace } from '../../../test/support/workspace.js';

const HOSTILE = '<script>alert(1)</script> & "q" ]]>';
const hostile = () =>
  parseCascade({
    pokin: 1,
    title: HOSTILE,
    agency: { name: HOSTILE },
    signatory: { place: HOSTILE, date: HOSTILE },
    period: { start: 2026, end: 2026 },
    results: [
      {
        id: 'G1',
        level: 'goal',
        statement: HOSTILE,
        owner: { position: HOSTILE, name: HOSTILE, nip: HOSTILE, positionType: 'jpt-pratama' },
        indicators: [{ statement: HOSTILE, unit: HOSTILE, targets: { '2026': HOSTILE } }],
      },
    ],
  });

/** Every document, by name. */
export function positionDocuments(): [string, string][] {
  const ws = exampleWorkspace();
  const bkpsdm = ws.document('bkpsdm-2026')!.cascade;
  return [
    ['pk-bkpsdm', renderPerjanjianKinerja(bkpsdm, { year: 2026 })],
    ['pk-workspace-en', renderPerjanjianKinerja(ws.cascade, { year: 2027, locale: 'en', position: 'kepala dinas' })],
    ['peta-bkpsdm', renderPetaCascading(bkpsdm)],
    ['peta-workspace', renderPetaCascading(ws.cascade, { years: [2026] })],
    ['crosscutting', renderCrosscuttingHtml(crosscuttingMatrix(ws))],
    ['pk-hostile', renderPerjanjianKinerja(hostile())],
    ['peta-hostile', renderPetaCascading(hostile(), { locale: 'en' })],
  ];
}
