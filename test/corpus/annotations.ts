/**
 * The annotated corpus: reading the `# expect: <rule-id>` annotations of a tree and matching the
 * review's findings against them.
 *
 * Annotations
 * - `# expect: rule-a, rule-b` (optionally followed by ` -- why`) at the end of a line names the
 *   defects an evaluator SAKIP would write for what that line holds; a rule id may be repeated when
 *   one line holds two defects of the same kind.
 * - A full-line `# expect: ...` comment applies to the next content line (a line that is neither
 *   blank nor a comment), so a long flow-style line can be annotated from above.
 * - Comments before the first content line (the header) and the `title:` line hold the
 *   document-level annotations (a defect of the tree as a whole: no owner anywhere, a branch set
 *   that stops early, no polarity stated anywhere ...).
 * - `# expect-uncovered: text` records a defect that no rule id names. It takes no part in the
 *   precision/coverage arithmetic; the suite counts and prints them.
 *
 * Matching: a finding belongs to a block of lines. An indicator finding (`resultId` and
 * `indicatorIndex`) belongs to the lines of that indicator; a result finding (`resultId` only) to
 * the lines of the whole result, its indicators included; a finding without a result to the node
 * its `path` names (`context.strategicIssues[1]`, `csf[0].desiredCondition`) and to the
 * document-level annotations. A finding that names a result and a path outside `results` (a CSF
 * entry pointing at its result) belongs to both places. A finding matches an unmatched annotation
 * of the same rule id inside its block; each annotation absorbs one finding, so the same cause
 * reported twice counts one true positive and one false positive. Indicator findings are matched first, then result findings
 * (preferring annotations on the result's own lines over those on its indicators' lines), then
 * document findings.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A line range, 1-based and inclusive. */
export interface Block {
  readonly from: number;
  readonly to: number;
}

/** One expected finding: `rule` on `line` (or on the document, `document: true`). */
export interface Annotation {
  readonly file: string;
  /** The line the annotation applies to (1-based). */
  readonly line: number;
  /** The line the comment is written on. */
  readonly commentLine: number;
  readonly rule: string;
  /** True for a document-level annotation (header comment or `title:` line). */
  readonly document: boolean;
  /** The free text after the ids, if any. */
  readonly note: string;
}

/** A defect no rule names (`# expect-uncovered: ...`). */
export interface Uncovered {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** The finding shape the matcher needs (a subset of `Diagnostic`). */
export interface FindingLike {
  readonly rule: string;
  readonly message: string;
  readonly resultId?: string;
  readonly indicatorIndex?: number;
  readonly path?: string;
}

/** A corpus file read for matching. */
export interface CorpusFile {
  readonly name: string;
  readonly text: string;
  readonly lines: readonly string[];
  /** The parsed YAML value (what `parseCascade` receives). */
  readonly value: unknown;
  readonly annotations: readonly Annotation[];
  readonly uncovered: readonly Uncovered[];
  /** Lines of each result, by id. */
  readonly resultBlocks: ReadonlyMap<string, Block>;
  /** Lines of each indicator of each result, by result id, in order. */
  readonly indicatorBlocks: ReadonlyMap<string, readonly Block[]>;
  /** Lines of the node a document path names (`context.outcome`, `csf[1]`), or undefined. */
  pathBlock(path: string): Block | undefined;
  /** The comment lines of the header (before the first content line). */
  readonly header: readonly string[];
}

const EXPECT = /(?:^|\s)#\s*expect:\s*([a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*)(.*)$/;
const UNCOVERED = /(?:^|\s)#\s*expect-uncovered:\s*(.+)$/;
const isContent = (line: string): boolean => line.trim() !== '' && !line.trim().startsWith('#');

/** Reads a corpus file: its YAML value, its blocks of lines and its annotations. */
export function readCorpusFile(name: string, text: string): CorpusFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(`${name}: ${doc.errors.map((e) => e.message).join('; ')}`);
  const lines = text.split(/\r?\n/);
  const blockOf = (range: readonly [number, number, number] | null | undefined): Block | undefined => {
    if (!range) return undefined;
    const from = lineCounter.linePos(range[0]).line;
    const endPos = lineCounter.linePos(range[1]);
    const to = Math.max(from, endPos.col === 1 ? endPos.line - 1 : endPos.line);
    return { from, to };
  };

  const resultBlocks = new Map<string, Block>();
  const indicatorBlocks = new Map<string, Block[]>();
  const results = doc.get('results', true);
  if (isSeq(results)) {
    for (const item of results.items) {
      if (!isMap(item)) continue;
      const id = item.get('id');
      const block = blockOf(item.range);
      if (typeof id !== 'string' || block === undefined) continue;
      resultBlocks.set(id, block);
      const inds = item.get('indicators', true);
      indicatorBlocks.set(id, isSeq(inds) ? inds.items.map((n) => blockOf((n as { range?: [number, number, number] }).range)!) : []);
    }
  }

  const firstContent = lines.findIndex(isContent) + 1; // 1-based; 0 when the file has no content
  const titleLine = lines.findIndex((l) => /^title:/.test(l)) + 1;
  const header = lines.slice(0, Math.max(0, firstContent - 1)).filter((l) => l.trim().startsWith('#'));

