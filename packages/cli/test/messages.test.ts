/**
 * The message catalogue: both languages present, "did you mean", and the locale setting.
 */
import { describe, expect, it } from 'vitest';
import { closest, commanderError, input, report, resolveLocale, say, usage, workspace } from '../src/messages/index.js';
import { cli, EXAMPLE } from './support.js';

describe('the catalogue', () => {
  it('gives every text in both languages', () => {
    const texts = [
      usage.positiveInt(),
      usage.unknownRule('baseline-mising', ['baseline-missing']),
      report.results(31),
      report.severityCount('error', 0),
      input.empty(),
    ];
    for (const text of texts) {
      expect(text.id).not.toBe('');
      expect(text.en).not.toBe('');
      expect(text.id).not.toBe(text.en);
    }
  });

  it('counts in Indonesian without a plural and in English with one', () => {
    expect(say(report.results(31), 'id')).toBe('31 kinerja');
    expect(say(report.results(1), 'en')).toBe('1 result');
    expect(say(report.results(31), 'en')).toBe('31 results');
    expect(say(report.severityCount('warning', 6), 'id')).toBe('6 peringatan');
  });

  it('suggests the closest name', () => {
    expect(closest('baseline-mising', ['baseline-missing', 'indicator-missing'])).toBe('baseline-missing');
    expect(closest('outptu', ['output', 'goal'])).toBe('output');
    expect(closest('zzzz', ['output', 'goal'])).toBeUndefined();
    expect(say(usage.unknownRule('baseline-mising', ['baseline-missing']), 'id')).toContain('maksud Anda "baseline-missing"?');
  });

  it('groups the PNG size as each language writes numbers', () => {
    const area = usage.pngArea(13392, 5074, 13392 * 5074, 16e6);
    expect(say(area, 'id')).toBe('PNG-nya akan 13.392 x 5.074 piksel (68 megapiksel), melebihi batas 16 megapiksel');
    expect(say(area, 'en')).toBe('the PNG would be 13,392 x 5,074 pixels (68 megapixels), over the limit of 16 megapixels');
    expect(say(usage.area(1.5e6), 'id')).toBe('1,5 megapiksel');
  });

  it('names the Excel menus in the language of the Excel a user has', () => {
    expect(say(input.otherWorkbook('xls'), 'id')).toContain('"Buku Kerja Excel (*.xlsx)" (File > Simpan Sebagai)');
    expect(say(input.otherWorkbook('xls'), 'en')).toContain('"Excel Workbook (.xlsx)" (File > Save As)');
  });

  it('hints how to quote a YAML value that starts with %', () => {
    const text = input.yamlError('BAD_SCALAR_START', 'Plain value cannot start with directive indicator character %', '    unit: %');
    expect(say(text, 'id')).toBe("tanda % harus diberi tanda kutip: unit: '%'");
  });

  it("translates commander's errors by their code", () => {
    const text = commanderError('commander.unknownOption', "error: unknown option '--formt'", ['--format', '--strict'], []);
    expect(say(text, 'id')).toBe(`opsi tidak dikenal '--formt' (maksud Anda "--format"?)`);
  });

  it("says a refused value once, in the user's language, whatever the value holds (a full stop, a quote)", async () => {
    // One line: the option and its value, then why after a colon, as the other messages join their parts.
    const similarity = await cli(['diff', EXAMPLE, EXAMPLE, '--similarity', '1.5', '--locale', 'id']);
    expect(similarity.code).toBe(2);
    expect(similarity.stderr).toBe("pokin: opsi '--similarity <n>': nilai '1.5' tidak sah: harus angka lebih dari 0 dan paling besar 1\n");
    const scale = await cli(['render', EXAMPLE, '--to', 'png', '--scale', '0.x', '--locale', 'en']);
    expect(scale.stderr).toBe("pokin: option '--scale <n>': value '0.x' is invalid: expected a positive number\n");
    const format = await cli(['review', EXAMPLE, '--format', "jso'n", '--locale', 'id']);
    expect(format.stderr).toBe(
      `pokin: opsi '--format <format>': nilai 'jso'n' tidak sah: pilihannya text, json, jsonl, csv (maksud Anda "json"?)\n`,
    );
    const en = await cli(['review', EXAMPLE, '--format', 'xml', '--locale', 'en']);
    expect(en.stderr).toBe("pokin: option '--format <format>': value 'xml' is invalid: allowed choices are text, json, jsonl, csv\n");
    // Too many arguments reads the same way in English: one line, its parts after a colon.
    const many = await cli(['diff', EXAMPLE, EXAMPLE, EXAMPLE, '--locale', 'en']);
    expect(many.stderr).toBe("pokin: too many arguments for 'diff': expected 2, got 3\n");
  });

  it('names the command an option belongs to, rather than suggesting the option given', async () => {
    const r = await cli(['review', EXAMPLE, '--force', '--locale', 'id']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("pokin: opsi '--force' tidak berlaku untuk 'pokin review'; opsi itu milik perintah init\n");
    const en = await cli(['stats', EXAMPLE, '--paper', 'a4', '--locale', 'en']);
    expect(en.stderr).toBe("pokin: option '--paper' does not apply to 'pokin stats'; it belongs to render\n");
    // A typo still gets its suggestion, from the options of its own command.
    expect((await cli(['review', EXAMPLE, '--fromat', 'json'])).stderr).toContain('(did you mean "--format"?)');
  });

  it('heads a workspace by its title, once', () => {
    expect(say(workspace.heading('Workspace', 4, 10), 'id')).toBe('Workspace: 4 dokumen, 10 kinerja');
    expect(say(workspace.heading('Kabupaten Contoh', 4, 10), 'en')).toBe('Workspace Kabupaten Contoh: 4 documents, 10 results');
  });

  it('takes the locale from --locale, then POKIN_LOCALE, then Indonesian', () => {
    expect(resolveLocale([], {})).toBe('id');
    expect(resolveLocale([], { POKIN_LOCALE: 'en' })).toBe('en');
    expect(resolveLocale(['review', '--locale', 'id'], { POKIN_LOCALE: 'en' })).toBe('id');
    expect(resolveLocale(['review', '--locale=en'])).toBe('en');
    expect(resolveLocale(['review', '--locale', 'fr'])).toBe('id');
  });
});
