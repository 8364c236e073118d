/**
 * `target-year-missing`: an indicator with targets has one for every year of the period; once for
 * the document, naming the indicators, when most of them lack years (a table with end-of-period
 * targets only). With no period, a year between an indicator's first and last target that other
 * indicators of the document do target is missing (91, -, 93, -, 95).
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { indicatorList, mostLack } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'target-year-missing',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'regulation',
    description: {
      id: 'IK yang bertarget memiliki target untuk setiap tahun periode dokumen (tanpa periode: setiap tahun di antara target pertama dan terakhirnya yang ditargetkan IK lain), kecuali IK atas peristiwa yang berlangsung beberapa tahun sekali (PON, pemilu, sensus) dan IK atas dokumen rencana jangka panjang yang disusun sekali (rencana induk, RPJPD, RTRW) bertarget pada tahun penyusunannya saja. Bila sebagian besar IK tidak memilikinya, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: "An indicator with targets has one for every year of the document's period (with no period: every year between its first and last target that other indicators target), except one measuring an event held every few years (a PON, an election, a census), and one measuring a long-term plan drawn up once (a rencana induk, the RPJPD, the RTRW) targeted in the year it is drafted only. When most indicators lack some, this is reported once for the whole document.",
    },
    messages: {
      missing: { id: 'Target tahun {years} dalam periode belum ditetapkan.', en: 'No target for {years} of the period.' },
      missingAll: {
        id: 'Tidak satu pun dari {count} IK memiliki target untuk setiap tahun periode (tahun {years} belum ditetapkan): tetapkan target tahunan agar capaian dapat diukur setiap tahun.',
        en: 'None of the {count} indicators has a target for every year of the period ({years} missing): set yearly targets so that each year can be measured.',
      },
      missingMost: {
        id: 'Sebagian besar IK yang bertarget ({count} dari {total}) belum memiliki target untuk setiap tahun periode ({ids}; tahun {years}): tetapkan target tahunan agar capaian dapat diukur setiap tahun.',
        en: 'Most indicators with targets ({count} of {total}) lack targets for some years of the period ({ids}; {years}): set yearly targets so that each year can be measured.',
      },
    },
  },
  create(context) {
    const period = context.document.period;
    const missing: { readonly ind: IndicatorNode; readonly years: readonly number[] }[] = [];
    let withTargets = 0;
    // With no period, a year is missing when it falls between an indicator's first and last target
    // and other indicators of the document have a target for it (91, -, 93, -, 95 among full rows).
    const spans: IndicatorNode[] = [];
    const targeted = new Set<string>();
    return {
      indicator(ind) {
        if (ind.years.length === 0) return;
        if (period === undefined) {
          if (eventYearsOnly(ind)) return;
          withTargets++;
          for (const y of ind.years) targeted.add(y);
          if (ind.years.length >= 2) spans.push(ind);
          return;
        }
        // The baseline's year is measured, not targeted (an RPJMD 2014-2019 states 2014 as its kondisi awal).
        const from = Math.max(period.start, (ind.record.baseline?.year ?? period.start - 1) + 1);
        const years: number[] = [];
        for (let y = from; y <= period.end; y++) if (ind.target(String(y)) === undefined) years.push(y);
        // (the words are read only of an indicator that lacks a year: most have every one)
        if (years.length > 0 && eventYearsOnly(ind)) return;
        withTargets++;
        if (years.length > 0) missing.push({ ind, years });
      },
      exit() {
        for (const ind of spans) {
          const first = Number(ind.years[0]);
          const last = Number(ind.years[ind.years.length - 1]);
          const years: number[] = [];
          for (let y = first + 1; y < last; y++) if (ind.target(String(y)) === undefined && targeted.has(String(y))) years.push(y);
          if (years.length > 0) missing.push({ ind, years });
        }
        if (mostLack(missing.length, withTargets)) {
          const years = [...new Set(missing.flatMap((m) => m.years))].sort((a, b) => a - b).join(', ');
          if (missing.length === withTargets) {
            context.report({ messageId: 'missingAll', data: { count: withTargets, years }, path: 'results' });
            return;
          }
          const data = {
            count: missing.length,
            total: withTargets,
            ids: indicatorList(missing.map((m) => m.ind)),
            years,
          };
          context.report({ messageId: 'missingMost', data, path: 'results' });
          return;
        }
        for (const { ind, years } of missing)
          context.report({ messageId: 'missing', data: { years: years.join(', ') }, indicator: ind, path: ind.path('targets') });
      },
    };
  },
});

/**
 * A measure of an event held every few years (a PON, an election): it has targets in its years
 * only; or of a long-term plan drawn up once, targeted in the one year it is made.
 */
const eventYearsOnly = (ind: IndicatorNode): boolean =>
  PERIODIC_EVENT.test(ind.norm) || (ind.years.length === 1 && ONE_OFF_PLAN.test(ind.norm));

/**
 * Plans drawn up once for many years, not every year: a rencana induk or master plan
 * ("Jumlah dokumen Rencana Induk Pembangunan Kepariwisataan Provinsi (RIPPARPROV)", fifteen years),
 * the RPJPD (twenty years), the RTRW. Its output is in the Perjanjian Kinerja of the year it is
 * drafted only.
 */
const ONE_OFF_PLAN = /(?:^| )(?:rencana induk|master ?plan|ripparprov|ripparda|ripparkab|ripparkot|rpjpd|rtrw)(?: |$)/;

/**
 * Events held every few years, not every year: the Pekan Olahraga Nasional or Provinsi ("Peringkat
 * perolehan medali pada PON"), an election ("Tingkat partisipasi pemilih pada Pemilu", or only
 * "Tingkat partisipasi pemilih", the turnout no year without a vote has) and what exists only for
 * one (the Daftar Pemilih Tetap, the TPS, the ballots: "Jumlah dokumen Daftar Pemilih Tetap yang
 * ditetapkan", the relawan demokrasi a KPU forms before each vote), a census.
 */
const PERIODIC_EVENT =
  /(?:^| )(?:pon|porprov|porda|pekan olahraga|pemilu|pilkada|pilpres|pileg|pemilihan umum|pemilihan kepala daerah|partisipasi pemilih|relawan demokrasi|daftar pemilih tetap|dpt|tps|tempat pemungutan suara|pemungutan suara|surat suara|sensus)(?: |$)/;
