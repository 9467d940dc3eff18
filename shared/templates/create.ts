// A new map from a template, in one of the content languages: an empty board
// of a map type, or a journey's board with its example notes.
import type { JourneyMap, MapType } from '../format/types';
import { newId } from '../ids';
import { TEMPLATES } from './catalogue';
import { JOURNEYS } from './journeys';
import { EXAMPLE_TAG, type ContentLanguage, type JourneyId, type Template } from './types';
import { MAP_FIELDS } from '../format/schema';
import { specOf } from '../ops/fields';
import { requireValid } from '../ops/refusal';

interface MapOptions {
  locale: ContentLanguage;
  /** Defaults to the template's title in the map's language. */
  title?: string;
  /** RFC 3339; the caller's clock, so shared/ stays free of hidden time. */
  now: string;
  id?: string;
}

export interface NewMapOptions extends MapOptions {
  type: MapType;
}

export interface NewJourneyMapOptions extends MapOptions {
  journey: JourneyId;
}

/** A new map; a title that breaks docs/format.md's rule (over 200 characters) is refused with OpRefusal. */
export function createMap({ type, ...options }: NewMapOptions): JourneyMap {
  return boardOf(TEMPLATES[type], options);
}

/** A new map of a journey: its stages and lanes, and its example notes, each tagged as an example in the map's language. */
export function createJourneyMap({ journey, ...options }: NewJourneyMapOptions): JourneyMap {
  const template = JOURNEYS[journey];
  const { locale } = options;
  return {
    ...boardOf(template, options),
    notes: template.notes.map((n) => ({
      id: newId('note'),
      lane: n.lane,
      stage: n.stage,
      text: n.text[locale],
      ...(n.emotion !== undefined ? { emotion: n.emotion } : {}),
      tags: [EXAMPLE_TAG[locale]],
    })),
  };
}

function boardOf(template: Template, { locale, title, now, id = newId('map') }: MapOptions): JourneyMap {
  if (title?.trim()) requireValid('title', specOf(MAP_FIELDS, 'title').rule, title);
  return {
    format: 'cjm',
    version: 1,
    id,
    title: title?.trim() ? title : template.defaultTitle[locale],
    type: template.type,
    locale,
    createdAt: now,
    updatedAt: now,
    personas: [],
    stages: template.stages.map((s) => ({ id: s.id, title: s.title[locale] })),
    lanes: template.lanes.map((l) => ({ id: l.id, kind: l.kind, title: l.title[locale] })),
    notes: [],
  };
}
