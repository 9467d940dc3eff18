// A new map from a template, in one of the content languages.
import type { JourneyMap, MapType } from '../format/types';
import { newId } from '../ids';
import { TEMPLATES } from './catalogue';
import type { ContentLanguage } from './types';
import { MAP_FIELDS } from '../format/schema';
import { specOf } from '../ops/fields';
import { requireValid } from '../ops/refusal';

export interface NewMapOptions {
  type: MapType;
  locale: ContentLanguage;
  /** Defaults to the template's title in the map's language. */
  title?: string;
  /** RFC 3339; the caller's clock, so shared/ stays free of hidden time. */
  now: string;
  id?: string;
}

/** A new map; a title that breaks docs/format.md's rule (over 200 characters) is refused with OpRefusal. */
export function createMap({ type, locale, title, now, id = newId('map') }: NewMapOptions): JourneyMap {
  const template = TEMPLATES[type];
  if (title?.trim()) requireValid('title', specOf(MAP_FIELDS, 'title').rule, title);
  return {
    format: 'cjm',
    version: 1,
    id,
    title: title?.trim() ? title : template.defaultTitle[locale],
    type,
    locale,
    createdAt: now,
    updatedAt: now,
    personas: [],
    stages: template.stages.map((s) => ({ id: s.id, title: s.title[locale] })),
    lanes: template.lanes.map((l) => ({ id: l.id, kind: l.kind, title: l.title[locale] })),
    notes: [],
  };
}
