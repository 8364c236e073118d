import { describe, expect, it } from 'vitest';
import { parseIndonesianNumber, readValue } from '@pokin/core';
import {
  classifyHead,
  findLookalikes,
  findSuspiciousCharacters,
  isAllCaps,
  countedNoun,
  measureForm,
  normalizeStatement,
  redundantPair,
  statementForm,
  unitKind as unitClass,
} from '../src/review/text.utils';
import { cleanDocument, only, res } from './support/review-fixtures';

const form = (s: string) => statementForm(normalizeStatement(s)).form;

describe('the comparison form of a statement', () => {
  it.each([
    ['1. Meningkatnya Serapan Tenaga Kerja', 'meningkatnya serapan tenaga kerja'],
    ['2) Meningkatnya serapan', 'meningkatnya serapan'],
    ['(a) Meningkatnya serapan', 'meningkatnya serapan'],
    ['1.2 Meningkatnya serapan', 'meningkatnya serapan'],
    ['IV. Meningkatnya serapan', 'meningkatnya serapan'],
    ['3. Menigkatnya kualitas – koperasi', 'menigkatnya kualitas koperasi'],
  ])('leaves out the list marker of %j', (text, expected) => {
    expect(normalizeStatement(text)).toBe(expected);
  });

  it('joins a passive written apart from its prefix, not a place after "di"', () => {
    expect(normalizeStatement('Persentase gangguan yang dapat di selesaikan')).toBe('persentase gangguan yang dapat diselesaikan');
    expect(normalizeStatement('Jumlah pengaduan di kecamatan')).toBe('jumlah pengaduan di kecamatan');
  });

  it('keeps a number that is part of the statement', () => {
    expect(normalizeStatement('100 Desa Mandiri')).toBe('100 desa mandiri');
    expect(normalizeStatement('2,5 Juta Wisatawan')).toBe('2 5 juta wisatawan');
    expect(normalizeStatement('Persentase (%) penduduk')).toBe('persentase penduduk');
  });
});

