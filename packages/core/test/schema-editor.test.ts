import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_PRESETS } from '@pokin/core';
import { startLsp, type LspClient } from '../../../test/support/lsp.js';

// yaml-language-server is the engine of VS Code's YAML extension (redhat.vscode-yaml): what it
// offers here is what a planner sees in the editor with the schema modeline of the panduan.
const require = createRequire(import.meta.url);
const server = join(require.resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
const schemaPath = fileURLToPath(new URL('../schema.json', import.meta.url));

const DOC = [
  `# yaml-language-server: $schema=${pathToFileURL(schemaPath).href}`,
  'pokin: 1',
  'title: Pohon Kinerja',
  'results:',
  '  - id: G1',
  '    level: ',
  '    statement: Meningkatnya Kinerja ASN',
  '',
].join('\n');

interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
}

describe('schema.json in a real YAML editor engine (yaml-language-server)', () => {
  let lsp: LspClient;
  let dir: string;
  let uri: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-yls-'));
    const file = join(dir, 'pokin.yaml');
    writeFileSync(file, DOC);
    uri = pathToFileURL(file).href;
    const settings = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } };
    lsp = startLsp(server, ['--stdio'], (method, params) => {
      if (method === 'workspace/configuration') {
        return ((params as { items: { section?: string }[] }).items ?? []).map((i) => (i.section === 'yaml' ? settings.yaml : null));
      }
      return null;
    });
    await lsp.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } }, hover: {} } },
    });
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings });
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: DOC } });
  }, 30_000);

  afterAll(async () => {
    await lsp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the level keys of every preset at "level:", with the label and tier beside each', async () => {
    const line = DOC.split('\n').findIndex((l) => l.startsWith('    level:'));
    const result = await lsp.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: '    level: '.length },
    });
    const items = Array.isArray(result) ? result : result.items;
    const labels = items.map((i) => i.label);
    const keys = [...new Set(Object.values(LEVEL_PRESETS).flatMap((s) => s.map((l) => l.key)))];
    expect(keys).toContain('sub-kegiatan');
    for (const key of keys) expect(labels).toContain(key);
    const goal = items.find((i) => i.label === 'goal')!;
    const doc = typeof goal.documentation === 'string' ? goal.documentation : (goal.documentation?.value ?? '');
    expect(doc).toContain('Kinerja Strategis');
  }, 30_000);

  it('shows the Indonesian description, with the English beside it, on hover', async () => {
    const line = DOC.split('\n').findIndex((l) => l.startsWith('title:'));
    const hover = await lsp.request<{ contents: { value: string } | string }>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 2 },
    });
    const text = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    expect(text).toContain('Judul pohon kinerja');
    expect(text).toContain('Title of the tree');
  }, 30_000);
});
