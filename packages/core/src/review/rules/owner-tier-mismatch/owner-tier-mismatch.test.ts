import { clean, mut, renstraOnly, res, tableCases, withResult } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The clean document with result `id` owned by the position named `position` (its type read from the name). */
const ownedBy = (id: string, position: string) => withResult(id, { owner: { position } });

/** A hospital's Renstra (RSUD kelas B): a program owned by `programOwner`, its kegiatan by a Kepala Bidang. */
const hospital = (programOwner: string) =>
  renstraOnly(
    'Renstra RSUD Provinsi',
    (
      [
        // id, level, parent, statement, owner's position and its type
        ['T', 'tujuan', undefined, 'Meningkatnya derajat kesehatan masyarakat', 'Direktur', 'jpt-pratama'],
        ['S', 'sasaran', 'T', 'Meningkatnya mutu pelayanan kesehatan rujukan', 'Direktur', 'jpt-pratama'],
        ['P', 'program', 'S', 'Program Pemenuhan Upaya Kesehatan Perorangan', programOwner, 'administrator'],
        ['K', 'kegiatan', 'P', 'Penyediaan Layanan Kesehatan Rujukan', 'Kepala Bidang Pelayanan Medik', 'administrator'],
        ['SK', 'sub-kegiatan', 'K', 'Pelayanan Instalasi Gawat Darurat', 'Kepala Seksi Pelayanan Medik', 'pengawas'],
      ] as const
    ).map(([id, level, parent, statement, position, positionType]) => ({
      id,
      level,
      ...(parent === undefined ? {} : { parent }),
      statement,
      owner: { position, positionType },
    })),
  );

/**
 * A unit's tree that starts from its dinas' goal (a UPTD, a cabang dinas, a school): the goal owned
 * by the kepala dinas of `goalAgency`, the rest by the unit's head (`head`, of type `headType`) and
 * its kepala seksi; the document is the unit `agency`'s.
 */
const unitTree = ([agency, goalAgency, head, headType]: readonly [string, string, string, string]) =>
  mut((d) => {
    d.agency = { name: agency };
    for (const r of d.results) r.owner = { position: r.level === 'output' ? 'Pranata Komputer Ahli Pertama' : 'Kepala Seksi Layanan' };
    res(d, 'G').owner = { agency: goalAgency, position: 'Kepala Dinas', positionType: 'jpt-pratama' };
    res(d, 'U').owner = { position: head, positionType: headType };
  });

