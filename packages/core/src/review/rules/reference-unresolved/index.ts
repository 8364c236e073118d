/**
 * `reference-unresolved` (workspace): a qualified reference (`pemda-2026#S2`) names a document or
 * result the workspace does not hold, or closes a cycle across documents.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { linkNode, linkVisitors, reportAtLink } from '../../../workspace/rule-utils.js';

export const rule = defineRule({
  meta: {
    id: 'reference-unresolved',
    defaultSeverity: 'error',
    category: 'workspace',
    basis: 'practice',
    description: {
      id: 'Rujukan ke dokumen lain (`dokumen#id`) menunjuk kinerja yang ada dalam workspace.',
      en: 'A reference to another document (`document#id`) names a result the workspace holds.',
    },
    messages: {
      noDocument: {
        id: 'Rujukan {ref} menunjuk dokumen "{document}", yang tidak ada dalam workspace.',
        en: 'The reference {ref} names the document "{document}", which is not in the workspace.',
      },
      notListed: {
        id: 'Rujukan {ref} menunjuk dokumen "{document}", yang tidak ada dalam workspace: berkasnya ({file}) ada di folder tetapi tidak tercantum pada documents di pokin.workspace.yaml.',
        en: 'The reference {ref} names the document "{document}", which is not in the workspace: its file ({file}) is in the folder but not listed under documents in pokin.workspace.yaml.',
      },
      noResult: {
        id: 'Rujukan {ref}: dokumen "{document}" tidak memiliki kinerja dengan id "{id}".',
        en: 'The reference {ref}: the document "{document}" has no result with the id "{id}".',
      },
      cycle: {
        id: 'Rujukan induk {ref} membentuk lingkaran antar dokumen; rujukan ini diabaikan.',
        en: 'The parent reference {ref} closes a cycle across documents; it is ignored.',
      },
    },
  },
  create(context) {
    return linkVisitors(context, (link, ws) => {
      if (link.resolved && link.cycle !== true) return;
      const node = linkNode(context, link);
      if (node === undefined) return;
      const file = ws.unlisted(link.targetDocument);
      const missing = ws.document(link.targetDocument) === undefined;
      const messageId = link.cycle === true ? 'cycle' : !missing ? 'noResult' : file === undefined ? 'noDocument' : 'notListed';
      reportAtLink(context, link, node, messageId, {
        ref: link.ref,
        document: link.targetDocument,
        id: link.targetResult,
        file: file ?? '',
      });
    });
  },
});
