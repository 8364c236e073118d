import { mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('csf-unrealised', {
  reject: [
    {
      name: 'a desired condition no result realises',
      doc: mut((d) =>
        d.csf!.push({ problem: 'Rendahnya kemandirian masyarakat', desiredCondition: 'Meningkatnya Kemandirian Masyarakat' }),
      ),
    },
  ],
  accept: [
    {
      name: 'the matching good case',
      doc: mut((d) => d.csf!.push({ problem: 'Rendahnya mutu layanan', desiredCondition: 'Meningkatnya mutu layanan puskesmas' })),
    },
  ],
});
