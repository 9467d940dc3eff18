// The journeys a team can start from, beside the four map types: each card
// names the journey, says what it covers (in the interface's language) and
// previews the stages the new map will have (in its content language).
import { JOURNEYS } from '../../shared/templates';
import { contentLanguageFor, JOURNEY_IDS, type ContentLanguage, type JourneyId } from '../../shared/templates/types';
import { useLanguage, useWords } from '../words';

export interface JourneyCardsProps {
  /** The content language the new map will be made in. */
  locale: ContentLanguage;
  onNewJourney(journey: JourneyId, locale: ContentLanguage): void;
}

export function JourneyCards({ locale, onNewJourney }: JourneyCardsProps) {
  const w = useWords();
  const said = contentLanguageFor(useLanguage());
  return (
    <>
      <div className="section-title">
        <h3 id="start-journeys">{w.start.journeys}</h3>
        <p className="muted">{w.start.journeysHint}</p>
      </div>
      <div className="template-grid" role="group" aria-labelledby="start-journeys">
        {JOURNEY_IDS.map((id) => {
          const journey = JOURNEYS[id];
          return (
            <button key={id} className="template-card journey-card" data-testid={`journey-${id}`} onClick={() => onNewJourney(id, locale)}>
              <strong>{journey.name[said]}</strong>
              <span>{journey.description[said]}</span>
              <span className="journey-stages">
                {journey.stages.map((s, i) => (
                  // A stage's title stays whole on its line; the arrows are where lines break.
                  <span key={s.id}>
                    {i > 0 && ' '}
                    <span className="journey-stage">{i < journey.stages.length - 1 ? `${s.title[locale]} →` : s.title[locale]}</span>
                  </span>
                ))}
              </span>
            </button>
          );
        })}
      </div>
    </>
  );
}
