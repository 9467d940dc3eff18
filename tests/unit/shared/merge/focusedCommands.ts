// Commands for the merge properties that make two sides collide: the same
// shapes as tests/unit/shared/property/commands.ts (run by its runCommand),
// but aimed at the first few notes, lanes, stages and personas, with new
// ids from a small shared set, so that both sides edit, move and delete the
// same things and add things under the same id.
import fc from 'fast-check';
import { assetArb, colorArb, textArb, titleArb } from '../../../support/arbitraries';
import { commandArb, type Command } from '../property/commands';

const near = fc.nat(3);
const sharedId = fc.constantFrom('nt-a', 'nt-b', 'st-a', 'ln-a', 'ps-a', 'as-a');
const words = textArb(30);
const command = <T>(op: string, args: fc.Arbitrary<T>) => args.map((a): Command => ({ op, args: a }));

const focused: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: command('setNoteText', fc.tuple(near, words)) },
  { weight: 3, arbitrary: command('typeIntoNote', fc.tuple(near, textArb(6))) },
  { weight: 3, arbitrary: command('moveNotes', fc.record({ notes: fc.array(near, { minLength: 1, maxLength: 2 }), lane: near, stage: near, position: fc.option(fc.nat(3), { nil: undefined }) })) },
  { weight: 2, arbitrary: command('deleteNotes', fc.array(near, { minLength: 1, maxLength: 2 })) },
  { weight: 2, arbitrary: command('addNote', fc.record({ id: sharedId, lane: near, stage: near, text: words, position: fc.option(fc.nat(3), { nil: undefined }), fields: fc.constant({}) })) },
  { weight: 2, arbitrary: command('setEmotion', fc.tuple(fc.array(near, { minLength: 1, maxLength: 2 }), fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }))) },
  { weight: 1, arbitrary: command('setNoteImage', fc.record({ note: near, image: fc.oneof(near, sharedId), asset: fc.option(assetArb, { nil: undefined }), clear: fc.boolean() })) },
  { weight: 1, arbitrary: command('deleteLane', near) },
  { weight: 1, arbitrary: command('deleteStage', near) },
  { weight: 1, arbitrary: command('renameStage', fc.tuple(near, textArb(20, 1))) },
  { weight: 1, arbitrary: command('renameLane', fc.tuple(near, textArb(20, 1))) },
  { weight: 1, arbitrary: command('recolourStage', fc.tuple(near, fc.option(colorArb, { nil: null }))) },
  { weight: 1, arbitrary: command('moveStage', fc.tuple(near, fc.nat(5))) },
  { weight: 1, arbitrary: command('moveLane', fc.tuple(near, fc.nat(5))) },
  { weight: 1, arbitrary: command('addStage', fc.record({ id: sharedId, title: textArb(20, 1), index: fc.nat(5), color: fc.constant(undefined) })) },
  { weight: 1, arbitrary: command('addLane', fc.record({ id: sharedId, kind: fc.constant('text'), title: textArb(20, 1), index: fc.nat(5), persona: fc.constant(undefined) })) },
  { weight: 1, arbitrary: command('addPersona', fc.record({ id: sharedId, name: textArb(20, 1), fields: fc.record({ bio: words, quote: words }, { requiredKeys: [] }) })) },
  { weight: 2, arbitrary: command('updatePersona', fc.tuple(fc.nat(1), fc.record({ name: textArb(20, 1), bio: words, quote: words }, { requiredKeys: [] }))) },
  { weight: 1, arbitrary: command('deletePersona', fc.nat(1)) },
  { weight: 1, arbitrary: command('setLanePersona', fc.tuple(near, fc.option(fc.nat(1), { nil: null }))) },
  { weight: 1, arbitrary: command('primaryPersonaInFile', fc.option(fc.nat(1), { nil: null })) },
  { weight: 1, arbitrary: command('setPersonaPhoto', fc.record({ persona: fc.nat(1), photo: fc.oneof(near, sharedId), asset: fc.option(assetArb, { nil: undefined }), clear: fc.boolean() })) },
  { weight: 1, arbitrary: command('setTitle', titleArb) },
  { weight: 1, arbitrary: command('setGoal', words) },
  { weight: 1, arbitrary: command('setLocale', fc.constantFrom('en', 'id')) },
  { weight: 1, arbitrary: command('seal', fc.constant(null)) },
  { weight: 1, arbitrary: command('undo', fc.constant(null)) },
);

/** Mostly focused commands, with the whole registry's commands among them. */
export const collidingCommandArb: fc.Arbitrary<Command> = fc.oneof({ weight: 3, arbitrary: focused }, { weight: 1, arbitrary: commandArb });
