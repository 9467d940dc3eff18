// The room's messages: what a participant's page sends to the room server and
// what the server sends back, as JSON text over the room's WebSocket. Each
// participant op names an operation of shared/ops; the server turns it into
// that operation on the facilitator's open map, so the same checks apply.
import type { Language } from '../i18n/languages';

// ---- from a participant ------------------------------------------------------

export interface JoinMessage {
  type: 'join';
  code: string;
  /** null: stay anonymous, where the facilitator allows it. */
  name: string | null;
  language: Language;
  /** Who this phone was before sleep or a lost network; the server checks the secret. */
  resume?: { participant: string; secret: string };
}

export interface NoteAddArgs {
  /** The new note's id, chosen by the phone so a resend names the same note. */
  id: string;
  stage: string;
  lane: string;
  text: string;
}

export interface OpArgs {
  'note.add': NoteAddArgs;
  'note.edit': { note: string; text: string };
  'note.withdraw': { note: string };
  'vote.add': { note: string };
  'vote.remove': { note: string };
}

export type ParticipantOpName = keyof OpArgs;

export const PARTICIPANT_OPS: readonly ParticipantOpName[] = ['note.add', 'note.edit', 'note.withdraw', 'vote.add', 'vote.remove'];

/** One operation; `id` is the phone's own message id, answered by an ack with the same id. */
export type OpMessage = { [Name in ParticipantOpName]: { type: 'op'; id: string; op: Name; args: OpArgs[Name] } }[ParticipantOpName];

export interface PingMessage {
  type: 'ping';
}

export type ParticipantMessage = JoinMessage | OpMessage | PingMessage;

// ---- from the room server ----------------------------------------------------

export interface WelcomeMessage {
  type: 'welcome';
  participant: string;
  secret: string;
  name: string | null;
}

export type RefusedReason = 'bad-code' | 'room-full' | 'joining-locked' | 'removed' | 'name-required' | 'bad-message' | 'too-fast';

export interface RefusedMessage {
  type: 'refused';
  reason: RefusedReason;
}

export type AckMessage = { type: 'ack'; id: string; ok: true } | { type: 'ack'; id: string; ok: false; reason: string };

/** A stage or lane as a phone lists it. */
export interface RoomPlace {
  id: string;
  title: string;
}

/** One of this participant's own notes (never another's, never a face-down one of anyone else). */
export interface OwnNote {
  id: string;
  stage: string;
  lane: string;
  text: string;
  /** Still face down on the board: it may be edited or taken back until the reveal. */
  faceDown: boolean;
}

export interface VotingCandidate {
  id: string;
  stage: string;
  text: string;
}

/** What this participant may see and do now; nothing more of the map reaches their phone. */
export interface ParticipantView {
  /** Open for writing: the stages and lanes the facilitator opened, and whether notes go face down. */
  writing: { stages: RoomPlace[]; lanes: RoomPlace[]; faceDown: boolean } | null;
  /** A voting round: the candidates in board order, the dots this participant has and where they put theirs. */
  voting: { candidates: VotingCandidate[]; dots: number; myVotes: string[] } | null;
  ownNotes: OwnNote[];
  /** The stage being presented, when the facilitator lets the room follow. */
  presented: { stage: RoomPlace } | null;
  /** The round's countdown as it stood when sent: the phone counts on by its own clock, which need not agree with the laptop's. */
  timer: { remainingMs: number; running: boolean } | null;
}

export interface StateMessage {
  type: 'state';
  view: ParticipantView;
}

export interface ClosedMessage {
  type: 'closed';
}

export type ServerMessage = WelcomeMessage | RefusedMessage | AckMessage | StateMessage | ClosedMessage;
