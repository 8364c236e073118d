/**
 * Hints in parse messages for what a person typed: a decimal comma in a YAML target
 * (`{ '2025': 95,5 }` reads as a year 2025 of 95 and a key "5").
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, safeParseCascade } from '@pokin/core';

const withTargets = (targets: Record<string, unknown>) => ({
  pokin: 1,
  title: 'T',
  results: [{ id: 'G1', level: 'goal', statement: 'Meningkatnya kualitas', indicators: [{ statement: 'IK', unit: '%', targets }] }],
});

describe('the key of a target year', () => {
  it('that looks like the decimals of a number typed with a comma is explained', () => {
    const r = safeParseCascade(withTargets({ '2025': 95, '5': null }));
    expect(r.success).toBe(false);
    const issue = r.success ? undefined : r.error.issues[0]!;
    expect(formatIssue(issue!, 'id')).toMatch(
      /kunci "5" tidak sah: .*; bila maksudnya angka desimal dengan koma \(95,5\), tulis dengan titik/,
    );
    expect(formatIssue(issue!, 'en')).toMatch(/; if this is the decimals of a number written with a comma/);
  });

  it('that is no such number gets no hint', () => {
    const r = safeParseCascade(withTargets({ '20255': 95 }));
    expect(r.success ? '' : formatIssue(r.error.issues[0]!, 'id')).not.toContain('koma');
  });
});

describe('a flow mapping with a decimal comma', () => {
  it('`baseline: { year: 2024, value: 78,5 }` (a key "5") gets the same hint', () => {
    const doc = withTargets({});
    doc.results[0]!.indicators[0] = { ...doc.results[0]!.indicators[0]!, baseline: { year: 2024, value: 78, '5': null } } as never;
    const r = safeParseCascade(doc);
    const issue = r.success ? undefined : r.error.issues[0]!;
    expect(formatIssue(issue!, 'id')).toMatch(
      /kunci "5" tidak dikenal; bila maksudnya angka desimal dengan koma \(95,5\), tulis dengan titik/,
    );
    expect(formatIssue(issue!, 'en')).toMatch(/unknown key "5"; if this is the decimals of a number written with a comma/);
  });

  it('an unknown key of words still gets its "did you mean"', () => {
    const r = safeParseCascade({ ...withTargets({}), titel: 'x' });
    expect(r.success ? '' : formatIssue(r.error.issues[0]!, 'id')).not.toContain('koma');
  });
});

describe('an unquoted NIP', () => {
  it('a long number where text belongs says to quote it, as its last digits are lost', () => {
    const r = safeParseCascade({ ...withTargets({}), signatory: { name: 'Budi', nip: Number('197501012000031001') } });
    const issue = r.success ? undefined : r.error.issues[0]!;
    expect(formatIssue(issue!, 'id')).toMatch(/seharusnya teks, bukan 197501012000031000; tulis dalam tanda kutip/);
    expect(formatIssue(issue!, 'en')).toMatch(/expected string, got 197501012000031000; write it in quotes/);
  });

  it('a short number where text belongs gets no such hint', () => {
    const r = safeParseCascade({ ...withTargets({}), signatory: { name: 'Budi', nip: 1975 } });
    expect(r.success ? '' : formatIssue(r.error.issues[0]!, 'en')).not.toContain('quotes');
  });
});

describe('a flow mapping with a comma in a text', () => {
  it('`agency: { name: Dinas Pertanian, Perkebunan dan Kehutanan }` (a key of words) says to quote the text', () => {
    const r = safeParseCascade({ ...withTargets({}), agency: { name: 'Dinas Pertanian', 'Perkebunan dan Kehutanan': null } });
    const issue = r.success ? undefined : r.error.issues[0]!;
    expect(formatIssue(issue!, 'id')).toMatch(
      /kunci "Perkebunan dan Kehutanan" tidak dikenal; bila ini lanjutan teks sebelumnya yang memuat koma .*apit seluruh teks itu dengan tanda kutip/,
    );
    expect(formatIssue(issue!, 'en')).toMatch(/unknown key "Perkebunan dan Kehutanan"; if this continues the text before it/);
  });

  it('a key of one word gets no such hint', () => {
    const r = safeParseCascade({ ...withTargets({}), agency: { name: 'Dinas', kode: '1.02' } });
    expect(r.success ? '' : formatIssue(r.error.issues[0]!, 'id')).not.toContain('koma');
  });
});
