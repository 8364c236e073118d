/**
 * `realisation-period-missing`: as of the review date, every quarter (or month) that has ended has
 * its realisation (said once for the document while no indicator reports this year at all); and in
 * a year already over that the document reports realisations for, every indicator with a target
 * that year has its realisation (named each up to two, then once for the document). A realisation
 * written as no data ("n/a", "-", "belum ada data") is named as such.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { firstOf, numberOf } from '../shared/index.js';
import { measureRangeOf } from '../shared/ranges.js';
import { periodLabel } from '../../../achievement/periods.js';
import type { PeriodKey } from '../../../achievement/types.js';
import type { ResultRecord } from '../../../result.js';

/** A realisation that says there is no data: "n/a", "N.A.", "#N/A", "-", "belum ada data", "data tidak tersedia", "belum terukur". */
const NO_DATA =
  /^(?:#?n(?:\.|\s*\/\s*)?a\.?|[-\u2013\u2014]+|(?:data\s+)?(?:belum|tidak)\s+(?:ada|tersedia|terukur|diukur|dapat\s+diukur)(?:\s+data)?)$/i;

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const MONTH_END = ['01-31', '02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'];

export const rule = defineRule({
  meta: {
    id: 'realisation-period-missing',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Per tanggal reviu (--as-of, bawaan hari ini), setiap triwulan (atau bulan) tahun berjalan yang telah berakhir memiliki realisasinya, bila dokumen memuat realisasi tahun berjalan atau tahun sebelumnya (kecuali IK tahunan: frekuensinya tahunan, atau RLS, IKLH, nilai SAKIP; disebut sekali untuk dokumen bila belum ada IK yang memiliki realisasi tahun berjalan); dan pada tahun yang telah lewat yang sudah dilaporkan realisasinya, setiap IK bertarget tahun itu memiliki realisasinya; realisasi yang tertulis tanpa data ("n/a", "-", "belum ada data") belum merupakan realisasi.',
      en: 'As of the review date (--as-of, default today), every quarter (or month) of this year that has ended has its realisation, when the document reports this year or last year (not for a yearly indicator: its frequency yearly, or the RLS, IKLH, Nilai SAKIP; said once for the document when no indicator reports this year yet); and in a past year the document reports, every indicator with a target that year has its realisation; a realisation written as no data ("n/a", "-", "belum ada data") is none.',
    },
    messages: {
      missingYear: {
        id: 'IK {indicator} bertarget tahun {year} tetapi belum memiliki realisasinya, padahal IK lain dalam dokumen ini sudah dilaporkan realisasi tahun itu.',
        en: 'Indicator {indicator} has a {year} target but no {year} realisation, while other indicators of this document report theirs for that year.',
      },
      missingYears: {
        id: '{count} IK bertarget tahun {year} belum memiliki realisasinya ({list}), padahal IK lain dalam dokumen ini sudah dilaporkan realisasi tahun itu: lengkapi realisasinya, atau jelaskan mengapa belum terukur.',
        en: '{count} indicators with a {year} target have no {year} realisation ({list}), while other indicators of this document report theirs for that year: add them, or explain why they are not measured.',
      },
      noData: {
        id: 'Realisasi IK {indicator} tahun {year} tertulis "{value}" (data tidak tersedia): capaiannya tidak dapat diukur; lengkapi realisasinya dari sumber data IK, atau jelaskan mengapa IK belum dapat diukur.',
        en: 'The {year} realisation of indicator {indicator} is written "{value}" (no data): its achievement cannot be measured; add the realisation from the indicator\'s data source, or explain why it cannot be measured yet.',
      },
      missing: {
        id: 'IK {indicator} belum memiliki realisasi {periods} tahun {year} (per {asOf}).',
        en: 'Indicator {indicator} has no {year} realisation for {periods} yet (as of {asOf}).',
      },
      missingAll: {
        id: 'Belum ada IK yang memiliki realisasi tahun {year}: per {asOf}, {count} IK bertarget tahun {year} belum memiliki realisasi periode yang telah berakhir ({list}); lengkapi realisasi triwulanan (atau bulanan) setiap IK dari sumber datanya.',
        en: "No indicator has a {year} realisation yet: as of {asOf}, {count} indicators with a {year} target have none for the periods that have ended ({list}); add each indicator's quarterly (or monthly) realisations from its data source.",
      },
    },
  },
  create(context) {
    const asOf = context.asOf;
    const asOfYear = asOf.slice(0, 4);
    /** The document reports realisations; and it reports this year's or last year's (see `document`). */
    let holds = false;
    let monitored = false;
    /** Some indicator reports this year: each one missing a period is named; else they are named once, together. */
    let thisYearReported = false;
    const waiting: { ind: IndicatorNode; report: Parameters<typeof context.report>[0] }[] = [];
    // Years already over that some indicator reports a realisation for, and the indicators with a target then but none.
    const reportedYears = new Set<string>();
    const unreported = new Map<string, IndicatorNode[]>();
    /** Notes the years already over of an indicator: those it reports, and those it targets without a realisation. */
    function pastYears(ind: IndicatorNode): void {
      const reals = ind.record.realisations;
      if (reals !== undefined) for (const y of Object.keys(reals)) if (y < asOfYear) reportedYears.add(y);
      for (const y of ind.years) {
        if (y >= asOfYear || reals?.[y] !== undefined || plannedNothing(ind, y)) continue;
        const list = unreported.get(y);
        if (list === undefined) unreported.set(y, [ind]);
        else list.push(ind);
      }
    }
    /** Reports each year whose realisation, or one of its periods, is written as no data ("n/a", "-", "belum ada data"). */
    function noData(ind: IndicatorNode): void {
      const reals = ind.record.realisations;
      if (reals === undefined) return;
      for (const [year, real] of Object.entries(reals)) {
        const values = typeof real === 'object' && real !== null ? Object.values(real as Record<string, unknown>) : [real];
        const said = values.find((v): v is string => typeof v === 'string' && NO_DATA.test(v.trim()));
        if (said !== undefined)
          context.report({
            messageId: 'noData',
            data: { indicator: ind.label, year, value: said.trim() },
            indicator: ind,
            path: ind.path(`realisations.${year}`),
          });
      }
    }
    return {
      document() {
        // The quarters of this year are asked for only while the document is kept up: it reports
        // this year or last year (a report of 2021 reviewed in 2026 is not monitored any more).
        const latest = latestRealisationYear(context.cascade.results());
        holds = latest !== undefined;
        monitored = holds && Number(latest) >= Number(asOfYear) - 1;
        thisYearReported = latest !== undefined && latest >= asOfYear;
      },
      exit() {
        // Nothing of this year reported yet: one finding for the document, not one per indicator.
        if (waiting.length > 2) {
          const list = firstOf(waiting.map((w) => w.ind.record.id ?? w.ind.label));
          context.report({ messageId: 'missingAll', data: { year: asOfYear, asOf, count: waiting.length, list }, path: 'results' });
        } else for (const w of waiting) context.report(w.report);
        for (const [year, inds] of unreported) {
          if (!reportedYears.has(year)) continue;
          if (inds.length > 2) {
            const list = firstOf(inds.map((i) => i.record.id ?? i.label));
            context.report({ messageId: 'missingYears', data: { count: inds.length, year, list }, path: 'results' });
          } else
            for (const ind of inds)
              context.report({ messageId: 'missingYear', data: { indicator: ind.label, year }, indicator: ind, path: ind.path('targets') });
        }
      },
      indicator(ind) {
        if (!holds) return;
        noData(ind);
        pastYears(ind);
        if (!monitored) return;
        const year = asOfYear;
        const real = ind.record.realisations?.[year];
        if ((ind.target(year) === undefined || plannedNothing(ind, year)) && real === undefined) return;
        // A year's value written whole needs no periods.
        if (real !== undefined && typeof real !== 'object') return;
        const record = (real ?? {}) as Record<string, unknown>;
        const months = Object.keys(record).some((k) => k.startsWith('m'));
        const keys = months ? MONTH_END.map((_, i) => `m${String(i + 1).padStart(2, '0')}`) : ['q1', 'q2', 'q3', 'q4'];
        const ends = months ? MONTH_END : QUARTER_END;
        // An indicator measured by semester (a satisfaction survey: only q2 and q4 written, or its
        // frequency so stated) owes no q1 or q3.
        const semesters =
          !months &&
          ((record.q2 !== undefined && record.q1 === undefined && record.q3 === undefined) || SEMESTERLY.test(ind.record.frequency ?? ''));
        let missing = keys.filter(
          (k, i) => `${year}-${ends[i]!}` <= asOf && record[k] === undefined && !(semesters && (k === 'q1' || k === 'q3')),
        );
        if (missing.length === 0 || measuredYearly(ind)) return;
        // An indicator defined at a quarter ("... realisasi di bawah 50% pada triwulan III") owes none before it.
        if (!months && ind.norm.includes('triwulan ')) {
          const from = namedQuarter(ind.norm);
          if (from !== undefined) missing = missing.filter((k) => Number(k.slice(1)) >= from);
          if (missing.length === 0) return;
        }
        const report = {
          messageId: 'missing',
          // In words: "Triwulan III, Triwulan IV", "April ... November".
          data: {
            indicator: ind.label,
            periods: {
              id: missing.map((k) => periodLabel(k as PeriodKey, 'id')).join(', '),
              en: missing.map((k) => periodLabel(k as PeriodKey, 'en')).join(', '),
            },
            year,
            asOf,
          },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        };
        if (thisYearReported) context.report(report);
        else waiting.push({ ind, report });
      },
    };
  },
});