describe('statement forms from Indonesian affixes', () => {
  it.each([
    ['Meningkatnya Kualitas ASN', 'condition'],
    ['Menurunnya Angka Kemiskinan', 'condition'],
    ['Terwujudnya Tata Kelola yang Baik', 'condition'],
    ['Terkendalinya Inflasi Daerah', 'condition'],
    ['Optimalnya Pengelolaan Keuangan', 'condition'],
    ['Berkurangnya Kawasan Kumuh', 'condition'],
    ['Meningkat', 'condition'],
    ['Tersedianya Dokumen Perencanaan', 'output'],
    ['Tersediannya Dokumen Kajian Lingkungan', 'output'],
    ['Terlaksananya Evaluasi Kinerja', 'output'],
    ['Tersusunnya Laporan Keuangan', 'output'],
    ['Terselenggaranya Rapat Koordinasi', 'output'],
    ['Terkelolanya Arsip Daerah', 'output'],
    ['Terfasilitasinya Kegiatan Pemuda', 'output'],
    ['Diterbitkannya Izin Usaha', 'output'],
    ['Terinventarisasinya Aset Daerah', 'output'],
    ['Pelaksanaan Pengadaan ASN', 'activity'],
    ['Penyusunan Rencana Kerja', 'activity'],
    ['Pengelolaan Keuangan Daerah', 'activity'],
    ['Peningkatan Kualitas Tata Kelola', 'activity'],
    ['Pemberdayaan Masyarakat Desa', 'activity'],
    ['Koordinasi Perencanaan Pembangunan', 'activity'],
    ['Fasilitasi Lembaga Profesi', 'activity'],
    ['Sosialisasi Peraturan Daerah', 'activity'],
    ['Optimalisasi Pendapatan Daerah', 'activity'],
    ['Meningkatkan Kualitas Pelayanan', 'activity'],
    ['Mengelola Data Kepegawaian', 'activity'],
    ['Kegiatan Pembinaan Olahraga', 'activity'],
    ['Rendahnya Kinerja ASN', 'problem'],
    ['Belum Optimalnya Pelayanan', 'problem'],
    ['Tingginya Angka Kematian Ibu', 'problem'],
    ['Tingginya Partisipasi Masyarakat', 'other'],
    ['Pelayanan Publik yang Prima', 'other'],
    ['Pendidikan yang Bermutu', 'other'],
    ['Pertumbuhan Ekonomi yang Inklusif', 'other'],
    ['Informasi Publik yang Terbuka', 'other'],
    ['Media Informasi Daerah', 'other'],
    ['Kualitas ASN', 'other'],
  ])('%s is %s', (s, expected) => {
    expect(form(s)).toBe(expected);
  });

  it('finds an output verb followed by the activity noun of its own root', () => {
    expect(redundantPair(normalizeStatement('Terlaksananya Pelaksanaan Penilaian Kinerja'))).toEqual(['terlaksananya', 'pelaksanaan']);
    expect(redundantPair(normalizeStatement('Tersusunnya Penyusunan Renja'))).toEqual(['tersusunnya', 'penyusunan']);
    expect(redundantPair(normalizeStatement('Terkelolanya Pengelolaan Arsip'))).toEqual(['terkelolanya', 'pengelolaan']);
    expect(redundantPair(normalizeStatement('Terselenggaranya Penyelenggaraan Rapat'))).toEqual(['terselenggaranya', 'penyelenggaraan']);
    expect(redundantPair(normalizeStatement('Terlaksananya Pengelolaan Kenaikan Pangkat'))).toBeUndefined();
    expect(classifyHead('pelaksanaan')).toBe('activity');
  });

  it('does not call an outcome in a noun phrase with a condition an activity', () => {
    const d = cleanDocument();
    res(d, 'M').statement = 'Pelayanan Kesehatan Puskesmas yang Bermutu';
    expect(only(d, 'outcome-as-activity')).toEqual([]);
    expect(only(d, 'outcome-not-condition')).toEqual([]);
  });

  it('reads "Tertanganinya ..." as a condition and lets an output form naming a quality pass as an outcome', () => {
    expect(form('Tertanganinya Pengaduan Masyarakat')).toBe('condition');
    expect(form('Terpenuhinya Kebutuhan Pegawai')).toBe('condition');
    const d = cleanDocument();
    res(d, 'M').statement = 'Terselenggaranya Pelayanan Puskesmas yang Bermutu';
    expect(only(d, 'outcome-as-output')).toEqual([]);
  });

  it("checks Langkah 1's outcome and the CSF desired conditions as outcomes", () => {
    const d = cleanDocument();
    d.context = { outcome: 'Koordinasi Pelayanan Kesehatan' };
    d.csf![0]!.desiredCondition = 'Rendahnya derajat kesehatan';
    expect(only(d, 'outcome-as-activity').map((x) => x.path)).toEqual(['context.outcome']);
    expect(only(d, 'statement-as-problem').map((x) => x.path)).toEqual(['csf[0].desiredCondition']);
  });

  it('does not judge Renstra program nomenclature as statements, but measures sub kegiatan by counts', () => {
    const doc = {
      pokin: 1,
      title: 'Renstra',
      levels: 'renstra',
      results: [
        {
          id: 'T',
          level: 'tujuan',
          statement: 'Meningkatnya Kualitas Pelayanan Publik',
          indicators: [{ statement: 'Indeks kepuasan masyarakat', unit: 'Indeks' }],
        },
        {
          id: 'S',
          level: 'sasaran',
          statement: 'Meningkatnya Kinerja Perangkat Daerah',
          parent: 'T',
          indicators: [{ statement: 'Nilai SAKIP', unit: 'Nilai' }],
        },
        {
          id: 'P',
          level: 'program',
          statement: 'Program Penunjang Urusan Pemerintahan Daerah',
          parent: 'S',
          indicators: [{ statement: 'Persentase capaian kinerja', unit: '%' }],
        },
        {
          id: 'K',
          level: 'kegiatan',
          statement: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja',
          parent: 'P',
          indicators: [{ statement: 'Jumlah dokumen perencanaan', unit: 'Dokumen' }],
        },
        {
          id: 'SK',
          level: 'sub-kegiatan',
          statement: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
          parent: 'K',
          indicators: [{ statement: 'Persentase dokumen tepat waktu', unit: '%' }],
        },
      ],
    };
    expect(only(doc, 'output-as-activity')).toEqual([]);
    expect(only(doc, 'outcome-not-condition')).toEqual([]);
    expect(only(doc, 'leaf-not-output')).toEqual([]);
    expect(only(doc, 'output-indicator-rate').map((x) => x.resultId)).toEqual(['SK']);
  });
});

