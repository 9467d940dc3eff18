// Commands for operation-sequence properties: each is plain data (so a
// failing run prints readably) naming an operation and its arguments, with
// stages, lanes, notes, personas and assets referred to by index into what
// the map holds when the command runs, or as an id nobody has. Values are
// mostly valid, now and then invalid, so that refusals happen too.
import fc from 'fast-check';
import { LANE_KINDS, MAP_TYPES, type Asset, type JourneyMap } from '../../../../shared/format';
import type { ApplyResult, History } from '../../../../shared/history/history';
import { ops, type NoteFields, type PersonaFields } from '../../../../shared/ops';
import { assetArb, colorArb, dateArb, idArb, metricArb, textArb, titleArb } from '../../../support/arbitraries';
import { notesHiddenInFile, primaryPersonaInFile } from '../../../support/fileSays';

/** An index into one of the map's collections; -1 names a thing that is not there. */
const ref = fc.oneof({ weight: 25, arbitrary: fc.nat(999) }, { weight: 1, arbitrary: fc.constant(-1) });
const refs = fc.array(ref, { minLength: 1, maxLength: 5 });
const MISSING = 'no-such-thing';

const sometimesBad = <T, B>(good: fc.Arbitrary<T>, ...bad: B[]) =>
  fc.oneof({ weight: 20, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...bad) });

const text = (max: number) => sometimesBad(textArb(max), 'x'.repeat(max + 1));
const name = (max: number) => sometimesBad(textArb(max, 1), '', 'x'.repeat(max + 1));
const color = fc.oneof({ weight: 6, arbitrary: colorArb }, fc.constant(null), fc.constant('red'));
const date = sometimesBad(dateArb, '2026-02-30', '31/12/2026');
const newId = sometimesBad(idArb, 'not an id!', '');
const badAsset: Asset = { mime: 'image/jpeg', data: 'iVBORw0KGgo=' };
const asset = sometimesBad(assetArb, badAsset);

type FieldsWithImage = NoteFields & { imageRef?: number };

