import { clean, mut, renstraChain, res, statementCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('output-as-activity', {
  reject: [
    {
      name: 'a Renstra kegiatan that only says it was carried out ("Terlaksananya Administrasi Keuangan ...")',
      doc: renstraChain(
        'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'Terlaksananya Administrasi Keuangan Perangkat Daerah',
      ),
      where: 'K',
      says: 'terlaksana',
    },
    { name: '"Penyusunan ..." as an output', doc: mut((d) => (res(d, 'O0a').statement = 'Penyusunan Dokumen Standar Layanan Puskesmas')) },
    {
      name: '"Supervisi ..." as an output (supervision carried out, "Supervisi KPPN", a Kanwil DJPb)',
      doc: mut((d) => (res(d, 'O0a').statement = 'Supervisi KPPN')),
      says: 'Supervisi',
    },
    {
      name: '"Patroli ..." as an output (patrols carried out, "Patroli laut di wilayah pengawasan", a KPPBC)',
      doc: mut((d) => (res(d, 'O0a').statement = 'Patroli laut di wilayah pengawasan')),
      says: 'Patroli',
    },
    {
      name: '"Rekonstruksi ..." as an output, like "Rehabilitasi ..." (a road works activity, not the road delivered)',
      doc: mut((d) => (res(d, 'O0a').statement = 'Rekonstruksi Jalan Kabupaten Ruas Sukamaju - Sukamakmur')),
      where: 'O0a',
      says: '"Rekonstruksi ..."',
    },
    {
      name: '"Operasi dan Pemeliharaan ..." as an output (the O&P of a network is work done, as "Pemeliharaan ..." is)',
      doc: mut((d) => (res(d, 'O0a').statement = 'Operasi dan Pemeliharaan Jaringan Irigasi Permukaan')),
      where: 'O0a',
      says: '"Operasi ..."',
    },
    {
      name: '"Pengkajian ..." as an output (the work of the study, not the study)',
      doc: mut((d) => (res(d, 'O0a').statement = 'Pengkajian Vitalitas Bahasa Daerah')),
      where: 'O0a',
      says: '"Pengkajian ..."',
    },
    // Outputs that open with an activity: the message quotes the opening word ("Sidak ...").
    ...statementCases(
      'O0a',
      (
        [
          ['"Sidak ..." as an output (market spot checks held, a Biro Perekonomian)', 'Sidak Pasar Bersama Satgas Pangan'],
          ['"Sarasehan ..." as an output (a sarasehan held, a Bakesbangpol)', 'Sarasehan Wawasan Kebangsaan bagi Tokoh Masyarakat'],
          [
            '"Redistribusi ..." as an output (land handed out, a Kanwil BPN; its product is the land certified)',
            'Redistribusi Tanah Objek Reforma Agraria',
          ],
          ['"Razia ..." as an output (raids on the cells held, a Lapas)', 'Razia dan Penggeledahan Kamar Hunian'],
          [
            '"Latihan ..." as an output (a joint drill held, a Kantor Pencarian dan Pertolongan)',
            'Latihan Gabungan Pencarian dan Pertolongan',
          ],
          ['"Uji ..." as an output (competency examinations held, a Pusdiklat)', 'Uji Kompetensi Jabatan Fungsional'],
          [
            '"Operasi ..." as an output (search and rescue operations, a Kantor Pencarian dan Pertolongan)',
            'Operasi Pencarian dan Pertolongan terhadap Kecelakaan Kapal dan Pesawat',
          ],
        ] as const
      ).map(([name, statement]) => [name, statement, { says: `"${statement.split(' ', 1)[0]} ..."` }] as const),
    ),
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a Renstra kegiatan stating its product',
      doc: renstraChain(
        'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        'Tersedianya Dokumen Perencanaan dan Evaluasi Kinerja Perangkat Daerah',
      ),
      where: 'K',
    },
    {
      // (a Balai Bahasa's rincian output: a kajian is the study delivered; the work is "Pengkajian ...")
      name: '"Kajian ..." as an output names the study delivered, as "Dokumen ..." does',
      doc: mut((d) => (res(d, 'O0a').statement = 'Kajian Vitalitas Bahasa Daerah')),
    },
    {
      // (a Balai Besar Perikanan Budidaya's rincian output, counted in units: the demonstration unit built)
      name: '"Percontohan ..." as an output names the demonstration unit delivered',
      doc: mut((d) => (res(d, 'O0a').statement = 'Percontohan budidaya udang skala rumah tangga')),
    },
    {
      // (an LLDIKTI's rincian output: a program studi is a unit of a university, not a programme of work)
      name: '"Program Studi ..." as an output names the study programmes served',
      doc: mut((d) => (res(d, 'O0a').statement = 'Program Studi yang Dibina Menuju Akreditasi Unggul')),
    },
    ...statementCases('O0a', [
      // (a KPP Pratama's output: the requests settled, not the asking)
      ['"Permohonan ... yang Diselesaikan" names the requests settled', 'Permohonan Layanan Perpajakan yang Diselesaikan Tepat Waktu'],
      // (a KPU Kabupaten's PPID output)
      ['"Permohonan ... yang Dilayani" names the requests served', 'Permohonan Informasi Publik yang Dilayani PPID'],
      // (a TVRI stasiun's outputs: the broadcast programmes produced, not programmes of work)
      ['"Program Siaran ..." names the broadcast programmes produced', 'Program Siaran Budaya dan Hiburan Lokal'],
      ['"Program Acara ..." names the broadcast programmes produced', 'Program Acara Dialog Interaktif Pemerintah Daerah'],
    ]),
    {
      name: '"Terlaksananya ..." at an output of a PermenPAN-RB 89 tree',
      doc: mut((d) => (res(d, 'O0a').statement = 'Terlaksananya Kelas Ibu Hamil di Desa')),
    },
    ...statementCases('O0a', [
      [
        'an activity said to be carried out, as "Terlaksananya ..." ("... yang Dilaksanakan", a Pengadilan Negeri)',
        'Mediasi Perkara Perdata yang Dilaksanakan',
      ],
      [
        'an activity said to be held ("... yang Diselenggarakan", a Kantor Pencarian dan Pertolongan)',
        'Latihan Gabungan Pencarian dan Pertolongan yang Diselenggarakan',
      ],
      [
        'a court decree issued, a document ("Penetapan ... yang Diterbitkan", a Pengadilan Negeri)',
        'Penetapan Penahanan dan Penyitaan yang Diterbitkan',
      ],
      // (a Kantor Regional BKN's outputs: the pertimbangan teknis it issues, a document)
      ['a pertimbangan teknis, the document issued ("Pertimbangan Teknis Pensiun PNS")', 'Pertimbangan Teknis Pensiun PNS'],
      ['a pertimbangan teknis, the document issued ("Pertimbangan Teknis Kenaikan Pangkat")', 'Pertimbangan Teknis Kenaikan Pangkat'],
      // (a BBSPJI's output, counted in documents)
      [
        'a perjanjian, the agreement signed ("Perjanjian Kerja Sama dengan Industri")',
        'Perjanjian Kerja Sama dengan Industri dan Perguruan Tinggi',
      ],
      // (a Balai Teknik Perkeretaapian's output, counted in lokasi)
      ['a perlintasan, the level crossing itself ("Perlintasan Sebidang yang Ditingkatkan")', 'Perlintasan Sebidang yang Ditingkatkan'],
      [
        'a perlintasan, the level crossing itself ("Perlintasan Sebidang Jalan Rel yang Dijaga")',
        'Perlintasan Sebidang Jalan Rel yang Dijaga',
      ],
      // (a Deputi of an LPNK's output, counted in pedoman: a guideline is a document, not pe-...-an work)
      ['a pedoman, the guideline delivered ("Pedoman Cara Pembuatan Obat yang Baik")', 'Pedoman Cara Pembuatan Obat yang Baik'],
    ]),
  ],
});
