/**
 * Every broken input is refused the same way: exit code 2, exactly one line on stderr naming the
 * file and where (line:column, row/column, or the option), no stack trace, no output file.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cli, smallTree, tempDir } from './support.js';

const yaml = (s: string) => s.replace(/^\n/, '');
const json = (v: unknown) => JSON.stringify(v, null, 2);
const tree = smallTree();
const results = tree.results as Record<string, unknown>[];
const withResults = (f: (rs: Record<string, unknown>[]) => void) => {
  const rs = structuredClone(results);
  f(rs);
  return json({ ...tree, results: rs });
};
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const aliasBomb = yaml(`
pokin: 1
title: bom
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
results: []
`);
const CSV_HEADER = 'result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value';

interface Case {
  readonly name: string;
  /** File name in the temp folder (or the argument, for files that are not written). */
  readonly file: string;
  /** Contents; undefined: the file is not written (nonexistent) or `dir` says it is a folder. */
  readonly data?: string | Uint8Array;
  /** Extra arguments. */
  readonly args?: readonly string[];
  /** The stderr line must match this, after `pokin: FILE`. */
  readonly where: RegExp;
  /** Create the argument as an empty folder (with a stray non-input file). */
  readonly dir?: boolean;
  /** Feed this to stdin (file is then `-`). */
  readonly stdin?: string;
}