testRule('owner-tier-mismatch', {
  reject: [
    {
      name: 'an output owned by an asisten of the sekda ("Asisten Pemerintahan dan Kesra", read from the name)',
      doc: ownedBy('O0a', 'Asisten Pemerintahan dan Kesra'),
      where: 'O0a',
    },
    {
      name: 'an output owned by an asisten of the sekda written with "Bidang" ("Asisten Bidang Perekonomian dan Pembangunan")',
      doc: ownedBy('O0a', 'Asisten Bidang Perekonomian dan Pembangunan'),
      where: 'O0a',
    },
    {
      name: 'a kegiatan owned by a kepala bidang whose program is owned by a kepala bidang too',
      doc: hospital('Kepala Bidang Perencanaan'),
      where: 'K',
    },
    {
      name: 'an output owned by a kepala bidang (stated)',
      doc: withResult('O0a', { owner: { unit: 'Bidang Pelayanan', position: 'Kepala Bidang', positionType: 'administrator' } }),
      where: 'O0a',
    },
    {
      name: 'an ultimate outcome owned by a kepala seksi (read from the name)',
      doc: ownedBy('U', 'Kepala Seksi Perencanaan'),
      where: 'U',
      says: 'pengawas',
    },
    {
      name: 'an intermediate outcome owned by a "Pejabat Fungsional ..." (read from the name, after the 2021 delayering)',
      doc: ownedBy('I', 'Pejabat Fungsional Analis Ketahanan Pangan Ahli Muda'),
      where: 'I',
      says: 'jabatan fungsional',
    },
    {
      name: 'an intermediate outcome owned by a "Sub Koordinator ..." (a functional position with a coordinating task)',
      doc: ownedBy('I', 'Sub Koordinator Keamanan Pangan'),
      where: 'I',
      says: 'jabatan fungsional',
    },
    {
      name: 'an intermediate outcome owned by a "Staf Pelaksana ..." (read from the name)',
      doc: ownedBy('I', 'Staf Pelaksana Seksi Pemberdayaan Masyarakat'),
      where: 'I',
      says: '(Staf Pelaksana Seksi Pemberdayaan Masyarakat)',
    },
    {
      name: 'an ultimate outcome owned by a "Ketua Tim Kerja ..." (a functional official leading a team, PermenPAN-RB 7/2022)',
      doc: ownedBy('U', 'Ketua Tim Kerja Pelayanan Kesehatan'),
      where: 'U',
      says: 'jabatan fungsional',
    },
    {
      name: 'an output owned by an inspektur pembantu, an administrator (not the inspektur, a JPT pratama)',
      doc: ownedBy('O0a', 'Inspektur Pembantu Wilayah II'),
      where: 'O0a',
      says: 'dimiliki oleh administrator (Inspektur Pembantu Wilayah II)',
    },
    {
      name: "the kepala dinas named with the document's own agency is still its head (a kepala seksi's intermediate outcome)",
      doc: unitTree(['Dinas Kesehatan Provinsi', 'Dinas Kesehatan Provinsi', 'Sekretaris', 'administrator']),
      where: 'I',
      says: 'pengawas',
    },
  ],
  accept: [
    { name: 'positions that fit', doc: clean },
    ...tableCases(unitTree, [
      [
        "a UPTD museum under its dinas' goal: the kepala UPTD heads it, the kepala seksi own its outcomes",
        ['UPTD Museum Negeri Provinsi', 'Dinas Pendidikan dan Kebudayaan', 'Kepala UPTD Museum', 'administrator'],
      ],
      [
        "a cabang dinas pendidikan under its dinas' goal",
        ['Cabang Dinas Pendidikan Wilayah III', 'Dinas Pendidikan Provinsi', 'Kepala Cabang Dinas Pendidikan Wilayah III', 'administrator'],
      ],
      [
        "an SLB negeri under its dinas' goal: the kepala sekolah, a teacher with a tugas tambahan, heads it",
        ['SLB Negeri 2 Kota Sukamaju', 'Dinas Pendidikan Provinsi', 'Kepala Sekolah', 'fungsional'],
      ],
      ...(
        [
          ['UPTD Pengujian Kendaraan Bermotor', 'Dinas Perhubungan Kabupaten Sukamaju'],
          ['UPTD Metrologi Legal', 'Dinas Perdagangan dan Perindustrian Kabupaten Sukamaju'],
          ['UPTD Perlindungan Perempuan dan Anak', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Sukamaju'],
        ] as const
      ).map(([unit, dinas]): [string, [string, string, string, string]] => [
        `a ${unit} whose name holds its dinas' ("${unit} ${dinas}"): the kepala dinas heads the dinas, not the UPTD`,
        [`${unit} ${dinas}`, dinas, `Kepala ${unit}`, 'administrator'],
      ]),
      [
        'a UPTD whose name holds its dinas\' ("UPTD Taman Hutan Raya Dinas Kehutanan Provinsi ..."): the kepala dinas heads the dinas',
        [
          'UPTD Taman Hutan Raya Dinas Kehutanan Provinsi Sukamaju',
          'Dinas Kehutanan Provinsi Sukamaju',
          'Kepala UPTD Tahura',
          'administrator',
        ],
      ],
      [
        'a UPTD laboratorium named with its Dinas PUPR, in lower case',
        [
          'UPTD Laboratorium Pengujian Bahan Konstruksi Dinas PUPR Provinsi',
          'dinas pupr provinsi',
          'Kepala UPTD Laboratorium',
          'administrator',
        ],
      ],
    ]),
    {
      name: 'an output owned by an "Asisten Ombudsman" (an examiner of an Ombudsman RI Perwakilan, not an asisten of the sekda)',
      doc: ownedBy('O0a', 'Asisten Ombudsman'),
    },
    { name: 'an output owned by an "Asisten Ahli" (a lecturer\'s functional rank)', doc: ownedBy('O0a', 'Asisten Ahli') },
    {
      name: 'a kegiatan owned by a kepala bidang under a program owned by a wakil direktur (RSUD kelas B: wadir eselon IIIa over kabid IIIb, PP 72/2019)',
      doc: hospital('Wakil Direktur Pelayanan'),
    },
    {
      name: 'a kinerja taktis owned by a "Ketua Tim Kerja ..." (leading the work of a delayered administrator\'s unit)',
      doc: ownedBy('I', 'Ketua Tim Kerja Pencegahan Penyakit'),
    },
    {
      name: 'an output owned by a "Katim ..."',
      doc: ownedBy('O0a', 'Katim Pelayanan Primer'),
    },
    {
      name: 'a kelurahan: the sekretaris kelurahan, under the lurah, owns an output',
      doc: mut((d) => {
        for (const r of d.results) r.owner = { position: r.parent === undefined || r.id === 'U' ? 'Lurah' : 'Kepala Seksi Pemerintahan' };
        res(d, 'O0a').owner = { unit: 'Sekretariat Kelurahan', position: 'Sekretaris Kelurahan' };
      }),
    },
    {
      name: 'a Poltekkes: the sekretaris jurusan, a dosen with a tugas tambahan, owns an output (no administrator heading the tree)',
      doc: mut((d) => {
        const by: Record<string, string> = {
          goal: 'Direktur',
          'ultimate-outcome': 'Direktur',
          'intermediate-outcome': 'Wakil Direktur Bidang Akademik',
          'immediate-outcome': 'Kepala Sub Bagian Administrasi Umum',
        };
        for (const r of d.results) r.owner = { position: by[r.level] ?? 'Pranata Laboratorium Pendidikan' };
        res(d, 'O0a').owner = { unit: 'Jurusan Keperawatan', position: 'Sekretaris Jurusan Keperawatan' };
      }),
    },
    {
      name: "a direktorat's agreement from kegiatan down: the direktur's kegiatan, the kepala subdirektorat's sub kegiatan",
      doc: renstraOnly('PK Direktorat', [
        {
          id: 'K',
          level: 'kegiatan',
          statement: 'Terselenggaranya pembinaan batas daerah',
          owner: { position: 'Direktur', positionType: 'jpt-pratama' },
        },
        {
          id: 'S',
          level: 'sub-kegiatan',
          parent: 'K',
          statement: 'Tersusunnya dokumen batas daerah',
          owner: { position: 'Kepala Subdirektorat Batas Daerah', positionType: 'administrator' },
        },
      ]),
    },
    {
      name: "an eselon IV's own agreement: a partial tree from kegiatan down, all owned by the kepala sub bidang",
      doc: renstraOnly('PK Kepala Sub Bidang Penyusunan Anggaran', [
        {
          id: 'K1',
          level: 'kegiatan',
          statement: 'Tersusunnya dokumen anggaran daerah tepat waktu',
          owner: { unit: 'Sub Bidang Penyusunan Anggaran', position: 'Kepala Sub Bidang Penyusunan Anggaran' },
          indicators: [{ statement: 'Jumlah dokumen anggaran yang tersusun tepat waktu', unit: 'dokumen' }],
        },
        {
          id: 'SK1',
          level: 'sub-kegiatan',
          parent: 'K1',
          statement: 'Tersusunnya RKA-SKPD',
          owner: { unit: 'Sub Bidang Penyusunan Anggaran', position: 'Kepala Sub Bidang Penyusunan Anggaran' },
          indicators: [{ statement: 'Jumlah dokumen RKA yang tersusun', unit: 'dokumen' }],
        },
      ]),
    },
  ],
});
