import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const withFormula = (statement: string, formula: string) => mut((d) => Object.assign(firstInd(d, 'G'), { statement, formula }));

testRule('formula-mismatch', {
  reject: [
    {
      name: 'a data source given as the formula ("Hasil analisis survey peredaran pangan")',
      doc: withFormula('Nilai NBM (Neraca Bahan Makanan)', 'Hasil analisis survey peredaran pangan'),
      says: 'sumber datanya',
    },
    {
      name: 'a formula of a bare figure ("0")',
      doc: withFormula('Cakupan penanganan PMKS', '0'),
      says: 'tidak menjelaskan cara menghitungnya',
    },
    {
      name: 'a formula that only repeats the name ("∑ Produksi Padi")',
      doc: withFormula('Produksi Padi', '∑ Produksi Padi'),
      says: 'hanya mengulang nama IK',
    },
    {
      name: 'a formula dividing by the target',
      doc: withFormula(
        'Persentase masjid dan mushala yang dikunjungi',
        'Jumlah masjid/mushala yg dikunjungi / Jumlah mesjid/mushala yang ditargetkan x 100',
      ),
      says: 'membagi dengan target',
    },
    {
      name: 'a satisfaction index computed as passengers over seats',
      doc: withFormula(
        'Indeks Kepuasan Masyarakat terhadap Layanan Perhubungan',
        'Rasio = Jumlah Penumpang Angkutan Umum x 100% / Kapasitas angkutan umum',
      ),
      where: 'G',
      says: 'Penumpang',
    },
    {
      name: 'a level computed from scores that are not its parts (a count of visitors)',
      doc: withFormula('Tingkat Maturitas SPIP', 'Jumlah nilai retribusi parkir per tahun'),
      where: 'G',
      says: 'retribusi',
    },
    {
      name: 'a poverty rate computed from cases of social disorder',
      doc: withFormula('Angka kemiskinan', 'Jumlah kasus penyakit masyarakat (pekat) yang ditangani dibagi jumlah kasus yang dilaporkan'),
      where: 'G',
    },
    {
      name: 'a percentage of a decrease computed as a difference, with no denominator',
      doc: withFormula(
        'Persentase penurunan jumlah konflik berlatar belakang agama',
        'Jumlah kejadian konflik tahun n - Jumlah kejadian konflik tahun n-1',
      ),
      says: 'tidak membagi',
    },
    {
      name: 'a percentage whose formula is a reference, not a formula',
      doc: withFormula('Persentase pelayanan administrasi umum yang tepat waktu', 'Berdasarkan PermenPAN 12 Tahun 2015'),
      says: 'pembilang dan penyebutnya',
    },
    {
      name: 'a definition given as the formula, its only slash in "dan/atau"',
      doc: withFormula('Persentase sampah terkelola', 'Sampah terkelola adalah sampah yang dikurangi dan/atau ditangani sesuai ketentuan'),
      says: 'tidak membagi',
    },
  ],
  accept: [
    {
      name: 'a composite index whose listed components compare with a plan on another line',
      doc: withFormula(
        'Indeks kesesuaian program',
        'Indeks kesesuaian program dihitung berdasarkan rata-rata capaian dari:\n1. Persentase kesesuaian program dalam RKPD terhadap RPJMD\n2. Persentase kesenjangan capaian target kinerja',
      ),
    },
    {
      name: 'an evaluation result named after the indicator',
      doc: withFormula('Nilai SAKIP Perangkat Daerah', 'Hasil evaluasi SAKIP oleh Inspektorat'),
    },
    {
      name: 'a change from the year before, marks in brackets',
      doc: withFormula('Peningkatan zakat yang terhimpun', '(Jumlah zakat tahun sekarang [-] jumlah zakat tahun [sebelumnya])'),
    },
    { name: 'a count with its source named', doc: withFormula('Jumlah peserta Qurban', 'Jumlah peserta Qurban menurut laporan Baznas') },
    {
      name: 'a published formula that names its measure by acronym ("TGM = (0,3 FM + ...)")',
      doc: withFormula('Tingkat Kegemaran Membaca Masyarakat', 'TGM = (0,3 FM + 0,3 DM + 0,3 JB) + (0,05 FAI + 0,05 DAI)'),
    },
    { name: 'the clean document (no formulas)', doc: clean },
    {
      name: 'a formula that names what the indicator names',
      doc: withFormula('Persentase desa tangguh bencana', 'Jumlah desa yang terbentuk / Jumlah desa yang seharusnya dibentuk x 100 %'),
    },
    {
      name: 'an acronym spelt out in the formula ("NTP", "Nilai Tukar Petani")',
      doc: withFormula('NTP Tanaman Pangan', 'Nilai tukar petani = indeks harga yang diterima / indeks harga yang dibayar x 100'),
    },
    {
      name: 'an indicator spelt out and its acronym in the formula',
      doc: withFormula('Indeks Kepuasan Masyarakat', 'Rata-rata nilai IKM dari unsur pelayanan x 25'),
    },
    {
      name: 'a maturity level computed from the weighted scores of its parts (PerBPKP 5/2021)',
      doc: withFormula(
        'Tingkat Maturitas Penyelenggaraan SPIP Terintegrasi',
        'Rata-rata tertimbang skor unsur penetapan tujuan, struktur dan proses serta pencapaian tujuan',
      ),
    },
    {
      name: 'a percentage divided in words',
      doc: withFormula('Persentase desa mandiri', 'Jumlah desa mandiri dibagi jumlah seluruh desa dikali 100 persen'),
    },
    {
      name: 'a percentage as a ratio of two figures ("A : B")',
      doc: withFormula('Persentase desa mandiri', 'Desa mandiri : seluruh desa x 100%'),
    },
    {
      name: 'productivity computed from production over area (a shared start, "produk...")',
      doc: withFormula('Jumlah produktivitas tanaman perkebunan', 'Jumlah produksi dibagi luas tanaman menghasilkan'),
    },
    {
      name: 'economic growth computed from the PDRB',
      doc: withFormula('Pertumbuhan Ekonomi', 'PDRB ADHK(t) - PDRB ADHK(t-1) / PDRB ADHK(t-1) x 100%'),
    },
    {
      name: 'a change computed from one year to the next',
      doc: withFormula('Laju pertumbuhan pengunjung', '(Wisatawan tahun n - wisatawan tahun n-1) / wisatawan tahun n-1 x 100%'),
    },
    { name: 'a formula of symbols', doc: withFormula('Persentase desa tangguh bencana', '(A / B) x 100%') },
    {
      name: 'a formula that says only "those that meet the criteria / all"',
      doc: withFormula('Persentase pegawai berkinerja baik', 'Jumlah yang memenuhi kriteria / jumlah seluruhnya x 100 %'),
    },
    {
      name: 'an acronym spelt out without its measure word ("AKI", "kematian ibu")',
      doc: withFormula('AKI', 'Jumlah kematian ibu pada tahap kehamilan dan kelahiran / Jumlah kelahiran hidup x 100.000'),
    },
    {
      name: 'a sum of the product the indicator names',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'O0a'), { statement: 'Produksi Tanaman Pangan: Padi', formula: '∑ Produksi Padi per kecamatan' }),
      ),
    },
  ],
});