const LINE_COL = /^:\d+:\d+: /;
const CASES: readonly Case[] = [
  { name: 'bad YAML (unclosed flow sequence)', file: 'bad.yaml', data: 'pokin: 1\ntitle: [unclosed\nresults: []\n', where: LINE_COL },
  {
    name: 'bad YAML (bad indentation)',
    file: 'indent.yaml',
    data: 'pokin: 1\ntitle: x\nresults:\n  - id: A\n   level: goal\n',
    where: LINE_COL,
  },
  {
    name: 'duplicate YAML key',
    file: 'dupkey.yaml',
    data: 'pokin: 1\ntitle: a\ntitle: b\nresults: []\n',
    where: /^:3:1: .*duplicate key "title"/,
  },
  { name: 'several YAML documents', file: 'multi.yaml', data: 'pokin: 1\n---\npokin: 1\n', where: /^:2:\d+: .*several YAML documents/ },
  {
    name: 'bad JSON (missing value)',
    file: 'bad.json',
    data: '{\n  "pokin": 1,\n  "title": ,\n  "results": []\n}\n',
    where: /^:3:12: invalid JSON/,
  },
  {
    name: 'JSON trailing comma',
    file: 'trailing.json',
    data: '{\n  "pokin": 1,\n  "title": "x",\n  "results": [],\n}\n',
    where: /^:4:16: invalid JSON: trailing comma/,
  },
  { name: 'JSON comment', file: 'comment.json', data: '{\n  // note\n  "pokin": 1\n}\n', where: /^:2:3: invalid JSON: comments/ },
  {
    name: 'duplicate JSON key',
    file: 'dupkey.json',
    data: '{"pokin": 1, "title": "a", "title": "b", "results": []}',
    where: /^:1:28: invalid JSON: duplicate key "title"/,
  },
  {
    name: 'unterminated JSON',
    file: 'cut.json',
    data: '{"pokin": 1, "title": "a", "results": [',
    where: /^:1:40: invalid JSON: unexpected end of file/,
  },
  { name: 'empty file', file: 'empty.yaml', data: '', where: /^:1:1: the file is empty/ },
  { name: 'empty JSON file', file: 'empty.json', data: '  \n', where: /^:1:1: the file is empty/ },
  { name: 'UTF-16 file (BOM)', file: 'utf16.yaml', data: utf16le('pokin: 1\ntitle: x\n'), where: /^:1:1: the file is UTF-16LE/ },
  {
    name: 'UTF-16 file (no BOM)',
    file: 'utf16-nobom.json',
    data: Buffer.from('{"pokin": 1}', 'utf16le'),
    where: /^:1:1: the file is UTF-16LE/,
  },
  { name: 'UTF-32 file', file: 'utf32.yaml', data: Buffer.from([0xff, 0xfe, 0, 0, 0x70, 0, 0, 0]), where: /^:1:1: the file is UTF-32LE/ },
  {
    name: 'binary junk',
    file: 'junk.yaml',
    data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    where: /^:1:1: not UTF-8 text/,
  },
  { name: 'NUL bytes in text', file: 'nul.yaml', data: 'pokin: 1\ntitle: a\u0000b\n', where: /^:2:9: binary data/ },
  {
    name: 'Windows-1252 text',
    file: 'latin1.yaml',
    data: Buffer.from('pokin: 1\ntitle: Caf\xe9\n', 'latin1'),
    where: /^:2:11: not UTF-8 text/,
  },
  { name: 'alias bomb', file: 'bomb.yaml', data: aliasBomb, where: /^:\d+:\d+: refused: YAML aliases/ },
  {
    name: 'one large block repeated by aliases',
    file: 'amplified.yaml',
    data: `pokin: 1\ntitle: x\nresults:\n  - id: G0\n    level: goal\n    statement: Meningkatnya X\n    indicators: &i\n${Array.from({ length: 2000 }, (_, k) => `      - { statement: Indeks ${k}, unit: "%" }\n`).join('')}${Array.from({ length: 300 }, (_, r) => `  - { id: G${r + 1}, level: goal, statement: Meningkatnya Y${r}, indicators: *i }\n`).join('')}`,
    where: /^:\d+:\d+: refused: YAML aliases \(\*name\) expand the document from [\d,]+ to [\d,]+ nodes, more than 10 times its size/,
  },
  {
    name: 'the same key as a number and as a string',
    file: 'dupkey.yaml',
    data: 'pokin: 1\ntitle: x\nresults:\n  - id: G1\n    level: goal\n    statement: Meningkatnya X\n    indicators:\n      - statement: Indeks\n        targets: { 2025: 1, "2025": 2 }\n',
    where: /^:9:29: invalid YAML: duplicate key "2025": map keys must be unique$/,
  },
  {
    name: 'a device with no size (/dev/zero), over --max-bytes',
    file: '/dev/zero',
    args: ['--input-format', 'yaml', '--max-bytes', '1000'],
    where: /^: refused: the input is over the limit of 1000 bytes for YAML/,
  },
  {
    name: 'unknown key',
    file: 'unknown.json',
    data: withResults((rs) => (rs[2]!.statment = 'x')),
    where: /^:\d+:\d+: unknown key "statment" \(did you mean "statement"\?\) \(results\[2\]\.statment\)$/,
  },
  {
    name: 'missing parent',
    file: 'parent.json',
    data: withResults((rs) => (rs[3]!.parent = 'NOPE')),
    where: /^:\d+:\d+: parent "NOPE" does not exist.*\(results\[3\]\.parent\)$/,
  },
  {
    name: 'cycle',
    file: 'cycle.json',
    data: withResults((rs) => (rs[0]!.contributesTo = ['O1'])),
    where: /^:\d+:\d+: cycle: "G1" -> "O1" -> "M1" -> "I1" -> "U1" -> "G1" \(results\[0\]\.contributesTo\[0\]\)$/,
  },
  {
    name: 'duplicate id',
    file: 'dupid.yaml',
    data: stringify(JSON.parse(withResults((rs) => (rs[5]!.id = 'O1')))),
    where: /^:\d+:\d+: duplicate id "O1".*\(results\[5\]\.id\)$/,
  },
  {
    name: 'wrong version',
    file: 'version.yaml',
    data: 'pokin: 2\ntitle: x\nresults:\n  - { id: A, level: goal, statement: Meningkatnya X }\n',
    where: /^:1:8: unsupported format version 2.*\(pokin\)$/,
  },
  { name: 'not an object', file: 'list.yaml', data: '- pokin: 1\n- title: x\n', where: /^:1:1: a pokin document is an object/ },
  {
    name: 'unknown level',
    file: 'level.yaml',
    data: 'pokin: 1\ntitle: x\nresults:\n  - id: A\n    level: tujuan-besar\n    statement: Meningkatnya X\n',
    where: /^:5:12: level "tujuan-besar" is not in the level scheme/,
  },
  {
    name: 'ragged CSV',
    file: 'ragged.csv',
    data: `${CSV_HEADER}\nG1,,,goal,Meningkatnya X,G1.1,Indeks X,indeks,up,,\nO1,G1,,output\n`,
    where: /^: row 3.*: /,
  },
  {
    name: 'unterminated CSV quote',
    file: 'quote.csv',
    data: `${CSV_HEADER}\nG1,,,goal,"Meningkatnya X,G1.1,Indeks X,indeks,up,,\n`,
    where: /^: row 2.*: /,
  },
  {
    name: 'CSV missing parent',
    file: 'parent.csv',
    data: `${CSV_HEADER}\nG1,NOPE,,goal,Meningkatnya X,G1.1,Indeks X,indeks,up,,\n`,
    where: /^: row 2, column "parent_id".*: /,
  },
  {
    name: 'too large',
    file: 'big.yaml',
    data: `pokin: 1\ntitle: ${'x'.repeat(500)}\nresults: []\n`,
    args: ['--max-bytes', '100'],
    where: /^: refused: the input is 5\d\d bytes, over the limit of 100 bytes.*\(--max-bytes\)$/,
  },
  {
    name: 'YAML over its 10 MB default',
    file: 'huge.yaml',
    data: `pokin: 1\ntitle: x\nnotes: ${'x'.repeat(10.5 * 1024 * 1024)}\n`,
    where:
      /^: refused: the input is 10\.5 MB, over the limit of 10 MB for YAML; YAML needs about 70 times its size in memory to parse: convert it to JSON, or raise the limit with --max-bytes \(--max-bytes\)$/,
  },
  {
    name: 'too many results',
    file: 'many.json',
    data: json(tree),
    args: ['--max-results', '3'],
    where: /^:\d+:\d+: refused: 6 results, over the limit of 3.*\(--max-results\)$/,
  },
  {
    name: 'too much on stdin',
    file: '-',
    stdin: `pokin: 1\ntitle: ${'x'.repeat(500)}\n`,
    args: ['--max-bytes', '100'],
    where: /^: refused: the input is over the limit of 100 bytes/,
  },
  {
    name: 'bad JSON on stdin',
    file: '-',
    stdin: '{"pokin": 1,}',
    args: ['--input-format', 'json'],
    where: /^:1:12: invalid JSON: trailing comma/,
  },
  { name: 'nonexistent file', file: 'nope.yaml', where: /^: no such file or folder$/ },
  {
    name: 'folder without input files',
    file: 'emptydir',
    dir: true,
    where: /^: no \.json, \.yaml, \.yml, \.csv or \.xlsx files in this folder$/,
  },
  { name: 'unknown extension', file: 'tree.txt', data: 'pokin: 1\n', where: /^: unknown file type/ },
  {
    name: 'a workbook of another format',
    file: 'tree.xls',
    data: 'x',
    where:
      /^: a \.xls workbook cannot be read: open it in Excel or LibreOffice and save it as "Excel Workbook \(\.xlsx\)".*renaming the file is not enough$/,
  },
];

