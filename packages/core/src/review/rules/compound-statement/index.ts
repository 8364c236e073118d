/** `compound-statement`: one statement holds one result, and one indicator one measure (no numbered list of them). @module */
import { defineRule, type ResultNode } from '../../api.js';
import { COUNT_HEADS, INDEX_HEADS, NOMENCLATURE_HEADS, PERCENT_HEADS } from '../../lexicon/words.js';
import { asWritten, capital, compoundPredicate, leadingWords } from '../../text.utils.js';
import { hasWord } from '../shared/index.js';
import { listedFields, numberedItems, REFERENCE } from './lists.js';
import { namesEveryItem, namesHalf } from './named-half.js';
import { PAIRS } from './pairs.js';

export const rule = defineRule({
  meta: {
    id: 'compound-statement',
    defaultSeverity: 'info',
    category: 'statement',
    basis: 'practice',
    description: {
      id: 'Satu pernyataan memuat satu kinerja: bukan "Meningkatnya X dan Menurunnya Y", bukan daftar tiga bidang atau lebih ("X, Y, dan Z") pada level outcome, dan bukan dua kondisi ("X dan Y") yang IK-nya hanya mengukur salah satunya; satu IK memuat satu ukuran, bukan daftar IK bernomor ("1. ... 2. ...") dan bukan dua ukuran ("Jumlah dan jenis ...").',
      en: 'One statement holds one result: not "Meningkatnya X dan menurunnya Y", nor a list of three or more fields ("X, Y, dan Z") at an outcome level, nor two conditions ("X dan Y") of which its indicators measure one; one indicator holds one measure, not a numbered list of them ("1. ... 2. ...") nor two measures ("Jumlah dan jenis ...").',
    },
    messages: {
      compound: {
        id: 'Pernyataan menggabungkan lebih dari satu kinerja ("... {second} ..."): pisahkan menjadi kinerja tersendiri agar masing-masing dapat diukur.',
        en: 'The statement joins more than one result ("... {second} ..."): split it so that each can be measured.',
      },
      numbered: {
        id: 'IK ini memuat {count} IK bernomor dalam satu baris ({items}) dengan satu satuan dan satu target: pisahkan menjadi IK tersendiri, masing-masing dengan satuan, kondisi awal dan targetnya.',
        en: 'This indicator holds {count} numbered indicators in one row ({items}) with one unit and one target: split them into indicators of their own, each with its unit, baseline and targets.',
      },
      measures: {
        id: 'IK ini memuat dua ukuran ("{first}" dan "{second}") dengan satu satuan dan satu target: pisahkan menjadi IK tersendiri, masing-masing dengan satuan, kondisi awal dan targetnya.',
        en: 'This indicator holds two measures ("{first}" and "{second}") with one unit and one target: split them into indicators of their own, each with its unit, baseline and targets.',
      },
      uncovered: {
        id: 'Pernyataan memuat dua kondisi ("{first}" dan "{second}"), tetapi IK-nya hanya mengukur "{measured}": tambahkan IK untuk "{missing}", atau tetapkan kinerja tersendiri untuknya.',
        en: 'The statement holds two conditions ("{first}" and "{second}"), but its indicators measure only "{measured}": add an indicator for "{missing}", or give it a result of its own.',
      },
      list: {
        id: 'Pernyataan memuat {count} bidang sekaligus ({items}): tetapkan kinerja tersendiri untuk setiap bidang, atau rumuskan satu kondisi yang dicapai bersama, agar masing-masing dapat diukur.',
        en: 'The statement lists {count} fields at once ({items}): give each field its own result, or state the one condition they reach together, so that each can be measured.',
      },
    },
  },
  create(context) {
    const generic = new Set([...GENERIC].map((w) => context.text.stem(w)));
    // (an IK naming the agency itself, "Nilai SAKIP Kantor Pencarian dan Pertolongan", names who
    // acts, not which half it measures: the agency's words are not read in it)
    const name = context.text.normalize(context.cascade.agency?.name ?? '');
    const words = name.split(' ');
    const agency = { opening: words.length >= 2 ? `${words[0]} ${words[1]}` : '', stems: new Set(context.text.contentStems(name)) };
    return {
      indicator(ind) {
        const items = numberedItems(ind.record.statement);
        if (items !== undefined)
          context.report({
            messageId: 'numbered',
            data: { count: items.length, items: items.map((i) => context.text.quote(i, 40)).join(', ') },
            indicator: ind,
            path: ind.path('statement'),
          });
        else {
          const pair = twoMeasures(leadingWords(ind.norm));
          if (pair !== undefined) context.report({ messageId: 'measures', data: pair, indicator: ind, path: ind.path('statement') });
        }
      },
      result(r) {
        if (r.norm.includes('nya')) {
          const second = compoundPredicate(r.norm);
          if (second !== undefined) {
            context.report({
              messageId: 'compound',
              data: { second: asWritten(second, r.statement) },
              result: r,
              path: r.path('statement'),
            });
            return;
          }
        }
        // (A nomenclature name, "Urusan A, B dan C", lists the fields of its urusan by definition.)
        if (r.level?.role !== 'outcome' || NOMENCLATURE_HEADS.has(r.head)) return;
        const items = listedFields(r.statement);
        if (items !== undefined) {
          if (namesEveryItem(r, items, context.text, generic)) return;
          context.report({
            messageId: 'list',
            data: { count: items.length, items: items.map((i) => `"${i.length > 40 ? `${i.slice(0, 39)}…` : i}"`).join(', ') },
            result: r,
            path: r.path('statement'),
          });
          return;
        }
        const pair = uncoveredHalf(r, (text) => context.text.contentStems(text), generic, agency);
        if (pair !== undefined) context.report({ messageId: 'uncovered', data: pair, result: r, path: r.path('statement') });
      },
    };
  },
});

