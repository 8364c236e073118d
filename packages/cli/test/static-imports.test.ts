/**
 * What `pokin review` loads, by following the static imports of its sources from the review command
 * (`import type` and `await import()` are not followed): jsonc-parser is loaded only when JSON is
 * read, so a YAML review never loads it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The packages and source files reachable from `entry` through static imports. */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'([^']+)';/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else seen.add(spec);
    }
  };
  visit(entry);
  return seen;
}

describe('the static imports of pokin review', () => {
  const reached = staticImports(join(SRC, 'commands', 'review.ts'));

  it('reach the input readers (the walk follows them)', () => {
    expect(reached).toContain(join(SRC, 'input', 'document.ts'));
    expect(reached).toContain('@pokin/core');
  });

  it('leave jsonc-parser and the JSON reader out: they are loaded when JSON is read', () => {
    expect(reached).not.toContain('jsonc-parser');
    expect(reached).not.toContain(join(SRC, 'input', 'json-text.ts'));
  });
});
