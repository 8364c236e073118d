import { statedAs, statedRows, statedUnpolarised } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('input-indicator', {
  reject: [
    {
      name: 'notices of investigation received, at an output ("Jumlah SPDP yang diterima", Kejaksaan Negeri)',
      doc: statedAs('O0a', 'Jumlah SPDP yang diterima', 'berkas', { polarity: 'up' }),
      says: '("Jumlah SPDP yang diterima")',
      count: 1,
    },
    {
      name: 'permit applications coming in, at an outcome ("Jumlah permohonan izin yang masuk")',
      doc: statedAs('M', 'Jumlah permohonan izin yang masuk', 'berkas', { polarity: 'up' }),
      where: 'M',
      says: 'banyaknya permohonan yang masuk',
    },
    {
      name: 'incoming mail ("Jumlah surat masuk")',
      doc: statedAs('O0a', 'Jumlah surat masuk', 'surat', { polarity: 'up' }),
      says: 'surat',
    },
    {
      name: 'cases received with no direction stated ("Jumlah perkara yang diterima")',
      doc: statedUnpolarised('M', 'Jumlah perkara yang diterima', 'perkara'),
      says: 'persentase perkara yang diselesaikan',
    },
    {
      name: 'complaints brought, planned to grow ("Jumlah pengaduan masyarakat yang disampaikan")',
      doc: statedAs('M', 'Jumlah pengaduan masyarakat yang disampaikan', 'aduan', { polarity: 'up' }),
      where: 'M',
    },
  ],
  accept: [
    {
      name: 'complaints coming in, planned to fall: a condition ("Jumlah pengaduan yang masuk", polarity down)',
      doc: statedAs('M', 'Jumlah pengaduan yang masuk', 'aduan', { polarity: 'down' }),
    },
    // Higher is better, as the clean document states: id | statement | unit | case.
    ...statedRows(`
      M | Jumlah perkara yang diterima dan diputus | perkara | what came in and was settled ("Jumlah perkara yang diterima dan diputus")
      M | Jumlah pengaduan masuk yang ditindaklanjuti | aduan | complaints followed up ("Jumlah pengaduan masuk yang ditindaklanjuti")
      M | Jumlah proposal penelitian yang diterima | proposal | a proposal accepted is a grant won ("Jumlah proposal penelitian yang diterima")
      O0a | Jumlah surat teguran dan surat paksa pajak daerah yang disampaikan | surat | warning letters the office sends ("Jumlah surat teguran dan surat paksa pajak daerah yang disampaikan", a BPKAD)
      O0a | Jumlah laporan yang disampaikan tepat waktu | laporan | the reports the office itself sends on ("Jumlah laporan yang disampaikan tepat waktu")
      M | Jumlah investasi yang masuk | miliar rupiah | investment coming in is a result ("Jumlah investasi yang masuk")
      O0a | Jumlah usulan proyek yang masuk Blue Book | usulan | proposals taken into the Blue Book, a Biro Perencanaan's result ("Jumlah usulan proyek yang masuk Blue Book")
      M | Jumlah usulan kegiatan yang masuk ke dalam RKP | usulan | proposals taken into the government work plan ("Jumlah usulan kegiatan yang masuk ke dalam RKP")
      M | Persentase pengaduan yang diterima melalui SP4N LAPOR | % | a share, not a count ("Persentase pengaduan yang diterima melalui SP4N LAPOR")
    `),
  ],
});
