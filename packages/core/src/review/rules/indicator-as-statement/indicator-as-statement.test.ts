import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('indicator-as-statement', {
  reject: [
    {
      name: 'IK naming the condition wanted, with no measure ("Harga pangan yang terjangkau dan terkendali")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Harga pangan yang terjangkau dan terkendali')),
      says: 'kondisi yang diinginkan',
    },
    { name: 'IK "Meningkatnya ..."', doc: mut((d) => (firstInd(d, 'M').statement = 'Meningkatnya mutu layanan puskesmas')) },
    {
      name: 'IK of a quality reached, with no measure ("Tertib ketatausahaan ...")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Tertib ketatausahaan dan keprotokolan')),
      says: '"Tertib ..."',
    },
    {
      name: 'IK of two results joined, the second in full ("Tersusun dan Terlaksananya Kurikulum ...")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Tersusun dan Terlaksananya Kurikulum Muatan Lokal Budaya Jawa')),
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a measure named by its head ("Status ... yang baik", "Rata-rata ... yang terjangkau")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Status gizi balita yang baik')),
    },
    {
      name: 'a measure of a quality ("Persentase ... yang tertib")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Persentase arsip yang tertib')),
    },
    {
      name: 'a measure whose words hold "dan" and a result further on ("Jumlah sarana dan tersedianya ...")',
      doc: mut((d) => (firstInd(d, 'M').statement = 'Persentase sekolah dan madrasah yang terakreditasi')),
    },
  ],
});
