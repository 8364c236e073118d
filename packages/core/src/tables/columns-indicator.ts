/**
 * The indicator columns of the format's second round (data): the IKU flag, the indicator manual,
 * the indicator's owner, and per year its realisations (by year, quarter or month) and their notes.
 * Written only when some indicator has the field.
 *
 * @module
 */
import { col, type ResultsColumn, type ResultsColumnKind } from './columns-list.js';

/** An indicator column of the second round, written only when used. */
const ind = (
  key: string,
  kind: ResultsColumnKind,
  path: string,
  label: [string, string],
  aliases: readonly string[],
  description: string,
) => col(key, kind, 'indicator', path, false, label, aliases, description, true);

/** The columns of the indicator's year, after the plan's columns. */
export const YEAR_COLUMNS: readonly ResultsColumn[] = Object.freeze([
  // The indicator's own fields of the format's second round: written only when some indicator has them.
  ind('iku', 'flag', 'iku', ['IKU', 'Key Indicator (IKU)'], ['indikator_kinerja_utama'], 'Yes for an Indikator Kinerja Utama (IKU).'),
  ind(
    'year_value',
    'text',
    'yearValue',
    ['Cara Nilai Tahunan', 'Year Value'],
    ['nilai_tahunan'],
    "How periods make the year's value: last, sum, average.",
  ),
  ind('scale', 'scale', 'scale', ['Skala', 'Scale'], ['skala_nilai'], 'Scale of a qualitative indicator: "WTP=4; WDP=3; TMP=2; TW=1".'),
  ind('definition', 'text', 'definition', ['Definisi Operasional', 'Definition'], ['definisi'], 'Definisi operasional (indicator manual).'),
  ind('formula', 'text', 'formula', ['Formula', 'Formula'], ['rumus', 'cara_pengukuran'], 'Formula, how it is measured.'),
  ind('data_source', 'text', 'dataSource', ['Sumber Data', 'Data Source'], [], 'Data source.'),
  ind('data_provider', 'text', 'dataProvider', ['Penyedia Data', 'Data Provider'], [], 'Data provider.'),
  ind(
    'frequency',
    'text',
    'frequency',
    ['Periode Pelaporan', 'Reporting Frequency'],
    ['frekuensi'],
    'Reporting frequency, e.g. triwulanan.',
  ),
  ind(
    'indicator_owner_unit',
    'text',
    'owner.unit',
    ['Unit Penanggung Jawab IK', 'Indicator Owner Unit'],
    [],
    'Unit kerja answering for the indicator.',
  ),
  ind(
    'indicator_owner_position',
    'text',
    'owner.position',
    ['Jabatan Penanggung Jawab IK', 'Indicator Owner Position'],
    [],
    'Jabatan answering for the indicator.',
  ),
  ind(
    'indicator_owner_agency',
    'text',
    'owner.agency',
    ['Instansi Penanggung Jawab IK', 'Indicator Owner Agency'],
    [],
    'Agency answering for the indicator.',
  ),
  ind(
    'indicator_owner_position_type',
    'text',
    'owner.positionType',
    ['Jenis Jabatan Penanggung Jawab IK', 'Indicator Owner Position Type'],
    [],
    'Kind of position answering for the indicator.',
  ),
  ind(
    'indicator_owner_name',
    'text',
    'owner.name',
    ['Nama Penanggung Jawab IK', 'Indicator Owner Name'],
    [],
    'Name of the official answering for the indicator.',
  ),
  ind(
    'indicator_owner_nip',
    'text',
    'owner.nip',
    ['NIP Penanggung Jawab IK', 'Indicator Owner NIP'],
    [],
    'NIP of the official answering for the indicator.',
  ),
  // Realisations and their notes, per year (and period): written for the years some indicator has.
  ind(
    'realisation_<year>',
    'value',
    'realisations.<year>',
    ['Realisasi <year>', 'Realisation <year>'],
    [],
    "The year's realisation: a number or text.",
  ),
  ind(
    'realisation_<year>_<period>',
    'value',
    'realisations.<year>.<period>',
    ['Realisasi <year> <period>', 'Realisation <year> <period>'],
    [],
    'Realisation of a quarter (q1-q4) or month (m01-m12) of the year.',
  ),
  ind(
    'supporting_factors_<year>',
    'text',
    'realisationNotes.<year>.supportingFactors',
    ['Faktor Pendukung <year>', 'Supporting Factors <year>'],
    [],
    "Faktor pendukung of the year's realisation.",
  ),
  ind(
    'inhibiting_factors_<year>',
    'text',
    'realisationNotes.<year>.inhibitingFactors',
    ['Faktor Penghambat <year>', 'Inhibiting Factors <year>'],
    [],
    "Faktor penghambat of the year's realisation.",
  ),
  ind(
    'follow_up_<year>',
    'text',
    'realisationNotes.<year>.followUp',
    ['Upaya <year>', 'Follow-up <year>'],
    [],
    'Upaya / follow-up of the year.',
  ),
  ind(
    'evidence_<year>',
    'list',
    'realisationNotes.<year>.evidence',
    ['Bukti Dukung <year>', 'Evidence <year>'],
    [],
    'Evidence links of the year, one a line.',
  ),
]);
