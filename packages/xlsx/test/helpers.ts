import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { parseCascade, type Cascade, type CascadeDocument } from '@pokin/core';

/** The BKPSDM example document. */
export function bkpsdmDocument(): CascadeDocument {
  return YAML.parse(readFileSync(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url), 'utf8')) as CascadeDocument;
}

/** The BKPSDM example with targets, baselines, owners and budget codes added to a few results (as an agency fills them in). */
export function bkpsdmFilled(): Cascade {
  const doc = bkpsdmDocument() as any;
  const r = doc.results;
  r[0]!.owner = { unit: 'Badan Kepegawaian dan Pengembangan SDM', position: 'Kepala Badan' };
  r[0]!.indicators[0].baseline = { year: 2024, value: 245 };
  r[0]!.indicators[0].targets = { '2025': 250, '2026': 260, '2027': 270, '2028': 280, '2029': 290 };
  r[1]!.owner = { unit: 'Sekretariat', position: 'Sekretaris' };
  r[1]!.budget = { program: '5.03.02', activity: '5.03.02.2.01', subActivity: '5.03.02.2.01.0001' };
  r[1]!.indicators[0].baseline = { year: 2024, value: 81.5 };
  r[1]!.indicators[0].targets = { '2025': 83, '2026': '84-85' };
  return parseCascade(doc);
}
