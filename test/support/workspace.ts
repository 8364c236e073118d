/**
 * The example workspace (`examples/workspace/`), loaded as the CLI would: the documents that
 * `pokin.workspace.yaml` names, with its Pemda and title.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { WorkspaceManifestSchema, loadWorkspace, type Workspace } from '@pokin/core';

/** The folder of the example workspace. */
export const EXAMPLE_WORKSPACE = new URL('../../examples/workspace/', import.meta.url);

/** Loads the example workspace. */
export function exampleWorkspace(): Workspace {
  const manifest = WorkspaceManifestSchema.parse(parse(readFileSync(new URL('pokin.workspace.yaml', EXAMPLE_WORKSPACE), 'utf8')));
  const inputs = (manifest.documents ?? []).map((name) => ({
    name,
    document: parse(readFileSync(new URL(name, EXAMPLE_WORKSPACE), 'utf8')) as unknown,
  }));
  return loadWorkspace(inputs, {
    ...(manifest.pemda === undefined ? {} : { pemda: manifest.pemda }),
    ...(manifest.title === undefined ? {} : { title: manifest.title }),
  });
}
