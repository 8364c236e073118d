import { mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The clean document with result G measured by `indicators` (in place of its own). */
const measuredBy = (...indicators: Record<string, unknown>[]) =>
  mut((d) => {
    res(d, 'G').indicators = indicators;
  });

const ind = (statement: string, target: number, realisation: number) => ({
  statement,
  unit: '%',
  polarity: 'up',
  targets: { '2024': target },
  realisations: { '2024': realisation },
});

/** Percentages realised exactly at their targets, one indicator each. */
const sameAsTarget = (...values: number[]) => values.map((v, k) => ind(`Persentase capaian ${k + 1}`, v, v));

testRule('realisation-equals-target', {
  reject: [
    {
      name: 'three realisations equal to their decimal targets (84,02 of 84,02, 68,05 of 68,05, 71,3 of 71,3)',
      doc: measuredBy(
        ind('Persentase penanganan bencana', 84.02, 84.02),
        ind('Persentase kawasan rawan bencana yang terpetakan', 68.05, 68.05),
        ind('Persentase relawan terlatih', 71.3, 71.3),
      ),
      says: '3 dari 3',
      count: 1,
    },
    {
      name: 'a share of a few among decimals measured: the measured ones still count (84,02 and 68,05 of 3 decimal targets)',
      doc: measuredBy(...sameAsTarget(84.02, 68.05, 31.25), ind('Persentase relawan terlatih', 71.3, 70.9)),
      says: '2 dari 3',
      count: 1,
    },
  ],
  accept: [
    { name: 'the clean document', doc: mut(() => {}) },
    {
      name: 'whole numbers met exactly (3 of 3 documents, 100 %)',
      doc: measuredBy(ind('Jumlah dokumen perencanaan', 3, 3), ind('Persentase laporan tepat waktu', 100, 100), ind('Jumlah kajian', 2, 2)),
    },
    {
      name: 'shares of a few units met exactly (31,25 % = 5 of 16 pasar, 68,75 % = 11 of 16, 33,33 % = 1 of 3; a UPT Pengelolaan Pasar)',
      doc: measuredBy(...sameAsTarget(31.25, 68.75, 33.33)),
    },
    {
      name: 'one decimal target met exactly',
      doc: measuredBy(ind('Persentase penanganan bencana', 84.02, 84.02), ind('Persentase relawan terlatih', 71.3, 70.9)),
    },
    {
      name: 'two of five decimal targets met exactly: not most',
      doc: measuredBy(
        ind('Persentase A', 84.02, 84.02),
        ind('Persentase B', 68.05, 68.05),
        ind('Persentase C', 71.3, 70.9),
        ind('Persentase D', 55.5, 60.1),
        ind('Persentase E', 12.4, 11.2),
      ),
    },
  ],
});