describe('indicator measures and units', () => {
  it.each([
    ['Persentase ASN berkinerja baik', 'percent'],
    ['Prosentase desa mandiri', 'percent'],
    ['Indeks Reformasi Birokrasi', 'index'],
    ['Nilai SAKIP', 'rate'],
    ['Rasio guru terhadap murid', 'rate'],
    ['Angka kematian bayi', 'rate'],
    ['Jumlah dokumen perencanaan', 'count'],
    ['Banyaknya wisatawan', 'count'],
    ['Hasil Penilaian Mandiri Sistem Merit', 'rate'],
  ])('%s measures a %s', (s, expected) => {
    expect(measureForm(normalizeStatement(s)).form).toBe(expected);
  });

  it('tells counts of deliverables from counts of people', () => {
    expect(countedNoun(normalizeStatement('Jumlah laporan hasil evaluasi'))).toBe('laporan');
    expect(countedNoun(normalizeStatement('Jumlah ASN yang dibina'))).toBe('asn');
  });

  it.each([
    ['%', 'percent'],
    ['Persen', 'percent'],
    ['Indeks', 'index'],
    ['poin', 'index'],
    ['Rp', 'currency'],
    ['Orang', 'count'],
    ['Dokumen', 'count'],
    ['per 1.000 penduduk', 'other'],
  ])('unit %s is %s', (u, expected) => {
    expect(unitClass(u)).toBe(expected);
  });

  it('finds "Jumlah" in "%" and "Indeks" in "orang", but not "Nilai" in "Rp"', () => {
    const d = cleanDocument();
    Object.assign(res(d, 'O0a').indicators[0], { unit: '%' });
    Object.assign(res(d, 'G').indicators[0], { unit: 'orang' });
    Object.assign(res(d, 'U').indicators[0], { statement: 'Nilai investasi kesehatan', unit: 'Rp' });
    expect(only(d, 'unit-mismatch').map((x) => [x.resultId, x.message])).toEqual([
      ['G', 'Satuan "orang" tidak sesuai dengan IK "Indeks ...": indeks bersatuan indeks, nilai atau poin.'],
      [
        'O0a',
        'Satuan "%" tidak sesuai dengan IK "Jumlah ...": jumlah bersatuan benda atau orang yang dihitung (dokumen, orang, unit ...), bukan "%" atau indeks.',
      ],
    ]);
  });

  it('reports missing units once for the document when no IK has one', () => {
    const d = cleanDocument();
    for (const r of d.results) for (const i of (r.indicators as Record<string, unknown>[]) ?? []) delete i.unit;
    const found = only(d, 'unit-missing');
    expect(found).toHaveLength(1);
    // 16 indicators, of which 7 name their unit ("Persentase ...", "Indeks ...") and are not counted.
    expect(found[0]!.message).toContain('Tidak satu pun dari 9 IK memiliki satuan');
    expect(found[0]!.resultId).toBeUndefined();
  });
});

