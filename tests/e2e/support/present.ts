// What present mode shows, read through the page's test hooks, and a wait
// for its camera to come to rest (the tour glides between stages).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PresentState } from '../../../renderer/presenting/presentProbe';
import { settle } from './board';

export type { PresentState };

export function presentState(page: Page): Promise<PresentState | null> {
  return page.evaluate(() => (globalThis as unknown as { __jejak: { present(): PresentState | null } }).__jejak.present());
}

/** Waits until the presentation's camera has stopped moving, and returns what is shown. */
export async function restedPresentation(page: Page): Promise<PresentState> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify((await presentState(page))?.camera);
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 150 },
    )
    .toBe(true);
  await settle(page);
  const state = await presentState(page);
  if (!state) throw new Error('present mode is not open');
  return state;
}