/**
 * A year in which a higher-is-better count of outputs is planned at 0: nothing is to be produced
 * that year (a kajian risiko bencana written once in five years, planned 1, 0, 0, 0, 1), so no
 * realisation is owed. Not a lower-is-better one (0 cases planned is a target its realisation
 * answers), nor a condition such as a percentage, which is there to be measured in any year.
 */
function plannedNothing(ind: IndicatorNode, year: string): boolean {
  const target = ind.target(year);
  if (target === undefined || ind.direction !== 'up' || numberOf(target) !== 0) return false;
  return ind.measure === 'count' || ind.unitKind === 'count';
}

/** A quarter named in a statement ("pada triwulan III", "triwulan 2"), not the frequency "triwulanan". */
const NAMED_QUARTER = /(?:^| )triwulan (iv|i{1,3}|[1-4])(?: |$)/;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The quarter (1-4) a statement names, or undefined. */
function namedQuarter(norm: string): number | undefined {
  const m = NAMED_QUARTER.exec(norm);
  return m === null ? undefined : (ROMAN[m[1]!] ?? Number(m[1]));
}

/** A reporting frequency by semester ("Semesteran", "per 6 bulan"). */
const SEMESTERLY = /semester|(?:6|enam) ?bulan/i;

/** A reporting frequency of once a year ("Tahunan", "1 kali setahun", "annual"), not of its parts ("triwulanan"). */
const YEARLY = /tahun|annual|yearly/i;
const PARTS_OF_YEAR = /triwulan|bulan|semester|quarter|month/i;

