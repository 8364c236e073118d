/**
 * The message catalogue of the review: every user-facing text, in Bahasa Indonesia (`id`) and
 * English (`en`), as functions (the vega-lite pattern). Rules call these; tests assert against
 * them, never against a copied string.
 *
 * @module
 */
import type { LocalizedText } from './types.js';

const t = (id: string, en: string): LocalizedText => Object.freeze({ id, en });
const list = (xs: readonly (string | number)[]): string => xs.join(', ');
// A name given in both languages (a level's label), or one string for both.
const inId = (v: string | LocalizedText): string => (typeof v === 'string' ? v : v.id);
const inEn = (v: string | LocalizedText): string => (typeof v === 'string' ? v : v.en);

/** Every review message, by name. */
export const messages = {
  // ---- structure
  indicatorMissing: () =>
    t(
      'Kinerja ini belum punya indikator kinerja (IK): tambahkan minimal satu IK yang mengukurnya.',
      'This result has no performance indicator (IK): add at least one indicator that measures it.',
    ),
  leafNotOutput: (a: { level: string | LocalizedText }) =>
    t(
      `Kinerja level "${inId(a.level)}" ini tidak punya turunan: uraikan sampai output yang mewujudkannya.`,
      `This "${inEn(a.level)}" result has nothing below it: break it down to the outputs that bring it about.`,
    ),
  outputHasChildren: (a: { level: string | LocalizedText; count: number }) =>
    t(
      `Kinerja level "${inId(a.level)}" adalah output dan seharusnya ujung pohon, tetapi punya ${a.count} turunan.`,
      `This "${inEn(a.level)}" result is an output and should end its branch, but it has ${a.count} result(s) below it.`,
    ),
  orphanResult: (a: { level: string | LocalizedText; top: string | LocalizedText }) =>
    t(
      `Kinerja level "${inId(a.level)}" ini tidak terhubung ke atas: hubungkan ke kinerja di atasnya (parent) sampai ke "${inId(a.top)}".`,
      `This "${inEn(a.level)}" result is not linked upwards: give it a parent so that it leads up to the "${inEn(a.top)}".`,
    ),
  singleChild: (a: { child: string }) =>
    t(
      `Kinerja ini hanya diwujudkan oleh satu kinerja di bawahnya (${a.child}): periksa apakah itu cukup (necessary and sufficient) atau ada kondisi lain yang perlu.`,
      `Only one result (${a.child}) brings this result about: check that it is sufficient, or add the other conditions needed.`,
    ),

  // ---- duplicates
  duplicateSibling: (a: { other: string }) =>
    t(
      `Pernyataan kinerja sama dengan saudaranya ${a.other} di bawah induk yang sama: gabungkan atau bedakan.`,
      `The statement is the same as its sibling ${a.other} under the same parent: merge them or tell them apart.`,
    ),
  duplicateStatement: (a: { other: string }) =>
    t(
      `Pernyataan kinerja sama dengan ${a.other} di cabang lain: jika kinerjanya sama, gunakan satu kinerja dengan crosscutting (contributesTo).`,
      `The statement is the same as ${a.other} in another branch: if it is the same result, keep one and link it with contributesTo (crosscutting).`,
    ),
  childRestatesParent: (a: { parent: string }) =>
    t(
      `Kinerja ini mengulang kinerja induknya ${a.parent}: kinerja di bawah harus menyatakan kondisi penyebab yang lebih spesifik.`,
      `This result restates its parent ${a.parent}: a result below must state a more specific condition that causes it.`,
    ),
  indicatorCopiedFromParent: (a: { parent: string; indicator: string }) =>
    t(
      `IK ${a.indicator} sama dengan IK induknya ${a.parent}: IK kinerja di bawah harus mengukur kondisi yang lebih spesifik.`,
      `Indicator ${a.indicator} is the same as an indicator of its parent ${a.parent}: a result below needs indicators for its own, more specific condition.`,
    ),
  duplicateIndicator: (a: { indicator: string; first: number }) =>
    t(
      `IK ${a.indicator} tertulis dua kali pada kinerja ini (sama dengan IK ke-${a.first + 1}): hapus salah satu.`,
      `Indicator ${a.indicator} appears twice on this result (same as indicator #${a.first + 1}): remove one.`,
    ),

  // ---- statement
  outcomeAsActivity: (a: { head: string }) =>
    t(
      `Outcome dirumuskan sebagai kegiatan ("${a.head} ..."): rumuskan sebagai kondisi yang ingin dicapai, misalnya "Meningkatnya ...", "Menurunnya ...", "Terwujudnya ...".`,
      `The outcome is phrased as an activity ("${a.head} ..."): state the condition to achieve instead, e.g. "Meningkatnya ...", "Menurunnya ...", "Terwujudnya ...".`,
    ),
  outcomeAsOutput: (a: { head: string }) =>
    t(
      `Outcome dirumuskan sebagai output yang diserahkan ("${a.head} ..."): rumuskan perubahan kondisi yang dihasilkan, misalnya "Meningkatnya ...".`,
      `The outcome is phrased as a delivered output ("${a.head} ..."): state the change in condition it brings, e.g. "Meningkatnya ...".`,
    ),
  outcomeNotCondition: () =>
    t(
      'Pernyataan outcome tidak menyatakan kondisi atau perubahan: awali dengan kata kerja kondisi ("Meningkatnya", "Menurunnya", "Terwujudnya", ...) atau sebut kondisinya ("... yang berkualitas").',
      'The outcome statement does not express a condition or a change: start with a condition verb ("Meningkatnya", "Menurunnya", "Terwujudnya", ...) or name the condition ("... yang berkualitas").',
    ),
  outputAsActivity: (a: { head: string }) =>
    t(
      `Output dirumuskan sebagai kegiatan ("${a.head} ..."): rumuskan hasil yang diserahkan, misalnya "Tersedianya ...", "Tersusunnya ...", "Terlaksananya ...".`,
      `The output is phrased as an activity ("${a.head} ..."): state what is delivered, e.g. "Tersedianya ...", "Tersusunnya ...", "Terlaksananya ...".`,
    ),
  outputAsOutcome: (a: { head: string }) =>
    t(
      `Output dirumuskan sebagai perubahan kondisi ("${a.head} ..."), yang merupakan outcome: rumuskan produk/layanan yang dihasilkan ("Tersedianya ...", "Terlaksananya ...") atau pindahkan ke level outcome.`,
      `The output is phrased as a change in condition ("${a.head} ..."), which is an outcome: state the product or service delivered ("Tersedianya ...", "Terlaksananya ...") or move it to an outcome level.`,
    ),
  statementAsProblem: (a: { head: string }) =>
    t(
      `Kinerja dirumuskan sebagai masalah ("${a.head} ..."): pohon kinerja memuat kondisi yang diinginkan, misalnya "Meningkatnya ..." sebagai lawan dari "Rendahnya ...".`,
      `The result is phrased as a problem ("${a.head} ..."): a performance tree holds desired conditions, e.g. "Meningkatnya ..." for "Rendahnya ...".`,
    ),
  redundantWording: (a: { first: string; second: string }) =>
    t(
      `Kata "${a.first} ${a.second}" berulang makna: cukup salah satu, misalnya "${a.first} ..." diikuti objeknya.`,
      `"${a.first} ${a.second}" says the same thing twice: keep one, e.g. "${a.first}" followed by its object.`,
    ),
  compoundStatement: (a: { second: string }) =>
    t(
      `Pernyataan menggabungkan lebih dari satu kinerja ("... ${a.second} ..."): pisahkan menjadi kinerja tersendiri agar masing-masing dapat diukur.`,
      `The statement joins more than one result ("... ${a.second} ..."): split it so that each can be measured.`,
    ),
  statementTooLong: (a: { words: number; max: number }) =>
    t(
      `Pernyataan terlalu panjang (${a.words} kata, lebih dari ${a.max}): rumuskan kinerja secara ringkas, rincian masuk ke IK atau catatan.`,
      `The statement is too long (${a.words} words, more than ${a.max}): state the result briefly and move details to the indicators or notes.`,
    ),
  statementTooShort: (a: { words: number }) =>
    t(
      `Pernyataan terlalu pendek (${a.words} kata): sebutkan kondisi dan objeknya, misalnya "Meningkatnya Kualitas Pelayanan Kepegawaian".`,
      `The statement is too short (${a.words} word(s)): name the condition and what it applies to, e.g. "Meningkatnya Kualitas Pelayanan Kepegawaian".`,
    ),

  // ---- indicator
  indicatorAsStatement: (a: { head: string }) =>
    t(
      `IK dirumuskan sebagai pernyataan kinerja ("${a.head} ..."), bukan ukuran: sebutkan apa yang diukur, misalnya "Persentase ...", "Indeks ...", "Jumlah ...".`,
      `The indicator is phrased as a result ("${a.head} ..."), not a measure: name what is measured, e.g. "Persentase ...", "Indeks ...", "Jumlah ...".`,
    ),
  outcomeIndicatorOutput: (a: { deliverable: string }) =>
    t(
      `IK outcome menghitung keluaran ("Jumlah ${a.deliverable} ..."): outcome diukur dengan persentase, indeks, nilai, rasio atau tingkat perubahan kondisi, bukan banyaknya ${a.deliverable}.`,
      `The outcome indicator counts deliverables ("Jumlah ${a.deliverable} ..."): an outcome is measured by a percentage, index, score, ratio or rate of the condition, not by how many ${a.deliverable} there are.`,
    ),
  outcomeIndicatorCount: () =>
    t(
      'IK outcome berupa jumlah ("Jumlah ..."): pertimbangkan ukuran relatif (persentase, rasio, indeks, tingkat) yang menunjukkan perubahan kondisi.',
      'The outcome indicator is a count ("Jumlah ..."): consider a relative measure (percentage, ratio, index, rate) that shows the change in condition.',
    ),
  outputIndicatorRate: (a: { head: string }) =>
    t(
      `IK output berupa "${a.head} ...", ukuran yang lazim untuk outcome: output diukur dengan jumlah produk/layanan yang dihasilkan ("Jumlah dokumen ...").`,
      `The output indicator is a "${a.head} ...", a measure for outcomes: an output is measured by the number of products or services delivered ("Jumlah dokumen ...").`,
    ),
  unitMismatch: (a: { head: string; unit: string; expected: 'percent' | 'count' | 'index' }) =>
    t(
      `Satuan "${a.unit}" tidak sesuai dengan IK "${a.head} ...": ${
        a.expected === 'percent' ? 'persentase bersatuan "%"' : a.expected === 'count' ? 'jumlah bersatuan benda atau orang (dokumen, orang, unit ...), bukan "%" atau indeks' : 'indeks bersatuan indeks/nilai/poin'
      }.`,
      `The unit "${a.unit}" contradicts the indicator "${a.head} ...": ${
        a.expected === 'percent' ? 'a percentage is in "%"' : a.expected === 'count' ? 'a count is in things or people (documents, persons, units ...), not "%" or an index' : 'an index is in index points or a score'
      }.`,
    ),
  unitMissing: () =>
    t('IK tidak punya satuan: isi `unit` (misalnya "%", "Indeks", "Dokumen", "Orang").', 'The indicator has no unit: fill in `unit` (e.g. "%", "Indeks", "Dokumen", "Orang").'),
  unitMissingAll: (a: { count: number }) =>
    t(
      `Tidak satu pun dari ${a.count} IK punya satuan: isi \`unit\` setiap IK (misalnya "%", "Indeks", "Dokumen").`,
      `None of the ${a.count} indicators has a unit: fill in \`unit\` for each (e.g. "%", "Indeks", "Dokumen").`,
    ),

  // ---- targets
  targetsMissing: () =>
    t('IK belum punya target: isi `targets` untuk setiap tahun periode.', 'The indicator has no targets: fill in `targets` for each year of the period.'),
  targetsMissingAll: (a: { count: number }) =>
    t(
      `Tidak satu pun dari ${a.count} IK punya target: pohon kinerja belum dapat dipakai untuk mengukur capaian.`,
      `None of the ${a.count} indicators has targets: the tree cannot be used to measure achievement yet.`,
    ),
  baselineMissing: () =>
    t(
      'IK punya target tetapi tidak punya baseline (kondisi awal): tanpa baseline, target tidak dapat dinilai.',
      'The indicator has targets but no baseline: without a starting value the targets cannot be judged.',
    ),
  baselineMissingAll: (a: { count: number }) =>
    t(
      `Tidak satu pun dari ${a.count} IK punya baseline (kondisi awal): isi \`baseline\` dengan tahun dan nilainya.`,
      `None of the ${a.count} indicators has a baseline: fill in \`baseline\` with its year and value.`,
    ),
  targetYearMissing: (a: { years: readonly number[] }) =>
    t(
      `Target untuk tahun ${list(a.years)} dalam periode belum diisi.`,
      `No target for ${a.years.length === 1 ? 'the year' : 'the years'} ${list(a.years)} of the period.`,
    ),
  targetOutsidePeriod: (a: { years: readonly string[]; start: number; end: number }) =>
    t(
      `Target tahun ${list(a.years)} berada di luar periode ${a.start}-${a.end}.`,
      `The target for ${list(a.years)} lies outside the period ${a.start}-${a.end}.`,
    ),
  baselineAfterTarget: (a: { baselineYear: number; firstYear: string }) =>
    t(
      `Tahun baseline (${a.baselineYear}) tidak sebelum tahun target pertama (${a.firstYear}): baseline adalah kondisi sebelum periode target.`,
      `The baseline year (${a.baselineYear}) is not before the first target year (${a.firstYear}): a baseline is the condition before the targets.`,
    ),
  targetAgainstPolarity: (a: { polarity: 'up' | 'down'; year: string; value: string; prevYear: string; prevValue: string }) =>
    a.polarity === 'up'
      ? t(
          `Target ${a.year} (${a.value}) lebih rendah dari target ${a.prevYear} (${a.prevValue}), padahal IK ini makin tinggi makin baik (polarity: up).`,
          `The ${a.year} target (${a.value}) is below the ${a.prevYear} target (${a.prevValue}), but higher is better for this indicator (polarity: up).`,
        )
      : t(
          `Target ${a.year} (${a.value}) lebih tinggi dari target ${a.prevYear} (${a.prevValue}), padahal IK ini makin rendah makin baik (polarity: down).`,
          `The ${a.year} target (${a.value}) is above the ${a.prevYear} target (${a.prevValue}), but lower is better for this indicator (polarity: down).`,
        ),
  targetWorseThanBaseline: (a: { polarity: 'up' | 'down'; year: string; value: string; baseline: string }) =>
    a.polarity === 'up'
      ? t(
          `Target ${a.year} (${a.value}) di bawah baseline (${a.baseline}) untuk IK yang makin tinggi makin baik.`,
          `The ${a.year} target (${a.value}) is below the baseline (${a.baseline}) for an indicator where higher is better.`,
        )
      : t(
          `Target ${a.year} (${a.value}) di atas baseline (${a.baseline}) untuk IK yang makin rendah makin baik.`,
          `The ${a.year} target (${a.value}) is above the baseline (${a.baseline}) for an indicator where lower is better.`,
        ),
  polarityMissing: () =>
    t(
      'IK punya target tetapi tidak menyebut arah (polarity: up, down atau range): arah target tidak dapat diperiksa.',
      'The indicator has targets but no direction (polarity: up, down or range): the direction of its targets cannot be checked.',
    ),
  percentageOutOfRange: (a: { where: string; value: string }) =>
    t(
      `Nilai ${a.where} (${a.value}) untuk IK persentase berada di luar 0-100.`,
      `The ${a.where} value (${a.value}) of a percentage indicator lies outside 0-100.`,
    ),

  // ---- text
  allCaps: (a: { field: LocalizedText }) =>
    t(
      `Teks ${a.field.id} ditulis dengan huruf kapital semua: tulis dengan huruf kapital di awal kata agar mudah dibaca.`,
      `The ${a.field.en} is written in capitals throughout: use title or sentence case so that it reads easily.`,
    ),
  mixedScript: (a: { field: LocalizedText; word: string; suggestion: string; characters: string }) =>
    t(
      `Teks ${a.field.id} mencampur huruf Latin dengan huruf Sirilik/Yunani yang mirip (kerusakan OCR): "${a.word}" memuat ${a.characters}; ganti menjadi "${a.suggestion}".`,
      `The ${a.field.en} mixes Latin with look-alike Cyrillic/Greek letters (OCR damage): "${a.word}" holds ${a.characters}; replace it with "${a.suggestion}".`,
    ),
  suspiciousCharacter: (a: { field: LocalizedText; characters: string }) =>
    t(
      `Teks ${a.field.id} memuat karakter yang tidak semestinya (sisa salin-tempel atau OCR): ${a.characters}.`,
      `The ${a.field.en} holds characters that do not belong there (copy-paste or OCR damage): ${a.characters}.`,
    ),

  // ---- crosscutting
  crosscuttingOwnerMissing: (a: { target: string; agency: string; targetAgency: string }) =>
    t(
      `Kinerja ini mendukung ${a.target} lintas instansi (${a.agency} → ${a.targetAgency}) tanpa pemilik yang jelas: isi owner.unit atau owner.position.`,
      `This result supports ${a.target} across agencies (${a.agency} → ${a.targetAgency}) without a named owner: fill in owner.unit or owner.position.`,
    ),
  crosscuttingRedundant: (a: { target: string }) =>
    t(
      `contributesTo memuat ${a.target} yang sudah menjadi induk utama atau sudah disebut: hapus yang berulang.`,
      `contributesTo lists ${a.target}, which is already the primary parent or listed before: remove the repetition.`,
    ),
  ownerMissing: () =>
    t(
      'Kinerja ini belum punya pemilik (owner), padahal kinerja lain sudah: cascading menuntut setiap kinerja punya penanggung jawab.',
      'This result has no owner while others have one: cascading needs someone accountable for every result.',
    ),

  // ---- csf
  csfUnrealised: (a: { condition: string }) =>
    t(
      `Kondisi yang diinginkan CSF ${a.condition} tidak diwujudkan oleh kinerja mana pun: isi \`result\` atau tambahkan kinerjanya ke pohon.`,
      `The CSF's desired condition ${a.condition} is not realised by any result: set \`result\` or add the result to the tree.`,
    ),
  csfResultMismatch: (a: { condition: string; result: string; statement: string }) =>
    t(
      `Kondisi yang diinginkan CSF ${a.condition} berbeda dengan pernyataan kinerja ${a.result} (${a.statement}) yang disebut mewujudkannya.`,
      `The CSF's desired condition ${a.condition} differs from the statement of ${a.result} (${a.statement}), the result said to realise it.`,
    ),

  // ---- field names used inside messages
  fieldName: (a: { field: 'statement' | 'indicator' | 'unit' | 'title' | 'context' | 'csf' | 'owner' }) =>
    ({
      statement: t('pernyataan kinerja', 'result statement'),
      indicator: t('IK', 'indicator'),
      unit: t('satuan', 'unit'),
      title: t('judul', 'title'),
      context: t('konteks (Langkah 1)', 'context (Langkah 1)'),
      csf: t('CSF (Langkah 2)', 'CSF (Langkah 2)'),
      owner: t('pemilik', 'owner'),
    })[a.field],
} as const;

/** Names of the catalogue's messages. */
export type MessageName = keyof typeof messages;