describe('text damage', () => {
  it('reads the seed\'s "ОИТРИТ" as "OUTPUT"', () => {
    const [f] = findLookalikes('Kinerja ОИТРИТ');
    expect(f!.suggestion).toBe('OUTPUT');
    expect(f!.characters.map((c) => `${c.char}>${c.latin}`)).toEqual(['О>O', 'И>U', 'Т>T', 'Р>P']);
  });

  it('finds a Greek omicron in a Latin word, and leaves lone Greek symbols and µg alone', () => {
    expect(findLookalikes('Dοkumen')[0]!.suggestion).toBe('Dokumen');
    expect(findLookalikes('Nilai α dan Δ')).toEqual([]);
    expect(findLookalikes('Kadar PM2,5 (μg/m3)')).toEqual([]);
    expect(findLookalikes('Привет мир')).toEqual([]);
  });

  it('reports look-alikes in context, CSF, indicators and units too', () => {
    const d = cleanDocument();
    d.title = 'Pohon Kinerja ОИТРИТ';
    (res(d, 'O0a').indicators[0] as Record<string, unknown>).unit = 'Dоkumen';
    const found = only(d, 'mixed-script');
    expect(found.map((x) => x.path)).toEqual(['title', 'results[8].indicators[0].unit']);
    expect(found[0]!.message).toContain('"OUTPUT"');
  });

  it('finds OCR diacritics such as "AŚN" and invisible characters', () => {
    expect(findSuspiciousCharacters('Promosi AŚN').map((x) => x.word)).toEqual(['AŚN']);
    expect(findSuspiciousCharacters('Café Daerah')).toEqual([]);
    expect(findSuspiciousCharacters('a\uFEFFb\uFFFD').map((x) => x.codePoint)).toEqual(['U+FEFF', 'U+FFFD']);
    // Direction controls, soft hyphen, noncharacters and a lone surrogate; a paired one (an emoji) is fine.
    const odd = 'A\u202EB\u200EC\u00ADD\u2067E\uFFFFF\uD83D G \uDE00 \uD83D\uDE00';
    expect(findSuspiciousCharacters(odd).map((x) => x.codePoint)).toEqual([
      'U+202E',
      'U+200E',
      'U+00AD',
      'U+2067',
      'U+FFFF',
      'U+D83D',
      'U+DE00',
    ]);
    expect(findSuspiciousCharacters('Meningkatnya kinerja \uD83D\uDE00 ASN')).toEqual([]);
  });

  it('tells capitals throughout from acronyms', () => {
    expect(isAllCaps('MENINGKATNYA KINERJA ASN')).toBe(true);
    expect(isAllCaps('Meningkatnya Kinerja ASN')).toBe(false);
    expect(isAllCaps('PNS DAN PPPK')).toBe(false);
  });

  it('normalises case, spaces, punctuation and look-alikes for comparisons', () => {
    expect(normalizeStatement('  Meningkatnya  Kinerja-ASN. ')).toBe('meningkatnya kinerja asn');
    expect(normalizeStatement('ОИТРИТ')).toBe(normalizeStatement('OUTPUT'));
  });
});

describe('Indonesian numbers', () => {
  it.each([
    ['9,27', 9.27],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['12.345.678', 12345678],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['12.5', 12.5],
    ['-1,5', -1.5],
    ['75', 75],
    // A first group of 0 is no thousands group: these are decimals.
    ['0.125', 0.125],
    ['0.900', 0.9],
    ['-0.500', -0.5],
    // Spaces that group thousands.
    ['1 500 000', 1500000],
  ])('%s is %d', (s, n) => {
    expect(parseIndonesianNumber(s)).toBe(n);
  });

  it.each(['', 'abc', '1.2.3', '9,27-9,09', '1,2,3', '100 13', '71,5 52,88'])('%s is not one number', (s) => {
    expect(parseIndonesianNumber(s)).toBeUndefined();
  });

  it('reads a decimal that starts with 0. as a decimal, not as thousands', () => {
    expect(readValue('0.125')).toEqual({ kind: 'number', value: 0.125 });
    expect(readValue('99.500')).toEqual({ kind: 'number', value: 99500 });
  });

  it('reads units, comparisons, ranges and grades', () => {
    expect(readValue('75%')).toEqual({ kind: 'number', value: 75 });
    expect(readValue('≥ 80')).toEqual({ kind: 'number', value: 80 });
    expect(readValue('Rp 1.500.000')).toEqual({ kind: 'number', value: 1500000 });
    expect(readValue('9,27-9,09')).toEqual({ kind: 'range', low: 9.09, high: 9.27 });
    expect(readValue('70 s.d. 80')).toEqual({ kind: 'range', low: 70, high: 80 });
    expect(readValue('BB')).toEqual({ kind: 'grade', rank: 4, scale: 'sakip' });
    expect(readValue('WTP')).toEqual({ kind: 'grade', rank: 3, scale: 'opini' });
    expect(readValue('Baik')).toEqual({ kind: 'text' });
  });
});

