/**
 * `input-indicator`: an indicator that counts what comes in to the agency, planned to grow
 * ("Jumlah permohonan izin yang masuk", "Jumlah perkara yang diterima", "Jumlah SPDP yang
 * diterima"). The requests, complaints and cases brought to an office are its workload, an input
 * it does not decide; its performance is what it handles or settles of them. Fewer complaints
 * coming in (a count planned to fall) is a condition and passes, as does a count of what is handled
 * ("... yang diterima dan diselesaikan").
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule, type IndicatorNode } from '../../api.js';
import { asWritten, capital } from '../../text.utils.js';
import { countsIncoming } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'input-indicator',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'practice',
    description: t(
      'IK tidak menghitung masukan yang datang ke instansi ("Jumlah permohonan yang masuk", "Jumlah perkara yang diterima"): banyaknya tidak ditentukan oleh instansi; kinerjanya adalah yang ditangani atau diselesaikan.',
      'An indicator does not count what comes in to the agency ("Jumlah permohonan yang masuk", "Jumlah perkara yang diterima"): the agency does not decide how many; its performance is what it handles or settles.',
    ),
    messages: {
      incoming: {
        id: 'IK menghitung masukan yang datang ke instansi ("{phrase}"), bukan keluaran atau kondisi yang dihasilkannya: banyaknya {noun} yang {verb} tidak ditentukan oleh kinerja instansi. Ukur yang ditangani atau diselesaikan, misalnya persentase {noun} yang diselesaikan tepat waktu.',
        en: 'The indicator counts what comes in to the agency ("{phrase}"), not an output or a condition it brings: how many {noun} come in ("{verb}") is not the agency\'s performance. Measure what is handled or settled, e.g. the share of {noun} settled on time.',
      },
    },
  },
  create: (context) => ({
    indicator(ind) {
      const at = countsIncoming(ind);
      if (at !== undefined) context.report({ messageId: 'incoming', data: quoted(ind, at), indicator: ind, path: ind.path('statement') });
    },
  }),
});

/** The count as written up to its verb ("Jumlah SPDP yang diterima"), the noun that comes in and the verb, for the message. */
function quoted(ind: IndicatorNode, at: { readonly noun: number; readonly verb: number }): Record<string, string> {
  const ws = ind.words;
  const statement = ind.record.statement;
  return {
    phrase: capital(asWritten(ws.slice(0, at.verb + 1).join(' '), statement)),
    noun: asWritten(ws[at.noun]!, statement),
    verb: ws[at.verb]!,
  };
}
