// Operations on the map as a whole: its title and framing.
import { MAP_FIELDS } from '../format/schema';
import type { JourneyMap, MapType } from '../format/types';
import { setField } from './fields';
import { defineOp } from './operation';

export const setTitle = defineOp<{ title: string }>({
  name: 'map.setTitle',
  run: (d, { title }) => setField(d, MAP_FIELDS, 'title', title),
  coalesceKey: () => 'map.title',
});

export const setGoal = defineOp<{ goal: string }>({
  name: 'map.setGoal',
  run: (d, { goal }) => setField(d, MAP_FIELDS, 'goal', goal),
  coalesceKey: () => 'map.goal',
});

export const setScenario = defineOp<{ scenario: string }>({
  name: 'map.setScenario',
  run: (d, { scenario }) => setField(d, MAP_FIELDS, 'scenario', scenario),
  coalesceKey: () => 'map.scenario',
});

export const setType = defineOp<{ type: MapType }>({
  name: 'map.setType',
  run: (d, { type }) => setField(d, MAP_FIELDS, 'type', type),
});

export const setLocale = defineOp<{ locale: string }>({
  name: 'map.setLocale',
  run: (d, { locale }) => setField(d, MAP_FIELDS, 'locale', locale),
});

/** `reviewBy` null clears the review date. */
export const setReviewBy = defineOp<{ reviewBy: string | null }>({
  name: 'map.setReviewBy',
  run: (d, { reviewBy }) => setField(d, MAP_FIELDS, 'reviewBy', reviewBy),
});

/**
 * The whole map replaced by another version of itself: a merge with the
 * file someone else saved (shared/merge), as one undo step. A merge and
 * the user's choices on its conflicts that follow it fold into that step.
 */
export const replaceMap = defineOp<{ map: JourneyMap }>({
  name: 'map.merge',
  run: (d, { map }) => {
    const draft = d as unknown as Record<string, unknown>;
    const next = map as unknown as Record<string, unknown>;
    for (const key of Object.keys(draft)) if (!Object.hasOwn(next, key)) delete draft[key];
    for (const key of Object.keys(next)) if (draft[key] !== next[key]) draft[key] = next[key];
  },
  coalesceKey: () => 'map.merge',
});
