/**
 * `pokin.workspace.yaml`: the optional file that names a workspace's documents and its Pemda
 * document. The CLI reads it; core only checks its shape.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DocumentIdSchema } from '../schema.js';
import { described } from '../schema-zod.js';

/** The shape of `pokin.workspace.yaml`. Every key is optional; unknown keys are an error. */
export const WorkspaceManifestSchema = described(
  z.strictObject({
    pokin: described(z.optional(z.literal(1)), 'Versi format; 1. / Format version; 1.'),
    title: described(z.optional(z.string().check(z.minLength(1))), 'Judul workspace. / Title of the workspace.'),
    pemda: described(z.optional(DocumentIdSchema), 'Id dokumen pohon kinerja Pemda. / Id of the Pemda document.'),
    documents: described(
      z.optional(z.array(z.string().check(z.minLength(1)))),
      'Berkas dokumen, relatif terhadap folder. / Document files, relative to the folder.',
    ),
  }),
  'Workspace pokin: dokumen-dokumen satu Pemda. / A pokin workspace: the documents of one Pemda.',
);

/** A parsed `pokin.workspace.yaml`. */
export type WorkspaceManifest = z.infer<typeof WorkspaceManifestSchema>;
