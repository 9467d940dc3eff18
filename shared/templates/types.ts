import type { Emotion, LaneKind, MapType } from '../format/types';

/**
 * The languages a new map's content can be made in: every template gives
 * its titles in each. Separate from the interface languages
 * (shared/i18n/languages.ts): a language of the interface needs no templates.
 */
export const CONTENT_LANGUAGES = ['en', 'id'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}

/** The content language closest to an interface language: itself when templates exist in it, else English. */
export function contentLanguageFor(language: string): ContentLanguage {
  return isContentLanguage(language) ? language : 'en';
}

/** A text a template gives in each of Jejak's content languages. */
export type Bilingual = Record<ContentLanguage, string>;

export interface TemplateStage {
  /** Stable across maps made from the template, so maps of one type compare stage by stage. */
  id: string;
  title: Bilingual;
}

export interface TemplateLane {
  id: string;
  kind: LaneKind;
  title: Bilingual;
}

export interface Template {
  type: MapType;
  name: Bilingual;
  description: Bilingual;
  /** The title a new map gets when none is given. */
  defaultTitle: Bilingual;
  stages: TemplateStage[];
  lanes: TemplateLane[];
}

/**
 * A journey Indonesian teams map most, ready to start from: a map type's
 * board with the journey's own stages, and a few example notes the team
 * replaces with what its research shows.
 */
export interface JourneyTemplate extends Template {
  id: JourneyId;
  notes: TemplateNote[];
}

export const JOURNEY_IDS = ['ekyc', 'hotel-stay', 'checkout-delivery', 'service-counter'] as const;
export type JourneyId = (typeof JOURNEY_IDS)[number];

export function isJourneyId(value: unknown): value is JourneyId {
  return typeof value === 'string' && (JOURNEY_IDS as readonly string[]).includes(value);
}

export interface TemplateNote {
  /** A stage and a lane of the same template, by id. */
  stage: string;
  lane: string;
  text: Bilingual;
  emotion?: Emotion;
}

/** The tag every example note carries, so a team can find (and delete) them once its own notes are up. */
export const EXAMPLE_TAG: Bilingual = { en: 'example', id: 'contoh' };