describe('broken inputs: exit 2, one line naming the file and where, no stack, no output', () => {
  it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const dir = tempDir();
    try {
      if (c.data !== undefined) tempDirWrite(dir.path(c.file), c.data);
      if (c.dir) tempDirWrite(dir.path(`${c.file}/README.md`), '# not an input\n');
      const outDir = dir.path('out');
      const r = await cli(['render', c.file, '--to', 'json', '-o', `${outDir}/tree.json`, ...(c.args ?? [])], {
        cwd: dir.dir,
        stdin: c.stdin,
      });
      expect(r.code, r.stderr).toBe(2);
      expect(r.errLines, r.stderr).toHaveLength(1);
      const line = r.errLines[0]!;
      const prefix = `pokin: ${c.file}`;
      expect(line.startsWith(prefix), line).toBe(true);
      expect(line.slice(prefix.length)).toMatch(c.where);
      expect(r.stderr).not.toContain('    at ');
      expect(r.stdout).toBe('');
      expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);

      // The same input through review and stats: exit 2 and the same one line.
      for (const command of ['review', 'stats']) {
        const again = await cli([command, c.file, ...(c.args ?? [])], { cwd: dir.dir, stdin: c.stdin });
        expect(again.code, `${command}: ${again.stderr}`).toBe(2);
        expect(again.errLines, again.stderr).toEqual([line]);
      }
    } finally {
      dir.cleanup();
    }
  });

  it('an unknown --to is a one-line usage error naming the option', async () => {
    const dir = tempDir({ 'tree.json': json(tree) });
    try {
      const r = await cli(['render', 'tree.json', '--to', 'docx', '-o', 'out/tree.docx'], { cwd: dir.dir });
      expect(r.code).toBe(2);
      expect(r.errLines).toEqual(['pokin: --to: unknown format "docx"; use svg, html, csv, pdf, xlsx, json, yaml, png, all']);
      expect(existsSync(dir.path('out'))).toBe(false);
    } finally {
      dir.cleanup();
    }
  });

  it('a document with several problems prints one line for each, each with its line', async () => {
    const dir = tempDir({
      'two.json': withResults((rs) => {
        rs[1]!.parent = 'NOPE';
        rs[4]!.levle = 'output';
      }),
    });
    try {
      const r = await cli(['review', 'two.json'], { cwd: dir.dir });
      expect(r.code).toBe(2);
      expect(r.errLines).toHaveLength(2);
      expect(r.errLines[0]).toMatch(/^pokin: two\.json:\d+:\d+: parent "NOPE" does not exist/);
      expect(r.errLines[1]).toMatch(/^pokin: two\.json:\d+:\d+: unknown key "levle"/);
    } finally {
      dir.cleanup();
    }
  });

  it('a document with very many problems prints the first 20 and counts the rest', async () => {
    const rs = structuredClone(results);
    for (let i = 0; i < 30; i++) rs.push({ id: `X${i}`, level: 'output', parent: 'NOPE', statement: 'Tersedianya X' });
    const dir = tempDir({ 'many.json': json({ ...tree, results: rs }) });
    try {
      const r = await cli(['review', 'many.json'], { cwd: dir.dir });
      expect(r.code).toBe(2);
      expect(r.errLines).toHaveLength(21);
      expect(r.errLines[20]).toBe('pokin: many.json: ... and 10 more problems');
    } finally {
      dir.cleanup();
    }
  });

  it('--debug shows the stack of an input error', async () => {
    const dir = tempDir({ 'bad.json': '{"pokin": 1,}' });
    try {
      const r = await cli(['review', 'bad.json', '--debug'], { cwd: dir.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('    at ');
    } finally {
      dir.cleanup();
    }
  });
});

function tempDirWrite(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
