import { allIndicators, clean, firstInd, mut, tableCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The clean document whose indicators from the `from`th on (all of them from 0) have a target for 2027, the last year, only. */
const lastYearOnlyFrom = (from: number) =>
  mut((d) => {
    for (const ind of allIndicators(d).slice(from)) ind.targets = { '2027': ind.targets['2027'] };
  });

/** The clean document with output O0a's indicator stated as `statement` and no 2026 target. */
const statedWithout2026 = (statement: string) =>
  mut((d) => {
    const ind = firstInd(d, 'O0a');
    ind.statement = statement;
    delete ind.targets['2026'];
  });

/** The clean document with output O0a's indicator stated as `statement` and targeted in 2027 only. */
const statedFor2027Only = (statement: string) =>
  mut((d) => {
    const ind = firstInd(d, 'O0a');
    ind.statement = statement;
    ind.targets = { '2027': ind.targets['2027'] };
  });

testRule('target-year-missing', {
  reject: [
    { name: 'no 2026 target', doc: mut((d) => delete firstInd(d, 'O0a').targets['2026']), where: 'O0a', says: '2026' },
    {
      name: 'a yearly measure whose word only begins like an event ("pondok" is not "PON")',
      doc: statedWithout2026('Persentase santri pondok pesantren yang mendapat layanan kesehatan'),
      where: 'O0a',
      says: '2026',
    },
    {
      name: 'the voters list kept up to date every year is no event ("Jumlah rekapitulasi daftar pemilih berkelanjutan", KPU)',
      doc: statedWithout2026('Jumlah rekapitulasi daftar pemilih berkelanjutan'),
      where: 'O0a',
      says: '2026',
    },
    {
      name: 'a long-term plan targeted in several years but one ("rencana induk" yearly, 2026 missing)',
      doc: statedWithout2026('Jumlah dokumen rencana induk kepariwisataan yang dievaluasi'),
      where: 'O0a',
      says: '2026',
    },
    {
      name: 'no period: a year skipped between the first and last targets that other indicators have',
      doc: mut((d) => {
        delete d.period;
        delete firstInd(d, 'O0a').targets['2026'];
      }),
      where: 'O0a',
      says: '2026',
    },
    {
      name: 'most IK with a target for the last year only: once for the document, naming them',
      doc: lastYearOnlyFrom(3),
      count: 1,
      says: 'tahun 2025, 2026)',
    },
    {
      name: 'every IK with a target for the last year only: once, without the list',
      doc: lastYearOnlyFrom(0),
      count: 1,
      says: 'Tidak satu pun dari 16 IK memiliki target untuk setiap tahun periode (tahun 2025, 2026 belum',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a long-term plan drafted once, targeted in its year only ("Jumlah dokumen RIPPARPROV", Dinas Pariwisata)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'O0a'), {
          statement: 'Jumlah dokumen Rencana Induk Pembangunan Kepariwisataan Provinsi (RIPPARPROV)',
          targets: { '2025': 1 },
        }),
      ),
    },
    {
      name: 'a measure of an event held every four years, targeted in its year only ("Peringkat perolehan medali pada PON", Dispora)',
      doc: mut((d) => {
        const ind = firstInd(d, 'O0a');
        ind.statement = 'Peringkat perolehan medali pada Pekan Olahraga Nasional (PON)';
        ind.targets = { '2026': ind.targets['2026'] };
      }),
    },
    {
      name: 'the voters list of an election, set in its year only ("Jumlah dokumen Daftar Pemilih Tetap yang ditetapkan", KPU)',
      doc: mut((d) => {
        const ind = firstInd(d, 'O0a');
        ind.statement = 'Jumlah dokumen Daftar Pemilih Tetap yang ditetapkan';
        ind.targets = { '2027': 1 };
      }),
    },
    {
      name: 'the polling stations of an election ("Jumlah TPS yang menerima logistik tepat waktu", KPU)',
      doc: mut((d) => {
        const ind = firstInd(d, 'O0a');
        ind.statement = 'Jumlah TPS yang menerima logistik tepat waktu';
        ind.targets = { '2027': 3950 };
      }),
    },
    // (a KPU Kabupaten: what exists only for an election, measured in its year)
    ...tableCases(statedFor2027Only, [
      ['the turnout of an election, measured in its year only ("Tingkat partisipasi pemilih", KPU)', 'Tingkat partisipasi pemilih'],
      ['the volunteers formed for an election ("Jumlah relawan demokrasi yang dibentuk", KPU)', 'Jumlah relawan demokrasi yang dibentuk'],
    ]),
    {
      name: 'no period: targets for the first and last years only, throughout the document (an end-of-period table)',
      doc: mut((d) => {
        delete d.period;
        for (const ind of allIndicators(d)) if (ind.targets) ind.targets = { '2025': ind.targets['2025'], '2027': ind.targets['2027'] };
      }),
    },
    {
      name: 'the baseline year inside the period needs no target',
      doc: mut((d) => {
        for (const ind of allIndicators(d)) {
          ind.baseline = { year: 2025, value: ind.targets['2025'] };
          delete ind.targets['2025'];
        }
      }),
    },
  ],
});