/** Quantities that open a measure beside the lexicon's heads of percentages, indices and counts. */
const QUANTITIES: ReadonlySet<string> = new Set(['panjang', 'luas', 'volume', 'besaran', 'kapasitas', 'rasio']);

/** True when a word opens a measure ("Jumlah", "Persentase", "Indeks", "Panjang" ...). */
const opensMeasure = (w: string): boolean => PERCENT_HEADS.has(w) || INDEX_HEADS.has(w) || COUNT_HEADS.has(w) || QUANTITIES.has(w);

/**
 * Two measures opening one indicator ("Jumlah dan jenis administrasi perkantoran ...", "Panjang dan
 * jumlah bangunan pengendali banjir"): one unit and one target cannot hold both. ("Nilai dan
 * predikat SAKIP" is one assessment: "nilai" is not read.)
 */
function twoMeasures(words: readonly string[]): { first: string; second: string } | undefined {
  const [a, and, b] = words;
  if (and !== 'dan' || a === undefined || b === undefined || a === b || !opensMeasure(a)) return undefined;
  // ("jenis" opens no measure, but "Jumlah dan jenis ..." names two things to count)
  return opensMeasure(b) || b === 'jenis' ? { first: capital(a), second: b } : undefined;
}

/**
 * Two conditions joined by one "dan" ("Meningkatnya kualitas lingkungan hidup dan ketangguhan
 * bencana") of which the result's indicators measure one only: each half names something of its
 * own (beyond a quality such as "kualitas" or "kinerja"), some indicator shares a content word with
 * one half and none with the other.
 */
