/**
 * The catalogue's plug-in problems: a rule of the review config's plug-ins that cannot be loaded
 * (core's `RuleError` while the rules are collected) or that fails while the review runs, said in
 * both languages from the error's code and parameters.
 *
 * @module
 */
import type { RuleError } from '@pokin/core/review';
import { t, type Text } from './text.js';

/** Where a rule failed, from core's `where`, `resultId` and `indicatorIndex`. */
function place(p: RuleError['params']): Text {
  const result = String(p.resultId);
  switch (p.where) {
    case 'create':
      return t('create', 'create');
    case 'result':
      return t(`visitor result pada hasil "${result}"`, `the result visitor at result "${result}"`);
    case 'indicator':
      return t(
        `visitor indicator pada hasil "${result}", indikator [${String(p.indicatorIndex)}]`,
        `the indicator visitor at result "${result}", indicator [${String(p.indicatorIndex)}]`,
      );
    default:
      return t(`visitor ${String(p.where)}`, `the ${String(p.where)} visitor`);
  }
}

/** What is wrong with the rule `id`, without who has it. */
function detail(e: RuleError, other: string): Text {
  const p = e.params;
  const id = e.ruleId;
  const m = String(p.messageId);
  switch (e.code) {
    case 'not-a-rule':
      return t(
        'memuat sesuatu yang bukan aturan (aturan memiliki meta.id dan create())',
        'holds something that is not a rule (a rule has meta.id and create())',
      );
    case 'clash-builtin':
      return t(
        `aturan "${id}" bentrok dengan aturan bawaan pokin yang ber-id sama; beri id-nya awalan nama plug-in`,
        `rule "${id}" clashes with pokin's built-in rule of that id; give it the plug-in's prefix`,
      );
    case 'clash-plugin':
      return t(`aturan "${id}" juga didefinisikan oleh plug-in ${other}`, `rule "${id}" is defined by plug-in ${other} too`);
    case 'severity':
      return t(
        `aturan "${id}": meta.defaultSeverity bernilai "${String(p.value)}"; pakai "off", "error", "warning" atau "info"`,
        `rule "${id}": meta.defaultSeverity is "${String(p.value)}"; use "off", "error", "warning" or "info"`,
      );
    case 'messages-missing':
      return t(
        `aturan "${id}": meta.messages tidak ada (objek berisi pesan, masing-masing { id, en })`,
        `rule "${id}": meta.messages is missing (an object of messages, each { id, en })`,
      );
    case 'message-text':
      return t(
        `aturan "${id}": meta.messages.${m} perlu teks "id" (Bahasa Indonesia) dan teks "en" (Inggris)`,
        `rule "${id}": meta.messages.${m} needs an "id" (Bahasa Indonesia) and an "en" text`,
      );
    case 'placeholders-differ':
      return t(
        `aturan "${id}": meta.messages.${m}: teks "id" memakai isian {${String(p.idNames)}} dan teks "en" {${String(p.enNames)}}; samakan`,
        `rule "${id}": meta.messages.${m}: the "id" text has the placeholders {${String(p.idNames)}} and the "en" text {${String(p.enNames)}}; use the same`,
      );
    case 'threw': {
      const at = place(p);
      return t(`aturan "${id}" gagal di ${at.id}: ${String(p.reason)}`, `rule "${id}" threw in ${at.en}: ${String(p.reason)}`);
    }
    case 'create-promise':
      return t(
        `aturan "${id}": create harus mengembalikan visitor-nya, bukan Promise (create tidak boleh async)`,
        `rule "${id}": create must return its visitors, not a Promise (create cannot be async)`,
      );
    case 'create-not-object':
      return t(
        `aturan "${id}": create harus mengembalikan visitor-nya (sebuah objek), bukan ${String(p.got)}`,
        `rule "${id}": create must return its visitors (an object), not ${String(p.got)}`,
      );
    case 'unknown-message': {
      const at = p.where === undefined ? undefined : place(p);
      return t(
        `aturan "${id}" melaporkan pesan "${m}" yang tidak ada di meta.messages-nya${at ? ` (di ${at.id})` : ''}`,
        `rule "${id}" reported message "${m}", which its meta.messages does not define${at ? ` (in ${at.en})` : ''}`,
      );
    }
    case 'data-missing':
      return t(
        `aturan "${id}" melaporkan pesan "${m}" tanpa data untuk isian {${String(p.placeholder)}}`,
        `rule "${id}" reported message "${m}" without data for its placeholder {${String(p.placeholder)}}`,
      );
  }
}

/** Every plug-in message, by name. */
export const plugin = {
  /**
   * A rule that cannot be loaded or that failed: `file` is the config file (undefined without one),
   * `name` the plug-in as the config names it (undefined for one of pokin's own rules), `other`
   * the other plug-in of a clash.
   */
  problem: (e: RuleError, file: string | undefined, name: string | undefined, other = ''): Text => {
    const what = detail(e, other);
    const loading = e.pluginIndex !== undefined;
    const head =
      name === undefined
        ? t('aturan bawaan pokin: ', "pokin's built-in rule: ")
        : loading
          ? t(`plug-in ${name} tidak sah: `, `invalid plug-in ${name}: `)
          : t(`plug-in ${name}: `, `plug-in ${name}: `);
    const tail = name === undefined ? t(' (kesalahan pokin; mohon laporkan)', ' (a bug in pokin; please report it)') : t('', '');
    const at = file === undefined ? '' : `${file}: `;
    return t(`${at}${head.id}${what.id}${tail.id}`, `${at}${head.en}${what.en}${tail.en}`);
  },
};
