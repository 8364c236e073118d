/**
 * `owner-missing` (Langkah 5): every result has an owner. When no result and no indicator names
 * one, the cascading to positions is not done yet: reported once for the document. An owner may
 * sit on the result or on its indicators.
 *
 * @module
 */
import { defineRule, type ResultNode } from '../../api.js';

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
      id: 'Setiap kinerja memiliki penanggung jawab (Langkah 5, cascading sampai ke setiap jabatan); bila belum ada satu pun, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: 'Every result has an owner (Step 5, cascading down to every position); when none has, this is reported once for the document.',
    },
    messages: {
      missing: {
        id: 'Kinerja ini belum memiliki penanggung jawab, padahal kinerja lain sudah: cascading menuntut setiap kinerja dimiliki satu jabatan.',
        en: 'This result has no owner while others have one: cascading needs a position accountable for every result.',
      },
      none: {
        id: 'Belum ada kinerja yang memiliki penanggung jawab: Langkah 5 (cascading kinerja ke jabatan) belum dilakukan; tetapkan unit kerja dan jabatan pemilik setiap kinerja.',
        en: 'No result has an owner: Step 5 (cascading results to positions) is not done yet; name the unit and position that owns each result.',
      },
    },
  },
  create(context) {
    const missing: ResultNode[] = [];
    let any = false;
    return {
      result(r) {
        if (owned(r)) any = true;
        else missing.push(r);
      },
      exit() {
        if (missing.length === 0) return;
        if (!any) context.report({ messageId: 'none', path: 'results' });
        else for (const r of missing) context.report({ messageId: 'missing', result: r, path: r.path('owner') });
      },
    };
  },
});
