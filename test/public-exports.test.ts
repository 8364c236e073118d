import * as cli from '@pokin/cli';
import * as core from '@pokin/core';
import * as graph from '@pokin/core/graph';
import * as layout from '@pokin/core/layout';
import * as coreReview from '@pokin/core/review';
import * as testing from '@pokin/core/testing';
import * as csv from '@pokin/csv';
import * as html from '@pokin/html';
import * as pdf from '@pokin/pdf';
import * as svg from '@pokin/svg';
import * as viewer from '@pokin/viewer';
import * as xlsx from '@pokin/xlsx';
import { describe, expect, it } from 'vitest';

// The runtime exports of every public entry point, one file each, so that a change to the public
// API shows up as a diff in review (shiki keeps the same kind of snapshot). Types are covered by
// the typedoc build, which fails on an undocumented export.
const entries: Record<string, Record<string, unknown>> = {
  '@pokin/core': core,
  '@pokin/core/review': coreReview,
  '@pokin/core/testing': testing,
  '@pokin/core/layout': layout,
  '@pokin/core/graph': graph,
  '@pokin/svg': svg,
  '@pokin/html': html,
  '@pokin/csv': csv,
  '@pokin/xlsx': xlsx,
  '@pokin/pdf': pdf,
  '@pokin/viewer': viewer,
  '@pokin/cli': cli,
};

describe('public exports', () => {
  it.each(Object.keys(entries))('%s', async (name) => {
    const mod = entries[name]!;
    const lines = Object.keys(mod)
      .sort()
      .map((key) => `${key}: ${typeof mod[key]}`);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`./__snapshots__/exports/${name.replace(/[@/]/g, '_')}.txt`);
  });
});
