// Milestones of a page load from the browser's own timing entries.
import type { OpenRun } from '../protocol';

/** DOMContentLoaded and the arrival of the first resource whose address contains `mapUrlPart`. */
export function loadPhases(mapUrlPart: string): Pick<OpenRun, 'scriptDone' | 'mapReceived'> {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const map = performance.getEntriesByType('resource').find((e) => e.name.includes(mapUrlPart)) as PerformanceResourceTiming | undefined;
  return { scriptDone: nav?.domContentLoadedEventEnd ?? NaN, mapReceived: map?.responseEnd ?? NaN };
}
