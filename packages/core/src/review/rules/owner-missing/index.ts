/**
 * `owner-missing` (Langkah 5): every result has an owner. When no result and no indicator names
 * one, the cascading to positions is not done yet: reported once for the document. An owner may
 * sit on the result or on its indicators. A result at the top of the tree (no parent) is the
 * head of the agency's, and is not reported on its own.
 *
 * @module
 */
import { defineRule, type ResultNode } from '../../api.js';
import { firstOf, mostLack } from '../shared/index.js';

const hasOwner = (o: { unit?: string; position?: string; name?: string; agency?: string } | undefined): boolean =>
  o !== undefined &&
  ((o.unit?.trim() ?? '') !== '' || (o.position?.trim() ?? '') !== '' || (o.name?.trim() ?? '') !== '' || (o.agency?.trim() ?? '') !== '');

const owned = (r: ResultNode): boolean =>
  hasOwner(r.record.owner) || r.indicators.some((i) => hasOwner((i.record as { owner?: { unit?: string; position?: string } }).owner));

export const rule = defineRule({
  meta: {
    id: 'owner-missing',
    defaultSeverity: 'info',
    category: 'cascading',
    basis: 'regulation',
    description: {
      id: 'Setiap kinerja memiliki penanggung jawab (Langkah 5, cascading sampai ke setiap jabatan), kecuali kinerja puncak pohon (milik kepala instansi yang menandatangani dokumen); bila belum ada satu pun atau sebagian besar belum, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: 'Every result has an owner (Step 5, cascading down to every position), except the top of the tree (owned by the head of the agency, who signs the document); when none or most have none, this is reported once for the document.',
    },
    messages: {
      missing: {
        id: 'Kinerja ini belum memiliki penanggung jawab, padahal kinerja lain sudah: cascading menuntut setiap kinerja dimiliki satu jabatan.',
        en: 'This result has no owner while others have one: cascading needs a position accountable for every result.',
      },
      most: {
        id: 'Sebagian besar kinerja ({count} dari {total}) belum memiliki penanggung jawab ({ids}): lanjutkan Langkah 5 (cascading kinerja ke jabatan) dan tetapkan unit kerja dan jabatan pemilik setiap kinerja.',
        en: 'Most results ({count} of {total}) have no owner ({ids}): carry on with Step 5 (cascading results to positions) and name the unit and position that owns each result.',
      },
      none: {
        id: 'Belum ada kinerja yang memiliki penanggung jawab: Langkah 5 (cascading kinerja ke jabatan) belum dilakukan; tetapkan unit kerja dan jabatan pemilik setiap kinerja.',
        en: 'No result has an owner: Step 5 (cascading results to positions) is not done yet; name the unit and position that owns each result.',
      },
    },
  },
  create(context) {
    const missing: ResultNode[] = [];
    let ownedCount = 0;
    let any = false;
    let topless = false;
    return {
      result(r) {
        // The top of the tree is the head of the agency's (or of the region's), who signs the
        // document: documents rarely write that owner, and no evaluator asks for it.
        const below = r.parent !== undefined || r.parents.length > 0;
        if (owned(r)) {
          any = true;
          if (below) ownedCount++;
        } else if (below) missing.push(r);
        else topless = true;
      },
      exit() {
        if (!any) {
          if (missing.length > 0 || topless) context.report({ messageId: 'none', path: 'results' });
          return;
        }
        if (mostLack(missing.length, missing.length + ownedCount)) {
          const ids = firstOf(missing.map((r) => r.id));
          context.report({ messageId: 'most', data: { count: missing.length, total: missing.length + ownedCount, ids }, path: 'results' });
          return;
        }
        for (const r of missing) context.report({ messageId: 'missing', result: r, path: r.path('owner') });
      },
    };
  },
});
