import { clean, renstraOnly, withStatement } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('statement-length', {
  reject: [{ name: 'a one-word statement', doc: withStatement('O0a', 'Dokumen') }],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a kegiatan named by the nomenclature, however long',
      doc: renstraOnly('Renstra Dinkes', [
        {
          id: 'K10',
          level: 'kegiatan',
          statement:
            'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota dan Pengelolaan Pelayanan Kesehatan bagi Penduduk pada Kondisi Kejadian Luar Biasa serta Pelayanan Kesehatan Lainnya yang Diperlukan',
          indicators: [{ statement: 'Persentase fasilitas kesehatan yang memenuhi standar', unit: '%' }],
        },
      ]),
    },
  ],
});
