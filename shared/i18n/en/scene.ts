// Words drawn on the map itself, in English: the names of the kinds of lane
// (the lane headers on the map and the interface's lists say the same), the
// blueprint lines, evidence marks and the card in place of a picture not
// shown, and the marker on a copy a merge keeps. The map's content language
// chooses them (shared/i18n/sceneLabels.ts): an Indonesian map reads in
// Indonesian on the wall whatever the interface language is.
import type { LaneKind } from '../../format/types';
import type { Side } from '../../merge/types';

export const laneKinds: Record<LaneKind, string> = {
  actions: 'Actions',
  touchpoints: 'Touchpoints',
  thoughts: 'Thoughts',
  emotions: 'Emotions',
  'pain-points': 'Pain points',
  opportunities: 'Opportunities',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support',
  evidence: 'Physical evidence',
  metrics: 'Metrics',
  text: 'Notes',
};

export const scene = {
  lineOfInteraction: 'Line of interaction',
  lineOfVisibility: 'Line of visibility',
  lineOfInternalInteraction: 'Line of internal interaction',
  evidence: { assumption: 'Assumption', observed: 'Observed', measured: 'Measured' },
  priority: { low: 'Low', medium: 'Medium', high: 'High' },
  noScore: 'no score',
  emotionCurves: 'Emotion curves',
  pictureCard: { tooLarge: 'Picture too large', cannotShow: 'Picture cannot be shown', unsupported: 'not PNG, JPEG or WebP', unreadable: 'the file may be damaged', pixels: 'px' },
};

/** The marker that begins a copy the merge keeps of a side the user did not choose ("[Their version] …"). */
export const mergeMarkers: Record<Side, string> = { mine: '[My version]', theirs: '[Their version]' };
