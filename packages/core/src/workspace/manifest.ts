/**
 * `pokin.workspace.yaml`: the optional file that names a workspace's documents and its Pemda
 * document. The CLI reads it; core only checks its shape.
 *
 * @module
 */
import * as z from 'zod';
import { DocumentIdSchema } from '../schema.js';

/** The shape of `pokin.workspace.yaml`. Every key is optional; unknown keys are an error. */
export const WorkspaceManifestSchema = z
  .strictObject({
    pokin: z.literal(1).optional().describe('Versi format; 1. / Format version; 1.'),
    title: z.string().min(1).optional().describe('Judul workspace. / Title of the workspace.'),
    pemda: DocumentIdSchema.optional().describe('Id dokumen pohon kinerja Pemda. / Id of the Pemda document.'),
    documents: z
      .array(z.string().min(1))
      .optional()
      .describe('Berkas dokumen, relatif terhadap folder. / Document files, relative to the folder.'),
  })
  .describe('Workspace pokin: dokumen-dokumen satu Pemda. / A pokin workspace: the documents of one Pemda.');

/** A parsed `pokin.workspace.yaml`. */
export type WorkspaceManifest = z.infer<typeof WorkspaceManifestSchema>;
