/**
 * What the matrix tests share: the BKPSDM example with some values filled in, and a signatory.
 */
import { parseCascade, type Cascade } from '@pokin/core';
import { bkpsdmDocument } from './support.js';

/** The BKPSDM example with targets, baselines and owners filled in for a few results. */
export function bkpsdmFilled(): Cascade {
  const doc = bkpsdmDocument() as any;
  const r = doc.results;
  doc.period = { start: 2025, end: 2029 };
  r[0].owner = { unit: 'Badan Kepegawaian dan Pengembangan SDM', position: 'Kepala Badan' };
  r[0].indicators[0].baseline = { year: 2024, value: 245 };
  r[0].indicators[0].targets = { '2025': 250, '2026': 260, '2027': 270, '2028': 280, '2029': 290 };
  r[1].owner = { unit: 'Sekretariat', position: 'Sekretaris' };
  r[1].budget = { program: '5.03.02', activity: '5.03.02.2.01', subActivity: '5.03.02.2.01.0001' };
  r[1].indicators[0].baseline = { year: 2024, value: 81.5 };
  r[1].indicators[0].targets = { '2025': 83, '2026': '84-85' };
  return parseCascade(doc);
}

/** A signatory for the signature block. */
export const SIGNATORY = {
  place: 'Kota Contoh',
  date: '2 Januari 2026',
  name: 'Dr. Contoh Pejabat, M.Si.',
  position: 'Kepala Badan',
  nip: '197001011995031001',
};
