/**
 * The catalogue's words of the workspace commands (`review --workspace`, `render --workspace`,
 * `pk`): what they say about a folder read as one system and its documents.
 *
 * @module
 */
import { t } from './text.js';

/** Every workspace text, by name. */
export const workspace = {
  manifest: (why: string) => t(`pokin.workspace.yaml tidak dapat dibaca: ${why}`, `pokin.workspace.yaml cannot be read: ${why}`),
  manifestField: (path: string, why: string) => t(`pokin.workspace.yaml: ${path}: ${why}`, `pokin.workspace.yaml: ${path}: ${why}`),
  oneFolder: () =>
    t(
      '--workspace membaca satu folder (atau berkas-berkas satu workspace)',
      '--workspace reads one folder (or the files of one workspace)',
    ),
  notLoaded: (n: number) =>
    t(
      `${n} dokumen tidak dapat dibaca: workspace tidak dimuat`,
      `${n} document${n === 1 ? '' : 's'} could not be read: the workspace is not loaded`,
    ),
  heading: (title: string, documents: number, results: number) => {
    // A workspace without a title of its own is titled "Workspace": not "Workspace Workspace".
    const named = title === 'Workspace' ? 'Workspace' : `Workspace ${title}`;
    return t(`${named}: ${documents} dokumen, ${results} kinerja`, `${named}: ${documents} documents, ${results} results`);
  },
  /** Files of a workspace folder that `documents:` of its `pokin.workspace.yaml` does not list. */
  unlisted: (folder: string, files: readonly string[]) =>
    t(
      `catatan: ${files.length} berkas di ${folder} tidak tercantum pada documents di pokin.workspace.yaml dan tidak dibaca sebagai bagian workspace: ${files.join(', ')}; tambahkan ke documents bila termasuk workspace`,
      `note: ${files.length} file${files.length === 1 ? '' : 's'} in ${folder} ${files.length === 1 ? 'is' : 'are'} not listed under documents in pokin.workspace.yaml and not read as part of the workspace: ${files.join(', ')}; add ${files.length === 1 ? 'it' : 'them'} to documents if ${files.length === 1 ? 'it belongs' : 'they belong'} to the workspace`,
    ),
  /** `review FOLDER` without `--workspace`, when the folder holds a `pokin.workspace.yaml`. */
  isWorkspace: (folder: string) =>
    t(
      `${folder} adalah workspace (memuat pokin.workspace.yaml): setiap berkas diperiksa sendiri-sendiri; jalankan pokin review ${folder} --workspace untuk memeriksa juga rujukan antardokumen (induk ke pohon Pemda, crosscutting)`,
      `${folder} is a workspace (it holds pokin.workspace.yaml): each file was reviewed alone; run pokin review ${folder} --workspace to check the links between the documents too (parents in the Pemda tree, crosscutting)`,
    ),
  /** `pk` of a tree where no result or indicator names an owner. */
  noOwners: () =>
    t(
      'belum ada kinerja yang memiliki penanggung jawab (owner): Perjanjian Kinerja dan peta cascading disusun per jabatan; isi owner (unit dan jabatan) pada kinerjanya (Langkah 5)',
      'no result names an owner: a Performance Agreement (PK) and a cascading map are made per position; give the results their owner (unit and position; step 5)',
    ),
  pemda: (id: string) => t(`dokumen Pemda: ${id}`, `Pemda document: ${id}`),
  noPemda: () => t('tanpa dokumen Pemda', 'no Pemda document'),
  renderTo: (to: string) =>
    t(
      `render --workspace membuat svg (pohon Pemda dengan pohon perangkat daerah), html (lampiran kinerja lintas perangkat daerah dan matriks cascading gabungan) atau csv (matriks cascading gabungan); bukan "${to}"`,
      `render --workspace makes svg (the Pemda tree with the agencies' trees), html (the crosscutting annex and the combined cascading matrix) or csv (the combined cascading matrix); not "${to}"`,
    ),
  /** `render --workspace` with an option its output does not take. */
  optionNotHere: (option: string, to: string) =>
    t(
      `${option} tidak berlaku untuk keluaran ini dari render --workspace; opsi itu hanya untuk --to ${to}`,
      `${option} does not apply to this output of render --workspace; it is for --to ${to} only`,
    ),
  /** `render --workspace --html-review`. */
  reviewNotHere: () =>
    t(
      '--html-review tidak berlaku untuk render --workspace: reviu workspace dengan pokin review FOLDER --workspace',
      '--html-review does not apply to render --workspace: review a workspace with pokin review FOLDER --workspace',
    ),
  pkTo: (to: string) => t(`pk membuat html, pdf atau xlsx; bukan "${to}"`, `pk makes html, pdf or xlsx; not "${to}"`),
  noPositions: () =>
    t(
      'tidak ada jabatan yang cocok: tidak ada kinerja dengan penanggung jawab (owner) yang sesuai',
      'no matching position: no result names a matching owner',
    ),
  /** `pk --position TEXT` that matches no position. */
  pkNoPosition: (text: string, titles: readonly string[]) => {
    const list = titles.slice(0, 10).join('; ') + (titles.length > 10 ? '; ...' : '');
    return t(
      `--position "${text}": tidak ada jabatan yang cocok; jabatan yang ada: ${list}`,
      `--position "${text}": no position matches; the positions are: ${list}`,
    );
  },
  /** `pk` of a tree where some results name no owner. */
  pkUnowned: (n: number, ids: string) =>
    t(
      `catatan: ${n} kinerja tanpa penanggung jawab (owner) tidak masuk ke Perjanjian Kinerja atau peta cascading: ${ids}; isi owner-nya (Langkah 5)`,
      `note: ${n} result${n === 1 ? '' : 's'} without an owner ${n === 1 ? 'is' : 'are'} left out of the Performance Agreement (PK) and the cascading map: ${ids}; give ${n === 1 ? 'it its owner' : 'them their owner'} (step 5)`,
    ),
  /** `pk` of an agreement whose two parties are the same position. */
  pkSameParties: (title: string, upper: string, lower: string) =>
    t(
      `peringatan: Pihak Pertama dan Pihak Kedua Perjanjian Kinerja "${title}" adalah jabatan yang sama, ditulis pada dua unit ("${upper}" dan "${lower}"); perjanjian kinerja ditandatangani jabatan dengan atasannya: tulis unitnya sama pada kedua kinerja, atau sebut jabatan bawahannya`,
      `warning: the first and second party of the Performance Agreement (PK) of "${title}" are the same position, written under two units ("${upper}" and "${lower}"); an agreement is signed by a position and its superior: write the unit the same way on both results, or name the lower one's own position`,
    ),
  pkPlaceholderAgency: (name: string) =>
    t(
      `peringatan: nama perangkat daerah masih "${name}", contoh dari pokin init; nama itu tercetak pada Perjanjian Kinerja: tulis nama sebenarnya (agency.name di YAML, atau pokin init ... --agency "Nama Dinas" untuk lembar kerja)`,
      `warning: the agency is still named "${name}", pokin init's sample; the name is printed on the performance agreements (PK): write the real name (agency.name in the YAML, or pokin init ... --agency "Agency name" for a worksheet)`,
    ),
  year: (year: string) => t(`tahun tidak sah: "${year}" (mis. 2026)`, `not a year: "${year}" (e.g. 2026)`),
} as const;
