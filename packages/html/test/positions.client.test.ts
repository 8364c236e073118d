/**
 * The Perjanjian Kinerja annex, the peta cascading and the crosscutting matrix are valid HTML to
 * the W3C validator (vnu).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithoutJava } from '../../../test/support/env.js';
import { runVnu, type VnuMessage } from './support.js';
import { positionDocuments } from './support-positions.js';

const docs = positionDocuments();

describe.skipIf(skipWithoutJava())('vnu on the position and workspace documents [skipped: java not found]', () => {
  let dir = '';
  let messages: VnuMessage[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-positions-vnu-'));
    messages = await runVnu(
      docs.map(([name, html]) => {
        const file = join(dir, `${name}.html`);
        writeFileSync(file, html);
        return file;
      }),
    );
  }, 180_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });
  it(`reports no error for ${docs.length} documents`, () => {
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map((m) => `${m.url?.split('/').pop()}:${m.lastLine}: ${m.message} [${m.extract ?? ''}]`)).toEqual([]);
  });
});