/**
 * Measures whose figure is made once a year by whoever issues it, besides the BPS's Susenas measures
 * of `measureRangeOf` (UHH, RLS, HLS, APM, APS): the IPM, IPG and IDG, the APK and the dropout rate
 * of a school year, the KLHK's IKLH, the Kemendes's Indeks Desa Membangun, and the yearly
 * evaluations of an agency (the LHE SAKIP/AKIP, the Indeks RB, the BPK's opinion, the Ombudsman's
 * compliance survey, the KemenPAN-RB's IPP and SPBE index, the BPKP's SPIP maturity, the BKN's
 * Indeks Profesionalitas ASN, the merit system's assessment), and the yearly measures of a
 * province's governance (the BPS's Indeks Demokrasi Indonesia and its three aspects, the BPS's
 * Indeks Pembangunan Statistik of a sectoral statistics body, the Kemendagri's EKPPD of the
 * LPPD, the Komisi Informasi's keterbukaan informasi publik index, the Kemenag's Indeks Kerukunan
 * Umat Beragama). A quarter has no realisation of them
 * to ask for. (Not the growth of the economy, poverty or unemployment: the BPS gives provinces
 * those by quarter or semester.)
 */
const YEARLY_MEASURE =
  /(?:^| )(?:indeks pembangunan (?:manusia|gender)|ipm|ipg|indeks pemberdayaan gender|idg|angka partisipasi kasar|apk|angka putus sekolah|indeks kualitas lingkungan hidup|iklh|indeks desa membangun|idm|nilai [as]?akip|indeks reformasi birokrasi|opini bpk|indeks pelayanan publik|kepatuhan penyelenggaraan pelayanan publik|indeks spbe|indeks sistem pemerintahan berbasis elektronik|maturitas (?:penyelenggaraan )?spip|indeks profesionalitas asn|penerapan sistem merit|indeks demokrasi indonesia|ekppd|(?:indeks|nilai) keterbukaan informasi publik|indeks kerukunan umat beragama|ikub|indeks aspek (?:kebebasan sipil|hak hak politik|lembaga lembaga demokrasi)|indeks pembangunan statistik)(?: |$)/;

/**
 * A definition, data source or formula saying the figure is made once a year ("survei dilaksanakan
 * satu kali dalam setahun", "Laporan survei IKM tahunan", "diukur setahun sekali"): a measure that
 * is measured once a year by one agency (an IKM surveyed yearly) and each quarter by another.
 */
const ONCE_A_YEAR =
  /(?:sekali|(?:satu|1) ?kali)(?: dalam| per)? ?(?:setahun|satu tahun|1 tahun)|setahun sekali|surve[iy] [^.;]{0,40}tahunan/i;

/**
 * True when an indicator is reported once a year: its stated frequency says so, or, with none
 * stated, its definition, data source or formula does (`ONCE_A_YEAR`), or it is a measure made once
 * a year (`YEARLY_MEASURE`, `measureRangeOf`).
 */
function measuredYearly(ind: IndicatorNode): boolean {
  const { frequency, definition, dataSource, formula } = ind.record;
  if (frequency !== undefined && frequency.trim() !== '') return YEARLY.test(frequency) && !PARTS_OF_YEAR.test(frequency);
  if (YEARLY_MEASURE.test(ind.norm) || measureRangeOf(ind.norm) !== undefined) return true;
  // (read only for an indicator with quarters missing, which is rare)
  return [definition, dataSource, formula].some((text) => text !== undefined && ONCE_A_YEAR.test(text));
}

/** The latest year any indicator reports a realisation for, or undefined when none does. */
function latestRealisationYear(results: readonly ResultRecord[]): string | undefined {
  let latest: string | undefined;
  for (const r of results) {
    const inds = r.indicators;
    for (let k = 0; k < inds.length; k++) {
      const reals = inds[k]!.realisations;
      if (reals !== undefined) for (const y in reals) if (latest === undefined || y > latest) latest = y;
    }
  }
  return latest;
}