describe('targets', () => {
  const withTargets = (targets: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const d = cleanDocument();
    Object.assign(res(d, 'I').indicators[0], { targets, ...extra });
    return d;
  };

  it('reads Indonesian number strings for the direction checks', () => {
    expect(only(withTargets({ '2025': '9,5', '2026': '9,27', '2027': '10' }), 'target-against-polarity')).toHaveLength(1);
    expect(only(withTargets({ '2025': '9,5', '2026': '1.234,5', '2027': '1.300' }), 'target-against-polarity')).toEqual([]);
  });

  it('skips ranges and free text between years; a range wholly worse than the baseline is worse', () => {
    const d = withTargets({ '2025': '9,27-9,09', '2026': 'Baik', '2027': 60 });
    expect(only(d, 'target-against-polarity')).toEqual([]);
    // The baseline is 50 and higher is better: all of 9,09-9,27 is below it.
    expect(only(d, 'target-worse-than-baseline').map((f) => f.path)).toEqual(['results[2].indicators[0].targets.2025']);
    expect(only(withTargets({ '2025': '49-51', '2026': 'Baik', '2027': 60 }), 'target-worse-than-baseline')).toEqual([]);
  });

  it('checks down indicators the other way', () => {
    const d = cleanDocument();
    Object.assign(res(d, 'U').indicators[0], { targets: { '2025': '12,0', '2026': '12,4', '2027': '10' } });
    expect(only(d, 'target-against-polarity')[0]!.message).toBe(
      'Target 2026 (12,4) lebih tinggi daripada target 2025 (12,0), padahal untuk IK ini makin rendah makin baik.',
    );
    Object.assign(res(d, 'U').indicators[0], { targets: { '2025': 13, '2026': 12, '2027': 11 } });
    expect(only(d, 'target-worse-than-baseline')[0]!.message).toBe(
      'Target 2025 (13) lebih buruk daripada kondisi awal (12,5) untuk IK yang makin rendah makin baik.',
    );
  });

  it('orders SAKIP grades', () => {
    expect(
      only(
        withTargets({ '2025': 'BB', '2026': 'B', '2027': 'A' }, { unit: 'Predikat', baseline: { year: 2024, value: 'B' } }),
        'target-against-polarity',
      ),
    ).toHaveLength(1);
    expect(
      only(
        withTargets({ '2025': 'B', '2026': 'BB', '2027': 'A' }, { unit: 'Predikat', baseline: { year: 2024, value: 'B' } }),
        'target-against-polarity',
      ),
    ).toEqual([]);
  });

  it('leaves range polarity alone', () => {
    expect(only(withTargets({ '2025': 60, '2026': 50, '2027': 55 }, { polarity: 'range' }), 'target-against-polarity')).toEqual([]);
  });

  it('reports a document without any target once', () => {
    const d = cleanDocument();
    for (const r of d.results) for (const i of (r.indicators as Record<string, unknown>[]) ?? []) delete i.targets;
    expect(only(d, 'targets-missing').map((x) => x.message)).toEqual([
      'Tidak satu pun dari 16 IK memiliki target: pohon kinerja belum dapat dipakai untuk mengukur capaian kinerja.',
    ]);
    expect(only(d, 'target-year-missing')).toEqual([]);
  });

  it('does not ask for target years without a period', () => {
    const d = withTargets({ '2025': 55 });
    expect(only(d, 'target-year-missing')).toHaveLength(1);
    delete d.period;
    expect(only(d, 'target-year-missing')).toEqual([]);
  });

  it('lets growth percentages exceed 100', () => {
    const d = cleanDocument();
    Object.assign(res(d, 'I').indicators[0], {
      statement: 'Persentase pertumbuhan kunjungan',
      targets: { '2025': 120, '2026': 130, '2027': 140 },
    });
    expect(only(d, 'percentage-out-of-range')).toEqual([]);
  });
});