  const annotations: Annotation[] = [];
  const uncovered: Uncovered[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    const fullLine = line.trim().startsWith('#');
    let target = lineNo;
    if (fullLine && lineNo >= firstContent) {
      let j = i + 1;
      while (j < lines.length && !isContent(lines[j]!)) j++;
      target = j + 1;
    }
    const document = lineNo < firstContent || lineNo === titleLine;
    const u = UNCOVERED.exec(line);
    if (u) {
      uncovered.push({ file: name, line: target, text: u[1]!.trim() });
      continue;
    }
    const m = EXPECT.exec(line);
    if (!m) continue;
    for (const rule of m[1]!.split(',').map((s) => s.trim())) {
      annotations.push({
        file: name,
        line: target,
        commentLine: lineNo,
        rule,
        document,
        note: m[2]!.replace(/^\s*(?:--|—|-)?\s*/, '').trim(),
      });
    }
  }

  return {
    name,
    text,
    lines,
    value: doc.toJS(),
    annotations,
    uncovered,
    resultBlocks,
    indicatorBlocks,
    header,
    pathBlock: (path: string) => blockOf(nodeAt(doc, path)?.range),
  };
}

/** The YAML node at a document path such as `csf[1].desiredCondition`. */
function nodeAt(doc: Document, path: string): { range?: [number, number, number] | null } | undefined {
  const keys: (string | number)[] = [];
  for (const part of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(part[2] !== undefined ? Number(part[2]) : part[1]!);
  if (keys.length === 0) return undefined;
  const node = doc.getIn(keys, true) as { range?: [number, number, number] | null } | undefined;
  return node !== null && typeof node === 'object' ? node : undefined;
}

/** A finding with where it was placed and whether it matched. */
export interface MatchedFinding {
  readonly finding: FindingLike;
  /** The block of lines it belongs to (undefined for a purely document-level finding). */
  readonly block?: Block;
  readonly annotation?: Annotation;
}

/** The outcome of matching one file. */
export interface FileMatch {
  readonly file: string;
  readonly findings: readonly MatchedFinding[];
  readonly annotations: readonly Annotation[];
  /** Annotations no finding matched. */
  readonly missed: readonly Annotation[];
}

const inside = (line: number, b: Block | undefined): boolean => b !== undefined && line >= b.from && line <= b.to;

/** Matches the findings of one file against its annotations (see the module comment). */
export function matchFindings(file: CorpusFile, findings: readonly FindingLike[]): FileMatch {
  const used = new Set<Annotation>();
  const kind = (f: FindingLike): number =>
    f.resultId !== undefined && file.resultBlocks.has(f.resultId) ? (f.indicatorIndex !== undefined ? 0 : 1) : 2;
  const order = findings.map((f, i) => i).sort((a, b) => kind(findings[a]!) - kind(findings[b]!) || a - b);
  const out: MatchedFinding[] = new Array(findings.length);
  for (const i of order) {
    const f = findings[i]!;
    const k = kind(f);
    let block: Block | undefined;
    let own: (line: number) => boolean = () => true;
    if (k === 0) {
      block = file.indicatorBlocks.get(f.resultId!)?.[f.indicatorIndex!] ?? file.resultBlocks.get(f.resultId!);
    } else if (k === 1) {
      block = file.resultBlocks.get(f.resultId!);
      const inds = file.indicatorBlocks.get(f.resultId!) ?? [];
      own = (line) => !inds.some((b) => inside(line, b));
    }
    // A path outside `results` (a CSF entry naming a result, a context item) is a place of its own.
    // (The whole entry: `csf[0].result` belongs to the lines of `csf[0]`.)
    const elsewhere =
      f.path !== undefined && !f.path.startsWith('results') ? file.pathBlock(f.path.replace(/^([^[]*\[\d+\]).*$/, '$1')) : undefined;
    if (k === 2) block = elsewhere;
    const candidates = file.annotations.filter(
      (a) => !used.has(a) && a.rule === f.rule && (inside(a.line, block) || inside(a.line, elsewhere) || (k === 2 && a.document)),
    );
    const pick = candidates.find((a) => own(a.line)) ?? candidates[0];
    if (pick) used.add(pick);
    out[i] = pick ? { finding: f, block, annotation: pick } : { finding: f, block };
  }
  return { file: file.name, findings: out, annotations: file.annotations, missed: file.annotations.filter((a) => !used.has(a)) };
}

/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Annotations (expected findings). */
  expected: number;
  /** Annotations matched by a finding. */
  covered: number;
}

/** Precision: findings that match an annotation / all findings (1 when nothing was found). */
export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
/** Coverage: annotations matched by a finding / all annotations (1 when nothing was expected). */
export const coverage = (c: Counts): number => (c.expected === 0 ? 1 : c.covered / c.expected);

/** Counts of one file's match, in total and per rule id. */
export function countMatch(m: FileMatch): { total: Counts; byRule: Map<string, Counts> } {
  const byRule = new Map<string, Counts>();
  const total: Counts = { tp: 0, fp: 0, fn: 0, expected: 0, covered: 0 };
  const get = (rule: string): Counts => {
    let c = byRule.get(rule);
    if (!c) byRule.set(rule, (c = { tp: 0, fp: 0, fn: 0, expected: 0, covered: 0 }));
    return c;
  };
  for (const f of m.findings) {
    const c = get(f.finding.rule);
    if (f.annotation) {
      c.tp++;
      total.tp++;
    } else {
      c.fp++;
      total.fp++;
    }
  }
  for (const a of m.annotations) {
    const c = get(a.rule);
    c.expected++;
    total.expected++;
  }
  for (const a of m.missed) {
    const c = get(a.rule);
    c.fn++;
    total.fn++;
  }
  for (const c of [...byRule.values(), total]) c.covered = c.expected - c.fn;
  return { total, byRule };
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  a.expected += b.expected;
  a.covered += b.covered;
}
