// The PNG scale offered first: 2× for a map of workshop size, 1× for a map
// so large that 2× would be hundreds of millions of pixels.
import { expect, it } from 'vitest';
import { suggestedPngScale } from '../../../../shared/export/options';
import { layoutBoard } from '../../../../shared/layout/layout';
import { bigMap } from '../../../support/bigMap';

it('is 2× for a workshop-sized map and 1× for a 5,000-note one', () => {
  expect(suggestedPngScale(layoutBoard(bigMap({ notes: 150, stages: 6 })))).toBe(2);
  expect(suggestedPngScale(layoutBoard(bigMap({ notes: 5000 })))).toBe(1);
  expect(suggestedPngScale({ width: 3000, height: 5000 })).toBe(2);
  expect(suggestedPngScale({ width: 4000, height: 5000 })).toBe(1);
});
