// The marker that begins a copy the merge keeps of a side the user did not
// choose ("[Their version] …"), in the map's content language, like the
// other words drawn on the map itself (see sceneLabels.ts).
import type { Side } from '../merge/types';
import { languageOf, words } from './languages';

/** `mine`: the map in memory on this computer; `theirs`: the one someone else saved. */
export function mergeMarker(side: Side, locale: string): string {
  return words(languageOf(locale)).mergeMarkers[side];
}
