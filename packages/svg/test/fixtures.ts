// Shared inputs of the @pokin/svg tests: the BKPSDM example and a varied set of generated cascades.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseCascade, type Cascade } from '@pokin/core';
import { generateDocument, mulberry32 } from '@pokin/core/testing';

/** Path of the BKPSDM example document. */
export const BKPSDM_YAML = fileURLToPath(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url));

/** The BKPSDM example as a cascade. */
export function bkpsdm(): Cascade {
  return parseCascade(parse(readFileSync(BKPSDM_YAML, 'utf8')));
}

const LONG_WORD = 'Penyelenggaraanpengembangankompetensiaparatursipilnegara';

/**
 * Generated cascades of 1 to 500 results with random shapes, statements made short, long (several
 * sentences), with unbreakable words, markup and non-Latin text, and crosscutting links.
 */
export function variedCascades(count = 16): { name: string; cascade: Cascade }[] {
  const sizes = [1, 2, 3, 5, 8, 13, 21, 31, 50, 80, 120, 200, 300, 400, 500, 64, 7, 150];
  const out: { name: string; cascade: Cascade }[] = [];
  for (let i = 0; i < count; i++) {
    const random = mulberry32(1000 + i);
    const rnd = (): number => random.next();
    const results = sizes[i % sizes.length]!;
    const doc = generateDocument({
      results,
      seed: 1000 + i,
      maxChildren: 1 + Math.floor(rnd() * 10),
      indicatorsPerResult: Math.floor(rnd() * 4),
      crosscutting: rnd() * 0.2,
      levels: i % 4 === 3 ? 'renstra' : 'permenpan-89',
    });
    const edited = {
      ...doc,
      results: doc.results.map((r) => {
        const pick = rnd();
        let statement = r.statement;
        if (pick < 0.15) statement = 'A';
        else if (pick < 0.3) statement = `${r.statement} ${r.statement.toLowerCase()} dalam rangka ${r.statement.toLowerCase()}`;
        else if (pick < 0.38) statement = `${LONG_WORD}${LONG_WORD} ${r.statement}`;
        else if (pick < 0.44) statement = `<b>Tersedianya</b> "data" & 'informasi' ]]> ${r.statement}`;
        else if (pick < 0.48) statement = `Meningkatnya ASN \u{1F431} 数据质量 مؤشر الأداء ${r.statement}`;
        else if (pick < 0.52) statement = `WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW MMMMMMMMMMMMMMMMM`;
        return { ...r, statement };
      }),
    };
    out.push({ name: `generated #${i} (${results} results)`, cascade: parseCascade(edited) });
  }
  return out;
}

/** Result ids of {@link bkpsdmWithOwners} owned by another agency. */
export const OTHER_AGENCY_IDS = ['OP01', 'OP05'] as const;

/**
 * The BKPSDM example with an owner on every result: two results owned by another agency, one whose
 * `owner.agency` names the document's own agency (written in capitals, so it is not "another").
 */
export function bkpsdmWithOwners(): Cascade {
  const doc = parse(readFileSync(BKPSDM_YAML, 'utf8')) as { agency: { name: string }; results: Record<string, unknown>[] };
  doc.results = doc.results.map((r, i) => {
    const id = String(r.id);
    const owner: Record<string, string> = {
      unit: `Bidang ${i % 3 === 0 ? 'Mutasi dan Promosi' : 'Pengembangan Kompetensi'}`,
      position: 'Kepala Bidang',
    };
    if ((OTHER_AGENCY_IDS as readonly string[]).includes(id)) owner.agency = 'Dinas Komunikasi dan Informatika';
    if (id === 'OP02') owner.agency = ` ${doc.agency.name.toUpperCase()} `;
    return { ...r, owner };
  });
  return parseCascade(doc);
}
