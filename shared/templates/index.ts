export { TEMPLATES } from './catalogue';
export { JOURNEYS } from './journeys';
export { createMap, createJourneyMap, type NewMapOptions, type NewJourneyMapOptions } from './create';
export type { Template, JourneyTemplate, JourneyId, Bilingual } from './types';