function uncoveredHalf(
  r: ResultNode,
  stemsOf: (text: string) => readonly string[],
  generic: ReadonlySet<string>,
  agency: { readonly opening: string; readonly stems: ReadonlySet<string> },
): { first: string; second: string; measured: string; missing: string } | undefined {
  // (a list, "A, B dan C", is listedFields'; a reference clause says by what, not what else)
  if (r.indicators.length === 0 || r.form !== 'condition' || r.statement.includes(',')) return undefined;
  const reference = REFERENCE.exec(r.norm);
  const norm = reference === null ? r.norm : r.norm.slice(0, reference.index);
  const at = norm.indexOf(' dan ');
  if (at < 0 || norm.indexOf(' dan ', at + 5) >= 0 || norm.includes(' serta ')) return undefined;
  const space = norm.indexOf(' ');
  if (space < 0 || space >= at) return undefined;
  const first = norm.slice(space + 1, at);
  const second = norm.slice(at + 5);
  // One function named by a fixed pair ("tugas dan fungsi", "pembinaan dan pengawasan"), or a
  // second half that qualifies the first ("... bermutu dan berkesetaraan", "... dan bukan perpipaan").
  const before = first.slice(first.lastIndexOf(' ') + 1);
  const after = second.split(' ', 1)[0]!;
  if (PAIRS.has(`${before} ${after}`) || after.startsWith('ber') || after === 'bukan' || after === 'tidak' || after === 'non')
    return undefined;
  // A second quality after a "yang" clause ("data statistik dasar yang akurat dan tepat waktu"):
  // two words at most qualify the same thing, not a condition of their own.
  if (first.includes(' yang ') && second.split(' ').length <= 2) return undefined;
  // A second verb of the same "yang" clause ("volume ikan yang didaratkan dan dipasarkan melalui
  // pelabuhan", a Pelabuhan Perikanan): one thing that two actions reach, not a condition of its own.
  if (PASSIVE.test(before) && first.endsWith(`yang ${before}`) && PASSIVE.test(after) && !CONDITION_OPENING.test(after)) return undefined;
  // A second object of the first half's action ("penyebarluasan informasi kebijakan dan program
  // pemerintah daerah", "pemanfaatan data dan hasil litbang"): after an activity noun, a half that
  // opens with a plain noun, not a condition of its own ("... dan ketahanan ...", "... dan kualitas ...").
  // The activity may follow its quality ("kualitas fasilitasi persidangan dan perundang-undangan
  // DPRD", a Sekretariat DPRD: one fasilitasi of two objects).
  const opening = first.split(' ', 2);
  const action = GENERIC.has(opening[0]!) ? (opening[1] ?? '') : opening[0]!;
  if ((ACTION_NOUN.test(action) || ACTION_ASI.has(action)) && !CONDITION_OPENING.test(after) && !GENERIC.has(after)) return undefined;
  // The same after a "dalam" clause ("kemampuan laboratorium kesehatan dalam deteksi penyakit dan
  // faktor risiko kesehatan", a Balai Besar Laboratorium Kesehatan): a plain noun continues what the
  // clause names, not a condition of its own ("... dalam pembangunan dan kesadaran hukum" still is).
  if (first.includes(' dalam ') && !CONDITION_OPENING.test(after) && !GENERIC.has(after)) return undefined;
  // A second holder of the quality that opens the first half ("kompetensi penyuluh agama dan penghulu
  // alumni diklat", a Balai Diklat Keagamaan): a plain noun names who else has it, not a condition of
  // its own ("kompetensi guru dan kesejahteraan guru" still is). Unless the indicators name one holder
  // and not the other ("kompetensi guru dan kepala sekolah" measured by teachers certified only).
  const holders = first.split(' ', 2);
  if (
    HELD_QUALITIES.has(holders[0]!) &&
    !CONDITION_OPENING.test(after) &&
    !GENERIC.has(after) &&
    namedBy(r, holders[1] ?? '') === namedBy(r, after)
  )
    return undefined;
  const a = stemsOf(first);
  const b = stemsOf(second);
  const ownA = ownStems(a, b, first, generic, agency);
  const ownB = ownStems(b, a, second, generic, agency);
  if (ownA.length < 2 || ownB.length < 2) return undefined;
  let coversA = false;
  let coversB = false;
  for (const ind of r.indicators) {
    // (an IK naming the agency, "Nilai SAKIP Kantor Pencarian ...", does not thereby name the half holding "kantor")
    const named = agency.opening !== '' && ind.norm.includes(agency.opening);
    if (namesHalf(ind, first, named ? ownA.filter((x) => !agency.stems.has(x)) : ownA)) coversA = true;
    if (namesHalf(ind, second, named ? ownB.filter((x) => !agency.stems.has(x)) : ownB)) coversB = true;
  }
  if (coversA === coversB) return undefined;
  const quote = (half: string) => {
    const text = asWritten(half, r.statement);
    return text.length > 50 ? `${text.slice(0, 49)}…` : text;
  };
  return {
    first: quote(first),
    second: quote(second),
    measured: quote(coversA ? first : second),
    missing: quote(coversA ? second : first),
  };
}

/**
 * The stems of one half that the other lacks, beyond the generic qualities. A half naming the agency
 * itself ("... dan Volume UPTD Metrologi Legal") says whose, not what: the agency's words are not its own.
 */
function ownStems(
  stems: readonly string[],
  other: readonly string[],
  half: string,
  generic: ReadonlySet<string>,
  agency: { readonly opening: string; readonly stems: ReadonlySet<string> },
): string[] {
  const named = agency.opening !== '' && half.includes(agency.opening);
  return stems.filter((x) => !other.includes(x) && !generic.has(x) && !(named && agency.stems.has(x)));
}

/** True when one of the result's indicators names `word`. */
const namedBy = (r: ResultNode, word: string): boolean => word !== '' && r.indicators.some((ind) => hasWord(ind, word));

/** A passive verb ("didaratkan", "dipasarkan", "termanfaatkan"). */
const PASSIVE = /^(?:di|ter)[a-z]{3,}$/;

/**
 * Qualities only people hold ("kompetensi", "profesionalitas"), opening a half: a plain noun after
 * them names more people. ("kualitas sarana prasarana dan tata kelola" names a second thing.)
 */
const HELD_QUALITIES: ReadonlySet<string> = new Set(['kompetensi', 'profesionalitas']);

/** An activity noun (pe-...-an: "penyebarluasan", "pemanfaatan") opening a half. */
const ACTION_NOUN = /^pe[a-z]{3,}an$/;

/** Activities in -asi that take objects as a pe-...-an noun does ("fasilitasi persidangan dan ..."). */
const ACTION_ASI: ReadonlySet<string> = new Set(['fasilitasi', 'koordinasi', 'sosialisasi']);

/** A word that opens a condition of its own: a pe-...-an or ke-...-an noun, or one in -asi, -itas. */
const CONDITION_OPENING = /^(?:(?:pe|ke)[a-z]{3,}an|[a-z]{3,}(?:asi|itas))$/;

/** Qualities any condition may name (compared as stems): a half naming only these names nothing of its own. */
const GENERIC: ReadonlySet<string> = new Set([
  'kualitas',
  'mutu',
  'kuantitas',
  'kinerja',
  'kapasitas',
  'efektivitas',
  'efisiensi',
  'optimal',
  'daerah',
  'masyarakat',
]);