const validNoteFields: fc.Arbitrary<FieldsWithImage> = fc.record(
  {
    color: colorArb,
    emotion: fc.constantFrom<NoteFields['emotion']>(-2, -1, 0, 1, 2),
    votes: fc.integer({ min: 0, max: 9999 }),
    tags: fc.uniqueArray(textArb(40, 1), { maxLength: 3 }),
    evidence: fc.constantFrom('assumption', 'observed', 'measured'),
    source: textArb(500),
    owner: textArb(100),
    priority: fc.constantFrom('low', 'medium', 'high'),
    due: dateArb,
    metric: metricArb,
    hidden: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** One field docs/format.md does not allow. */
const invalidNoteField = fc.constantFrom<FieldsWithImage>(
  { color: '#12' },
  { emotion: 3 as never },
  { votes: -1 },
  { tags: ['dup', 'dup'] },
  { due: '2026-02-30' },
  { owner: 'o'.repeat(101) },
  { source: 's'.repeat(501) },
  { metric: { name: '', value: 1 } },
);

/** Mostly valid fields; now and then a picture (of an asset the map may not have) or one invalid field. */
const noteFields: fc.Arbitrary<FieldsWithImage> = fc.oneof(
  { weight: 14, arbitrary: validNoteFields },
  { weight: 1, arbitrary: fc.tuple(validNoteFields, ref).map(([f, imageRef]) => ({ ...f, imageRef })) },
  { weight: 1, arbitrary: fc.tuple(validNoteFields, invalidNoteField).map(([f, bad]) => ({ ...f, ...bad })) },
);

const validPersonaFields: fc.Arbitrary<PersonaFields> = fc.record(
  {
    name: textArb(100, 1),
    role: textArb(200),
    age: fc.integer({ min: 0, max: 150 }),
    bio: textArb(2000),
    goals: fc.array(textArb(500), { maxLength: 3 }),
    quote: textArb(500),
  },
  { requiredKeys: [] },
);
const personaFields = fc.oneof(
  { weight: 14, arbitrary: validPersonaFields },
  { weight: 1, arbitrary: fc.constantFrom<PersonaFields>({ name: '' }, { age: 151 }, { age: 2.5 }, { quote: 'q'.repeat(501) }) },
);

interface Ids {
  stages: string[];
  lanes: string[];
  notes: string[];
  personas: string[];
  assets: string[];
}

function idsOf(map: JourneyMap): Ids {
  return {
    stages: map.stages.map((s) => s.id),
    lanes: map.lanes.map((l) => l.id),
    notes: map.notes.map((n) => n.id),
    personas: map.personas.map((p) => p.id),
    assets: Object.keys(map.assets ?? {}),
  };
}

const at = (ids: readonly string[], r: number): string => (r < 0 || ids.length === 0 ? MISSING : ids[r % ids.length]!);
const orNull = (ids: readonly string[], r: number | null): string | null => (r === null ? null : at(ids, r));

type Result = ApplyResult<unknown> | void;
type Runner<T> = (h: History, args: T, ids: Ids) => Result;
interface Spec {
  weight: number;
  arb: fc.Arbitrary<unknown>;
  run: Runner<never>;
}
const spec = <T>(weight: number, arb: fc.Arbitrary<T>, run: Runner<T>): Spec => ({ weight, arb, run: run as Runner<never> });

/** Types `text` into a note one character at a time, as the editor does. */
function typeInto(h: History, id: string, typed: string): Result {
  let last: Result = undefined;
  const chars = Array.from(typed);
  for (let i = 1; i <= chars.length; i++) last = h.apply(ops.setNoteText, { id, text: chars.slice(0, i).join('') });
  return last;
}

function withImage(fields: FieldsWithImage, ids: Ids): NoteFields {
  const { imageRef, ...rest } = fields;
  return imageRef === undefined ? rest : { ...rest, image: at(ids.assets, imageRef) };
}

const SPECS: Record<string, Spec> = {
  setTitle: spec(1, sometimesBad(titleArb, '', '   ', 'x'.repeat(201)), (h, title) => h.apply(ops.setTitle, { title })),
  setGoal: spec(1, text(2000), (h, goal) => h.apply(ops.setGoal, { goal })),
  // A merge's result replacing the map (here: the map itself, retitled and with its last note gone).
  replaceMap: spec(1, titleArb, (h, title) => h.apply(ops.replaceMap, { map: { ...h.current, title, notes: h.current.notes.slice(0, -1) } })),
  setScenario: spec(1, text(5000), (h, scenario) => h.apply(ops.setScenario, { scenario })),
  setType: spec(1, sometimesBad(fc.constantFrom(...MAP_TYPES), 'journey' as never), (h, type) => h.apply(ops.setType, { type })),
  setLocale: spec(1, sometimesBad(fc.constantFrom('en', 'id', 'id-ID'), 'no such tag!'), (h, locale) => h.apply(ops.setLocale, { locale })),
  setReviewBy: spec(1, fc.option(date, { nil: null }), (h, reviewBy) => h.apply(ops.setReviewBy, { reviewBy })),
  // Written by another copy or by hand, never by the app: taken in as a merge is.
  primaryPersonaInFile: spec(1, fc.option(ref, { nil: null }), (h, r, ids) => primaryPersonaInFile(h, orNull(ids.personas, r))),
  notesHiddenInFile: spec(1, fc.tuple(refs, fc.boolean()), (h, [rs, hidden], ids) => notesHiddenInFile(h, rs.map((r) => at(ids.notes, r)), hidden)),

  addStage: spec(2, fc.record({ id: newId, title: name(100), index: fc.integer({ min: -2, max: 12 }), color: fc.option(colorArb, { nil: undefined }) }), (h, a) =>
    h.apply(ops.addStage, a),
  ),
  renameStage: spec(1, fc.tuple(ref, name(100)), (h, [r, title], ids) => h.apply(ops.renameStage, { id: at(ids.stages, r), title })),
  recolourStage: spec(1, fc.tuple(ref, color), (h, [r, c], ids) => h.apply(ops.recolourStage, { id: at(ids.stages, r), color: c })),
  moveStage: spec(1, fc.tuple(ref, fc.integer({ min: -1, max: 10 })), (h, [r, index], ids) => h.apply(ops.moveStage, { id: at(ids.stages, r), index })),
  deleteStage: spec(1, ref, (h, r, ids) => h.apply(ops.deleteStage, { id: at(ids.stages, r) })),

  addLane: spec(2, fc.record({ id: newId, kind: sometimesBad(fc.constantFrom(...LANE_KINDS), 'feelings' as never), title: name(100), index: fc.integer({ min: -1, max: 15 }), persona: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, ref) }), (h, a, ids) =>
    h.apply(ops.addLane, { ...a, persona: a.persona === undefined ? undefined : at(ids.personas, a.persona) }),
  ),
  renameLane: spec(1, fc.tuple(ref, name(100)), (h, [r, title], ids) => h.apply(ops.renameLane, { id: at(ids.lanes, r), title })),
  recolourLane: spec(1, fc.tuple(ref, color), (h, [r, c], ids) => h.apply(ops.recolourLane, { id: at(ids.lanes, r), color: c })),
  setLaneHidden: spec(1, fc.tuple(ref, fc.boolean()), (h, [r, hidden], ids) => h.apply(ops.setLaneHidden, { id: at(ids.lanes, r), hidden })),
  setLaneLocked: spec(1, fc.tuple(ref, fc.boolean()), (h, [r, locked], ids) => h.apply(ops.setLaneLocked, { id: at(ids.lanes, r), locked })),
  moveLane: spec(1, fc.tuple(ref, fc.integer({ min: -1, max: 15 })), (h, [r, index], ids) => h.apply(ops.moveLane, { id: at(ids.lanes, r), index })),
  setLanePersona: spec(1, fc.tuple(ref, fc.option(ref, { nil: null })), (h, [r, p], ids) => h.apply(ops.setLanePersona, { id: at(ids.lanes, r), persona: orNull(ids.personas, p) })),
  deleteLane: spec(1, ref, (h, r, ids) => h.apply(ops.deleteLane, { id: at(ids.lanes, r) })),

  addNote: spec(5, fc.record({ id: newId, lane: ref, stage: ref, text: text(10_000), position: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }), fields: noteFields }), (h, a, ids) =>
    h.apply(ops.addNote, { ...a, lane: at(ids.lanes, a.lane), stage: at(ids.stages, a.stage), fields: withImage(a.fields, ids) }),
  ),
  addNoteAndType: spec(3, fc.record({ id: newId, lane: ref, stage: ref, typed: textArb(12) }), (h, a, ids) => {
    const added = h.apply(ops.addNote, { id: a.id, lane: at(ids.lanes, a.lane), stage: at(ids.stages, a.stage) });
    return added.ok ? typeInto(h, a.id, a.typed) : added;
  }),
  typeIntoNote: spec(4, fc.tuple(ref, textArb(12)), (h, [r, typed], ids) => typeInto(h, at(ids.notes, r), typed)),
  setNoteText: spec(1, fc.tuple(ref, text(10_000)), (h, [r, t], ids) => h.apply(ops.setNoteText, { id: at(ids.notes, r), text: t })),
  moveNotes: spec(3, fc.record({ notes: refs, lane: ref, stage: ref, position: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }) }), (h, a, ids) =>
    h.apply(ops.moveNotes, { ids: a.notes.map((r) => at(ids.notes, r)), lane: at(ids.lanes, a.lane), stage: at(ids.stages, a.stage), position: a.position }),
  ),
  duplicateNotes: spec(2, fc.array(fc.tuple(ref, newId), { minLength: 1, maxLength: 3 }), (h, pairs, ids) =>
    h.apply(ops.duplicateNotes, { ids: pairs.map(([r]) => at(ids.notes, r)), newIds: pairs.map(([, id]) => id) }),
  ),
  deleteNotes: spec(2, refs, (h, rs, ids) => h.apply(ops.deleteNotes, { ids: rs.map((r) => at(ids.notes, r)) })),
  setNoteFields: spec(4, fc.tuple(refs, noteFields), (h, [rs, fields], ids) => {
    const targets = rs.map((r) => at(ids.notes, r));
    const given = withImage(fields, ids);
    // Each field through its own inspector operation, in one transaction, as the inspector applies a form.
    return h.transaction('inspector', (run) => {
      if ('color' in given) run(ops.recolourNotes, { ids: targets, value: given.color ?? null });
      if ('emotion' in given) run(ops.setEmotion, { ids: targets, value: given.emotion ?? null });
      if ('votes' in given) run(ops.setVotes, { ids: targets, value: given.votes ?? null });
      if ('tags' in given) run(ops.setTags, { ids: targets, value: given.tags ?? null });
      if ('evidence' in given) run(ops.setEvidence, { ids: targets, evidence: given.evidence ?? null, source: given.source });
      if ('owner' in given) run(ops.setOwner, { ids: targets, value: given.owner ?? null });
      if ('priority' in given) run(ops.setPriority, { ids: targets, value: given.priority ?? null });
      if ('due' in given) run(ops.setDue, { ids: targets, value: given.due ?? null });
      if ('metric' in given) run(ops.setMetric, { ids: targets, value: given.metric ?? null });
    });
  }),
  // An import plan as a sheet makes one: changed fields and a move, a new note (mostly valid), deletions; one step.
  importNotes: spec(
    2,
    fc.record({
      updates: fc.array(fc.record({ note: ref, text: fc.option(text(10_000), { nil: undefined }), stage: fc.option(ref, { nil: undefined }), lane: fc.option(ref, { nil: undefined }), fields: validNoteFields }), { maxLength: 3 }),
      additions: fc.array(fc.record({ id: newId, lane: ref, stage: ref, text: text(10_000), fields: noteFields }), { maxLength: 3 }),
      deletions: fc.array(ref, { maxLength: 3 }),
    }),
    (h, a, ids) => {
      const changes = ({ color: _c, hidden: _h, ...fields }: FieldsWithImage) => fields;
      return h.apply(ops.importNotes, {
        plan: {
          updates: a.updates.map((u) => ({
            id: at(ids.notes, u.note),
            at: 2,
            changes: {
              ...changes(u.fields),
              ...(u.text === undefined ? {} : { text: u.text }),
              ...(u.stage === undefined ? {} : { stage: at(ids.stages, u.stage) }),
              ...(u.lane === undefined ? {} : { lane: at(ids.lanes, u.lane) }),
            },
          })),
          additions: a.additions.map((n) => ({ at: 3, note: { ...withImage(n.fields, ids), id: n.id, lane: at(ids.lanes, n.lane), stage: at(ids.stages, n.stage), text: n.text } })),
          deletions: [...new Set(a.deletions.map((r) => at(ids.notes, r)))],
        },
      });
    },
  ),
  setEmotion: spec(2, fc.tuple(refs, fc.option(fc.integer({ min: -3, max: 3 }), { nil: null })), (h, [rs, value], ids) =>
    h.apply(ops.setEmotion, { ids: rs.map((r) => at(ids.notes, r)), value: value as never }),
  ),
  // Dot voting: a dot on or off a note (clamped at 0 and 9,999), and a reset of some lanes or all.
  addVote: spec(2, fc.tuple(ref, fc.constantFrom(1, -1, 5000, -5000)), (h, [r, delta], ids) => h.apply(ops.addVote, { id: at(ids.notes, r), delta })),
  // Silent writing: every face-down note turned over at once.
  revealNotes: spec(1, fc.constant({}), (h) => h.apply(ops.revealNotes, {})),
  resetVotes: spec(1, fc.option(refs, { nil: null }), (h, rs, ids) => h.apply(ops.resetVotes, { lanes: rs === null ? null : rs.map((r) => at(ids.lanes, r)) })),
  setNoteImage: spec(2, fc.record({ note: ref, image: fc.oneof(ref, newId), asset: fc.option(asset, { nil: undefined }), clear: fc.boolean() }), (h, a, ids) => {
    const id = at(ids.notes, a.note);
    if (a.clear) return h.apply(ops.setNoteImage, { id, image: null });
    const image = typeof a.image === 'number' ? at(ids.assets, a.image) : a.image;
    return h.apply(ops.setNoteImage, { id, image, asset: a.asset });
  }),

  addPersona: spec(2, fc.record({ id: newId, name: name(100), fields: validPersonaFields }), (h, a) => h.apply(ops.addPersona, a)),
  updatePersona: spec(2, fc.tuple(ref, personaFields), (h, [r, fields], ids) => h.apply(ops.updatePersona, { id: at(ids.personas, r), fields })),
  deletePersona: spec(1, ref, (h, r, ids) => h.apply(ops.deletePersona, { id: at(ids.personas, r) })),
  setPersonaPhoto: spec(1, fc.record({ persona: ref, photo: fc.oneof(ref, newId), asset: fc.option(asset, { nil: undefined }), clear: fc.boolean() }), (h, a, ids) => {
    const id = at(ids.personas, a.persona);
    if (a.clear) return h.apply(ops.setPersonaPhoto, { id, photo: null });
    const photo = typeof a.photo === 'number' ? at(ids.assets, a.photo) : a.photo;
    return h.apply(ops.setPersonaPhoto, { id, photo, asset: a.asset });
  }),

  addStageWithNote: spec(1, fc.record({ stage: newId, note: newId, lane: ref, title: name(100) }), (h, a, ids) =>
    h.transaction('add stage with a note', (run) => {
      run(ops.addStage, { id: a.stage, title: a.title });
      run(ops.addNote, { id: a.note, lane: at(ids.lanes, a.lane), stage: a.stage, text: a.title });
    }),
  ),
  seal: spec(2, fc.constant(null), (h) => h.seal()),
  undo: spec(2, fc.constant(null), (h) => void h.undo()),
  redo: spec(1, fc.constant(null), (h) => void h.redo()),
};

export interface Command {
  op: string;
  args: unknown;
}

export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  ...Object.entries(SPECS).map(([op, s]) => ({ weight: s.weight, arbitrary: s.arb.map((args): Command => ({ op, args })) })),
);

/** Every operation the registry offers that some command exercises. */
export const COVERED_OPERATIONS = [
  ...Object.keys(SPECS).filter((k) => k in ops),
  'recolourNotes', 'setVotes', 'setTags', 'setEvidence', 'setOwner', 'setPriority', 'setDue', 'setMetric',
];

/** Runs one command against the map as it is now. */
export function runCommand(h: History, command: Command): Result {
  return SPECS[command.op]!.run(h, command.args as never, idsOf(h.current));
}
