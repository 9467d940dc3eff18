// The journey map as docs/format.md (version 1) defines it. These types are the
// document in memory; the reader builds them, operations change them, the
// writer writes them. Optional keys that hold their default may be absent.
import type { JsonValue } from './json';

/** `^[A-Za-z0-9_-]{1,64}$`, unique within its collection. */
export type Id = string;

/** Keys beginning with `x-`: kept unchanged, never interpreted. */
export type Extensions = { [key: `x-${string}`]: JsonValue | undefined };

export const MAP_TYPES = ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'] as const;
export type MapType = (typeof MAP_TYPES)[number];

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'pain-points',
  'opportunities',
  'frontstage',
  'backstage',
  'support',
  'evidence',
  'metrics',
  'text',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const EVIDENCE_LEVELS = ['assumption', 'observed', 'measured'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ASSET_MIMES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type AssetMime = (typeof ASSET_MIMES)[number];

/** −2 (very negative) … 2 (very positive). */
export type Emotion = -2 | -1 | 0 | 1 | 2;

export interface Persona extends Extensions {
  id: Id;
  name: string;
  role?: string;
  age?: number;
  photo?: Id;
  bio?: string;
  goals?: string[];
  frustrations?: string[];
  motivations?: string[];
  channels?: string[];
  quote?: string;
}

export interface Stage extends Extensions {
  id: Id;
  title: string;
  color?: string;
}

export interface Lane extends Extensions {
  id: Id;
  kind: LaneKind;
  title: string;
  color?: string;
  hidden?: boolean;
  persona?: Id;
  locked?: boolean;
}

export interface Metric extends Extensions {
  name: string;
  value: number;
  unit?: string;
}

/**
 * Where a note came from: the note it was made from (by "Make opportunities")
 * and how many votes that note had then. A record, not a reference: the note
 * may since have been deleted, or its votes cleared.
 */
export interface MadeFrom extends Extensions {
  note: Id;
  votes: number;
}

export interface Note extends Extensions {
  id: Id;
  lane: Id;
  stage: Id;
  text: string;
  color?: string;
  emotion?: Emotion;
  votes?: number;
  tags?: string[];
  evidence?: EvidenceLevel;
  source?: string;
  owner?: string;
  priority?: Priority;
  due?: string;
  metric?: Metric;
  image?: Id;
  hidden?: boolean;
  madeFrom?: MadeFrom;
  /**
   * The name the participant who wrote the note gave, from their own phone in
   * a room that was not anonymous; absent for a note written at the laptop.
   */
  author?: string;
}

export interface Asset extends Extensions {
  mime: AssetMime;
  data: string;
  name?: string;
}

export interface JourneyMap extends Extensions {
  format: 'cjm';
  version: 1;
  id: Id;
  title: string;
  type: MapType;
  locale: string;
  goal?: string;
  scenario?: string;
  createdAt: string;
  updatedAt: string;
  reviewBy?: string | null;
  personas: Persona[];
  primaryPersona?: Id | null;
  stages: Stage[];
  lanes: Lane[];
  notes: Note[];
  /** Id → Asset. A null-prototype object, so an id such as `__proto__` is just a key. */
  assets?: Record<Id, Asset>;
}

export const FORMAT_VERSION = 1;
