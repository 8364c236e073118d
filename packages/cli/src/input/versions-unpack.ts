/**
 * A {@link PackedVersion} read back as a {@link DiffVersion}. Each result's strings are cut from the
 * packed text; its indicators stay packed: two results whose indicator blocks are the same (the
 * usual case) are told so without building them (`sameIndicatorsAs`), and the others' indicators
 * are built on first use.
 *
 * @module
 */
import type { DiffIndicator, DiffResult, DiffVersion, Value } from '@pokin/core';
import type { PackedVersion } from './versions-pack.js';

/** Where a result's indicators' block starts in the packed arrays, and its sizes. */
interface Block {
  readonly packed: PackedVersion;
  /** First entry in `lengths`, in `numbers`, and first character in `text`. */
  readonly at: readonly [number, number, number];
  /** Entries in `lengths`, in `numbers`, and characters. */
  readonly size: readonly [number, number, number];
}

/** A result of a packed version. */
class PackedResult implements DiffResult {
  #indicators: readonly DiffIndicator[] | undefined;
  constructor(
    readonly id: string,
    readonly level: string,
    readonly statement: string,
    readonly parent: string | null,
    readonly externalParent: string | undefined,
    readonly previous: string | undefined,
    private readonly block: Block,
  ) {}

  get indicators(): readonly DiffIndicator[] {
    this.#indicators ??= readIndicators(this.block);
    return this.#indicators;
  }

  /** True when the two blocks hold the same strings and numbers (so the same indicators). */
  sameIndicatorsAs(other: DiffResult): boolean {
    if (!(other instanceof PackedResult)) return false;
    const a = this.block;
    const b = other.block;
    if (a.size[0] !== b.size[0] || a.size[1] !== b.size[1] || a.size[2] !== b.size[2]) return false;
    for (let k = 0; k < a.size[0]; k++) if (a.packed.lengths[a.at[0] + k] !== b.packed.lengths[b.at[0] + k]) return false;
    // Object.is: NaN (a text value) equals NaN; -0 and 0 differ, which only sends the pair to the full comparison.
    for (let k = 0; k < a.size[1]; k++) if (!Object.is(a.packed.numbers[a.at[1] + k], b.packed.numbers[b.at[1] + k])) return false;
    const textOf = (x: Block) => x.packed.text.slice(x.at[2], x.at[2] + x.size[2]);
    return textOf(a) === textOf(b);
  }
}

/** The indicators of a block, built. */
function readIndicators({ packed, at }: Block): DiffIndicator[] {
  let [l, n, c] = at;
  const text = (): string | undefined => {
    const length = packed.lengths[l++]!;
    if (length < 0) return undefined;
    c += length;
    return packed.text.slice(c - length, c);
  };
  const value = (): Value => {
    const x = packed.numbers[n++]!;
    return Number.isNaN(x) ? text()! : x;
  };
  const out: DiffIndicator[] = [];
  const count = packed.numbers[n++]!;
  for (let i = 0; i < count; i++) {
    const ind: { -readonly [K in keyof DiffIndicator]: DiffIndicator[K] } = { statement: '' };
    const id = text();
    ind.statement = text()!;
    const unit = text();
    const polarity = text();
    if (id !== undefined) ind.id = id;
    if (unit !== undefined) ind.unit = unit;
    if (polarity !== undefined) ind.polarity = polarity as DiffIndicator['polarity'];
    if (packed.numbers[n++] === 1) {
      const year = packed.numbers[n++]!;
      ind.baseline = { year, value: value() };
    }
    const targets = packed.numbers[n++]!;
    if (targets > 0) {
      const record: Record<string, Value> = {};
      for (let t = 0; t < targets; t++) {
        const year = String(packed.numbers[n++]);
        record[year] = value();
      }
      ind.targets = record;
    }
    out.push(ind);
  }
  return out;
}

/** The version again, for `diffCascades`: it gives the same diff as the version packed. */
export function unpackVersion(p: PackedVersion): DiffVersion {
  const n = p.blocks.length / 3;
  const records = new Array<PackedResult>(n);
  const index = new Map<string, number>();
  let l = 0;
  let num = 0;
  let c = 0;
  const text = (): string | undefined => {
    const length = p.lengths[l++]!;
    if (length < 0) return undefined;
    c += length;
    return p.text.slice(c - length, c);
  };
  for (let i = 0; i < n; i++) {
    const id = text()!;
    const level = text()!;
    const statement = text()!;
    const parent = text() ?? null;
    const externalParent = text();
    const previous = text();
    const size = [p.blocks[3 * i]!, p.blocks[3 * i + 1]!, p.blocks[3 * i + 2]!] as const;
    const block: Block = { packed: p, at: [l, num, c], size };
    l += size[0];
    num += size[1];
    c += size[2];
    records[i] = new PackedResult(id, level, statement, parent, externalParent, previous, block);
    index.set(id, i);
  }
  return {
    id: p.id ?? undefined,
    title: p.title,
    size: n,
    levels: p.levels,
    results: () => records,
    result: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : records[i];
    },
    has: (id) => index.has(id),
  };
}
