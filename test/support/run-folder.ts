/**
 * Global setup of the slow vitest project: one scratch folder for the whole run, shared by the
 * test files (each reads its path with `inject('runFolder')`) and removed when the run ends. Work
 * that several files need, such as packing and installing the release tarballs, is done once in
 * it (`oncePerRun`) instead of once per file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's scratch folder (see `test/support/run-folder.ts`). */
    runFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'pokin-run-'));
  project.provide('runFolder', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
