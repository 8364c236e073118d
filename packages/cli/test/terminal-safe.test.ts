/**
 * Text from an input never reaches the terminal as control characters: review, stats and error
 * lines show ESC, BEL, CR, NUL and direction overrides as escapes, colours on or off.
 */
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../src/output/terminal.js';
import { cli, tempDir } from './support.js';

// Every raw control byte a hostile file could carry, and the bidi override.
const CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202e]/;
// ESC is allowed only as the start of a colour sequence (SGR: ESC [ digits m).
const ESC_NOT_SGR = /\u001b(?!\[[0-9;]*m)/;

const HOSTILE = [
  'pokin: 1',
  'title: "T\\e]0;pwned\\a\\rX"',
  'agency: { name: "Dinas \\u202e\\x9b" }',
  'levels: permenpan-89',
  'results:',
  '  - id: a',
  '    level: goal',
  '    statement: "Meningkatnya \\e[2J\\0 kinerja \\u202e ASN"',
  '    indicators:',
  '      - statement: "Indeks \\e[31m"',
  '  - id: b',
  '    level: ultimate-outcome',
  '    parent: a',
  '    statement: "x\\by"',
  '',
].join('\n');

describe('terminalSafe', () => {
  it('shows controls and direction overrides as escapes and keeps everything else', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007c\rd\u0000e\u202ef\u009bg\nh')).toBe('a\\x1B[2Jb\\x07c\\x0Dd\\x00e\\u202Ef\\x9Bg\\x0Ah');
    expect(terminalSafe('Meningkatnya kinerja ASN\t(%) é 😀')).toBe('Meningkatnya kinerja ASN\t(%) é 😀');
  });
});

describe('the CLI prints no control character from an input', () => {
  const files = tempDir({ 'hostile.yaml': HOSTILE, 'broken\u001b[2J.yaml': 'pokin: 1\ntitle: "\\e[2J"\nresults: 3\n' });

  for (const color of ['--no-color', '--color']) {
    it(`review and stats, text output (${color})`, async () => {
      for (const argv of [
        ['review', 'hostile.yaml'],
        ['stats', 'hostile.yaml'],
        ['stats', 'hostile.yaml', '.'],
      ]) {
        const r = await cli([...argv, color], { cwd: files.dir });
        expect(r.stdout + r.stderr, argv.join(' ')).not.toMatch(CONTROL);
        expect(r.stdout + r.stderr, argv.join(' ')).not.toMatch(ESC_NOT_SGR);
      }
      const review = await cli(['review', 'hostile.yaml', color], { cwd: files.dir });
      expect(review.stdout).toContain('T\\x1B]0;pwned\\x07\\x0DX');
      expect(review.stdout).toContain('Meningkatnya \\x1B[2J\\x00 kinerja \\u202E ASN');
    });
  }

  it('--format json escapes them too, and still parses to the same text', async () => {
    const r = await cli(['review', 'hostile.yaml', '--format', 'json'], { cwd: files.dir });
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).not.toMatch(/\u001b/);
    const rows = JSON.parse(r.stdout) as { message: string }[];
    expect(rows.some((row) => row.message.includes('U+001B'))).toBe(true);
    const stats = await cli(['stats', 'hostile.yaml', '--format', 'json'], { cwd: files.dir });
    expect(stats.stdout).toContain('\\u001b]0;pwned');
    expect(stats.stdout).toContain('Dinas \\u202e\\u009b');
    const row = (JSON.parse(stats.stdout) as { title: string; agency: string }[])[0]!;
    expect([row.title, row.agency]).toEqual(['T\u001b]0;pwned\u0007\rX', 'Dinas \u202e\u009b']);
  });

  it('error lines on stderr: the file name and the message', async () => {
    const r = await cli(['review', 'broken\u001b[2J.yaml', '--no-color'], { cwd: files.dir });
    expect(r.code).toBe(2);
    expect(r.errLines.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(/\u001b/);
    expect(r.errLines[0]).toMatch(/^pokin: broken\\x1B\[2J\.yaml:/);
  });
});
