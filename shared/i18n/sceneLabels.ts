// Words drawn on the map itself (lane kinds, blueprint lines, evidence
// marks, the card in place of a picture not shown), in the map's content
// language: an Indonesian map reads in Indonesian on the wall whatever the
// interface language is. The words are each language's scene.ts.
import type { SceneLabels } from '../layout/sceneTypes';
import { languageOf, words } from './languages';

export function sceneLabels(locale: string): SceneLabels {
  const w = words(languageOf(locale));
  const dates = new Intl.DateTimeFormat(w.language.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(w.language.locale, { maximumFractionDigits: 2 });
  return {
    ...w.scene,
    laneKinds: w.laneKinds,
    formatDate: (date) => dates.format(new Date(`${date}T00:00:00Z`)),
    formatNumber: (value) => numbers.format(value),
  };
}
