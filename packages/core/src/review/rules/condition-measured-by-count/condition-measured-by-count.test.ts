import { firstInd, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const counted = (statement: string, unit = 'Dokumen') => ({ statement, unit });

testRule('condition-measured-by-count', {
  reject: [
    {
      name: 'a quality measured by counts of reports and of guidance given',
      doc: mut((d) => {
        const m = res(d, 'M');
        m.statement = 'Meningkatnya Kualitas Administrasi Keuangan dan BMN';
        Object.assign(m.indicators[0], counted('Jumlah laporan keuangan yang disusun'));
        m.indicators.push({ id: 'M.2', ...counted('Jumlah kegiatan pembinaan administrasi keuangan', 'Kegiatan') });
      }),
      says: 'kondisi "kualitas"',
    },
    {
      name: 'a spread measured by an average per head',
      doc: mut((d) => {
        const m = res(d, 'M');
        m.statement = 'Terciptanya pemerataan distribusi pendapatan';
        Object.assign(m.indicators[0], counted('Pengeluaran perkapita makanan', 'Rupiah'));
      }),
      says: '"pemerataan"',
    },
  ],
  accept: [
    {
      name: 'a count beside a share of the condition',
      doc: mut((d) => {
        res(d, 'M').indicators.push({ id: 'M.2', ...counted('Jumlah puskesmas terakreditasi', 'Puskesmas') });
      }),
    },
    {
      name: 'a count of bad events for safety (lower is better)',
      doc: mut((d) => {
        const m = res(d, 'M');
        m.statement = 'Meningkatnya keselamatan lalu lintas';
        Object.assign(firstInd(d, 'M'), { statement: 'Jumlah kecelakaan lalu lintas', unit: 'Kejadian', polarity: 'down' });
      }),
    },
    {
      name: 'an average per head for a welfare (a level, not a spread)',
      doc: mut((d) => {
        const m = res(d, 'M');
        m.statement = 'Meningkatnya kesejahteraan masyarakat';
        Object.assign(m.indicators[0], counted('PDRB per kapita', 'Rupiah'));
      }),
    },
    {
      name: 'the quality of a means clause is how, not what is reached',
      doc: mut((d) => {
        const m = res(d, 'M');
        m.statement = 'Meningkatnya cakupan layanan melalui peningkatan kualitas puskesmas';
        Object.assign(m.indicators[0], counted('Jumlah kunjungan puskesmas', 'Kunjungan'));
      }),
    },
    {
      name: 'an indicator that names the condition, whatever its head',
      doc: mut((d) => {
        const m = res(d, 'M');
        m.statement = 'Meningkatnya produktivitas tanaman perkebunan';
        Object.assign(m.indicators[0], counted('Jumlah produktivitas kopi', 'Ton/Ha'));
      }),
    },
    {
      name: 'an output counts what it delivers',
      doc: mut((d) => {
        res(d, 'O0a').statement = 'Tersedianya Dokumen Mutu Layanan Puskesmas';
      }),
    },
  ],
});
