import { mut, res, withStatement } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const counted = (statement: string, unit = 'Dokumen') => ({ statement, unit });

/** Result M stating `statement`, its first indicator given `first`, and `more` indicators after it. */
const condition = (statement: string, first: Record<string, unknown>, ...more: Record<string, unknown>[]) =>
  mut((d) => {
    const m = res(d, 'M');
    m.statement = statement;
    Object.assign(m.indicators[0], first);
    m.indicators.push(...more);
  });

testRule('condition-measured-by-count', {
  reject: [
    {
      name: 'a quality measured by counts of reports and of guidance given',
      doc: condition('Meningkatnya Kualitas Administrasi Keuangan dan BMN', counted('Jumlah laporan keuangan yang disusun'), {
        id: 'M.2',
        ...counted('Jumlah kegiatan pembinaan administrasi keuangan', 'Kegiatan'),
      }),
      says: 'kondisi "kualitas"',
    },
    {
      name: 'the indicators quoted as written, an acronym kept in capitals ("bersertifikat PIRT")',
      doc: condition('Meningkatnya Mutu Produk Olahan Hasil Pertanian', counted('Jumlah produk olahan bersertifikat PIRT', 'Produk')),
      says: '("Jumlah produk olahan bersertifikat PIRT")',
    },
    {
      name: 'a spread measured by an average per head',
      doc: condition('Terciptanya pemerataan distribusi pendapatan', counted('Pengeluaran perkapita makanan', 'Rupiah')),
      says: '"pemerataan"',
    },
  ],
  accept: [
    {
      name: 'a count beside a share of the condition',
      doc: mut((d) => res(d, 'M').indicators.push({ id: 'M.2', ...counted('Jumlah puskesmas terakreditasi', 'Puskesmas') })),
    },
    {
      name: 'a count of bad events for safety (lower is better)',
      doc: condition('Meningkatnya keselamatan lalu lintas', { ...counted('Jumlah kecelakaan lalu lintas', 'Kejadian'), polarity: 'down' }),
    },
    {
      name: 'an average per head for a welfare (a level, not a spread)',
      doc: condition('Meningkatnya kesejahteraan masyarakat', counted('PDRB per kapita', 'Rupiah')),
    },
    {
      name: 'the quality of a means clause is how, not what is reached',
      doc: condition(
        'Meningkatnya cakupan layanan melalui peningkatan kualitas puskesmas',
        counted('Jumlah kunjungan puskesmas', 'Kunjungan'),
      ),
    },
    {
      name: 'an indicator that names the condition, whatever its head',
      doc: condition('Meningkatnya produktivitas tanaman perkebunan', counted('Jumlah produktivitas kopi', 'Ton/Ha')),
    },
    { name: 'an output counts what it delivers', doc: withStatement('O0a', 'Tersedianya Dokumen Mutu Layanan Puskesmas') },
  ],
});
