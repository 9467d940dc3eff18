// Why an operation was refused (shared/ops/refusal.ts), in English, for the
// person who tried it; the shape every language's refusals.ts follows.
import type { Refusal } from '../../ops/refusal';
import { problemText } from '../phrasing';
import type { RefusalOf } from '../refusals';
import { language } from './language';
import { problems } from './problems';

export interface RefusalWords {
  /** A field's name as the inspector shows it; the key itself when it has none. */
  field(key: string): string;
  messages: { [C in Refusal['code']]: (refusal: RefusalOf<C>) => string };
}

const FIELDS: Record<string, string> = {
  title: 'Title',
  goal: 'Goal',
  scenario: 'Scenario',
  type: 'Type of map',
  locale: 'Content language',
  reviewBy: 'Review by',
  primaryPersona: 'Primary persona',
  id: 'Id',
  name: 'Name',
  role: 'Role',
  age: 'Age',
  bio: 'About',
  goals: 'Goals',
  frustrations: 'Frustrations',
  motivations: 'Motivations',
  channels: 'Channels',
  quote: 'Quote',
  color: 'Colour',
  kind: 'Kind of lane',
  persona: 'Persona',
  hidden: 'Hidden',
  locked: 'Locked',
  text: 'Text',
  emotion: 'Emotion',
  votes: 'Votes',
  tags: 'Tags',
  evidence: 'Evidence',
  source: 'Source',
  owner: 'Owner',
  priority: 'Priority',
  due: 'Due date',
  metric: 'Metric',
  value: 'Value',
  unit: 'Unit',
  image: 'Picture',
  photo: 'Photo',
  data: 'Image data',
};

const ITEMS = { personas: 'persona', stages: 'stage', lanes: 'lane', notes: 'note', assets: 'image' } as const;
const PLURAL = { personas: 'personas', stages: 'stages', lanes: 'lanes', notes: 'notes', assets: 'images' } as const;

export const refusals: RefusalWords = {
  field: (key) => FIELDS[key] ?? key,
  messages: {
    invalid: (r) => `${refusals.field(r.field)}: expected ${problems.expected(r.expected)}, found ${problems.found(r.found)}`,
    'not-found': (r) => `There is no ${ITEMS[r.collection]} with the id "${r.id}" any more; it may have been deleted.`,
    'id-taken': (r) => `The id "${r.id}" is already used by another ${ITEMS[r.collection]}.`,
    'too-many': (r) => `A map can have at most ${r.limit.toLocaleString(language.locale)} ${PLURAL[r.collection]}.`,
    'last-one': (r) => `A map needs at least one ${ITEMS[r.collection]}; add another before deleting this one.`,
    'lane-locked': (r) => `The lane "${r.lane}" is locked: its notes cannot be moved or edited. Unlock it first.`,
    'structure-locked': () => 'The structure is locked: stages and lanes cannot be added, moved or deleted. Unlock the structure first (Workshop menu).',
    'review-mode': () => 'Review mode is on: the map is read-only. Leave review mode to change it.',
    'bad-asset': (r) => `This image cannot be used: ${problemText(problems, r.problem)}.`,
  },
};
