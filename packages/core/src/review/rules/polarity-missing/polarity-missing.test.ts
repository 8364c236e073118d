import { clean, mut, unpolarised, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('polarity-missing', {
  reject: [
    {
      name: 'a count of violations stated as higher-is-better',
      doc: withFirst('M', { statement: 'Jumlah pelanggaran Perda', unit: 'kasus', polarity: 'up' }),
      says: 'makin rendah makin baik',
    },
    {
      name: 'a share of businesses in a state wanted ("... yang Taat Kebijakan") stated as lower-is-better',
      doc: withFirst('M', { statement: 'Persentase Pelaku Usaha yang Taat Kebijakan', unit: '%', polarity: 'down' }),
      says: 'makin tinggi makin baik',
    },
    {
      name: 'a count of teachers available ("... yang tersedia") stated as lower-is-better',
      doc: withFirst('M', { statement: 'Jumlah Pendidik yang tersedia', unit: 'orang', polarity: 'down' }),
      says: 'makin tinggi makin baik',
    },
    {
      name: 'an open ratio',
      doc: unpolarised('M', { statement: 'Rasio dokter terhadap penduduk', unit: 'Rasio' }),
    },
    {
      name: 'nothing states a direction: once',
      doc: mut((d) => {
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            i.statement = 'Rasio dokter terhadap penduduk ' + r.id;
          }
      }),
      count: 1,
    },
    {
      name: 'a level of something the words do not name as good ("Level kebisingan ...": the down words do not know it)',
      doc: unpolarised('M', { statement: 'Level air waduk saat musim kemarau', unit: 'meter' }),
    },
    {
      name: "one year's target and realisation (an LKjIP table) of an open ratio: its capaian needs the direction",
      doc: unpolarised('M', {
        statement: 'Rasio dokter terhadap penduduk',
        unit: 'Rasio',
        baseline: undefined,
        targets: { '2025': 0.5 },
        realisations: { '2025': 0.4 },
      }),
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'the work done on a bad condition, stated as higher-is-better ("Persentase kasus TB yang ditemukan dan diobati")',
      doc: withFirst('M', { statement: 'Persentase kasus tuberkulosis yang ditemukan dan diobati', unit: '%', polarity: 'up' }),
    },
    {
      name: 'a state wanted that is negated or follows a bad condition, stated as lower-is-better',
      doc: mut((d) => {
        const names = [
          'Persentase penduduk tidak mampu yang terlayani',
          'Persentase kasus yang tertangani',
          'Persentase penurunan sekolah yang terakreditasi',
        ];
        let k = 0;
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            i.polarity = 'down';
            i.statement = `${names[k++ % names.length]} ${r.id}`;
          }
      }),
    },
    {
      name: 'a count of violations stated as lower-is-better',
      doc: withFirst('M', { statement: 'Jumlah pelanggaran Perda', unit: 'kasus', polarity: 'down' }),
    },
    {
      name: 'the rate of going on to the next school ("Angka melanjutkan ..."), better higher',
      doc: unpolarised('M', { statement: 'Angka melanjutkan dari SMP ke SMA', unit: '%' }),
    },
    {
      name: 'what a sector yields ("Produksi garam", "Pertumbuhan PDB perikanan"), better higher',
      doc: mut((d) => {
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            i.statement = (r.id.length % 2 === 0 ? 'Produksi garam rakyat ' : 'Pertumbuhan PDB perikanan ') + r.id;
          }
      }),
    },
    {
      name: 'mean years of schooling headed "Angka" ("Angka Rata-rata Lama Sekolah"), better higher',
      doc: unpolarised('M', { statement: 'Angka Rata-rata Lama Sekolah', unit: 'tahun' }),
    },
    {
      name: 'capacity, an index of gender development, and policies on violations completed: better higher',
      doc: mut((d) => {
        const names = ['Kapasitas debit air bersih', 'IPG', 'Jumlah kebijakan penanganan pelanggaran yang diselesaikan'];
        let k = 0;
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            i.statement = `${names[k++ % names.length]} ${r.id}`;
          }
      }),
    },
    {
      name: 'an indicator worded as a result ("Terselenggaranya ..."): indicator-as-statement says it',
      doc: unpolarised('M', { statement: 'Terselenggaranya rapat koordinasi penanganan pelanggaran', unit: 'kali' }),
    },
    {
      name: 'a direction the wording gives',
      doc: unpolarised('M', { statement: 'Angka kematian ibu' }),
    },
    {
      name: 'a percentage spelled "Presentase"',
      doc: unpolarised('M', { statement: 'Presentase makanan yang memenuhi syarat kesehatan', unit: '%' }),
    },
    {
      name: 'an average score ("Rata-rata Indeks Prestasi Kumulatif (IPK) mahasiswa")',
      doc: unpolarised('M', { statement: 'Rata-rata Indeks Prestasi Komulatif (IPK) mahasiswa S2', unit: 'IPK' }),
    },
    {
      name: 'a level of something good ("Tingkat pemahaman ...")',
      doc: unpolarised('M', { statement: 'Tingkat pemahaman ideologi dan wawasan kebangsaan', unit: 'Poin' }),
    },
    {
      name: 'the result of an index ("Hasil Indeks Kepuasan Masyarakat"), a level of fulfilment, a capability level, a ratio of those covered',
      doc: mut((d) => {
        const names = [
          'Hasil Indeks Kepuasan Masyarakat',
          'Tingkat pemenuhan pembiayaan dan perlindungan usaha pertanian',
          'Level Internal Audit Capability Model (IACM)',
          'Rasio lahan pertanian yang terlindungi asuransi pertanian terhadap total lahan pertanian',
          'Luas kawasan tidak layak huni yang mendapat peningkatan layanan prasarana permukiman',
        ];
        let k = 0;
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            i.statement = `${names[k++ % names.length]} ${r.id}`;
          }
      }),
    },
    {
      name: 'things counted with no measure word ("Rumah Tangga yang dikaji" in RT, "Desa Siaga Aktif" in Desa), like "Jumlah ..."',
      doc: mut((d) => {
        const names: [string, string][] = [
          ['Rumah Tangga yang dikaji', 'RT'],
          ['Desa Siaga Aktif', 'Desa'],
        ];
        let k = 0;
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            const [statement, unit] = names[k++ % names.length]!;
            Object.assign(i, { statement: `${statement} ${r.id}`, unit });
          }
      }),
    },
    {
      name: 'nothing states a direction, but the wording gives every one',
      doc: mut((d) => {
        for (const r of d.results)
          for (const i of (r as any).indicators ?? []) {
            delete i.polarity;
            i.statement = 'Persentase ASN yang berkinerja baik ' + r.id;
          }
      }),
    },
  ],
});
