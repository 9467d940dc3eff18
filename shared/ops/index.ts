// Every operation on a map, in one registry: the board's menus, keyboard and
// inspector, the command line and imports all draw from this list.
import * as importOps from './importOps';
import * as laneOps from './laneOps';
import * as mapOps from './mapOps';
import * as noteOps from './noteOps';
import * as personaOps from './personaOps';
import * as stageOps from './stageOps';
import * as workshopOps from './workshopOps';
import * as voteOps from './voteOps';

export const ops = { ...mapOps, ...stageOps, ...laneOps, ...noteOps, ...personaOps, ...importOps, ...workshopOps, ...voteOps };

export type { Operation, MapDraft } from './operation';
export { OpRefusal, type Refusal } from './refusal';
export type { NoteFields } from './noteOps';
export type { PersonaFields } from './personaOps';
export type { ImportArgs } from './importOps';
