// The events of <pokin-tree> as TypeScript sees them: the documented listener
// `tree.addEventListener('select', (e) => e.detail.id)` compiles under --strict, with each event's
// detail typed. `tsc --noEmit` over the tests (pnpm typecheck) is the check; the assertions below
// only run the listeners' types through vitest's expectTypeOf.
import { describe, expectTypeOf, it } from 'vitest';
import type { PokinTreeElement, SelectDetail, ToggleDetail } from '@pokin/viewer';

describe('the events of <pokin-tree>', () => {
  it('type select and toggle with their details, and leave the DOM events as they are', () => {
    const listen = (tree: PokinTreeElement): void => {
      tree.addEventListener('select', (e) => expectTypeOf(e.detail).toEqualTypeOf<SelectDetail>());
      tree.addEventListener('toggle', (e) => expectTypeOf(e.detail.expanded).toEqualTypeOf<boolean>());
      tree.addEventListener('click', (e) => expectTypeOf(e.clientX).toEqualTypeOf<number>());
      const onToggle = (e: CustomEvent<ToggleDetail>): string => e.detail.id;
      tree.addEventListener('toggle', onToggle);
      tree.removeEventListener('toggle', onToggle);
    };
    expectTypeOf(listen).toBeFunction();
  });
});
