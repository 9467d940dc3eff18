// Words drawn on the map itself (blueprint lines, evidence marks, the card
// in place of a picture not shown), in the map's content language: an
// Indonesian map reads in Indonesian on the wall whatever the interface
// language is.
import type { SceneLabels } from '../layout/sceneTypes';
import { LANE_KIND_NAMES } from './laneKindNames';
import { languageOf } from './language';

const EN: Omit<SceneLabels, 'formatDate' | 'formatNumber'> = {
  lineOfInteraction: 'Line of interaction',
  lineOfVisibility: 'Line of visibility',
  lineOfInternalInteraction: 'Line of internal interaction',
  evidence: { assumption: 'Assumption', observed: 'Observed', measured: 'Measured' },
  priority: { low: 'Low', medium: 'Medium', high: 'High' },
  noScore: 'no score',
  emotionCurves: 'Emotion curves',
  laneKinds: LANE_KIND_NAMES.en,
  pictureCard: { tooLarge: 'Picture too large', cannotShow: 'Picture cannot be shown', unsupported: 'not PNG, JPEG or WebP', unreadable: 'the file may be damaged', pixels: 'px' },
};

const ID: Omit<SceneLabels, 'formatDate' | 'formatNumber'> = {
  lineOfInteraction: 'Garis interaksi',
  lineOfVisibility: 'Garis visibilitas',
  lineOfInternalInteraction: 'Garis interaksi internal',
  evidence: { assumption: 'Asumsi', observed: 'Diamati', measured: 'Terukur' },
  priority: { low: 'Rendah', medium: 'Sedang', high: 'Tinggi' },
  noScore: 'belum ada nilai',
  emotionCurves: 'Kurva emosi',
  laneKinds: LANE_KIND_NAMES.id,
  pictureCard: { tooLarge: 'Gambar terlalu besar', cannotShow: 'Gambar tidak bisa ditampilkan', unsupported: 'bukan PNG, JPEG, atau WebP', unreadable: 'berkasnya mungkin rusak', pixels: 'piksel' },
};

export function sceneLabels(locale: string): SceneLabels {
  const language = languageOf(locale);
  const tag = language === 'id' ? 'id-ID' : 'en-GB';
  const dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return {
    ...(language === 'id' ? ID : EN),
    formatDate: (date) => dates.format(new Date(`${date}T00:00:00Z`)),
    formatNumber: (value) => numbers.format(value),
  };
}
