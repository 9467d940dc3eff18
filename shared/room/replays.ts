// Answers to the last client message ids of each participant. A phone that
// lost the network resends what it sent; the server answers a known id with
// the ack it gave before, so the op is applied once. Bounded: at most `perParticipant`
// ids each, and a room holds at most ROOM_LIMITS.maxParticipants participants.
import { ROOM_LIMITS } from './limits';
import type { AckMessage } from './messages';

export class Replays {
  private readonly answers = new Map<string, Map<string, AckMessage>>();

  constructor(private readonly perParticipant: number = ROOM_LIMITS.rememberedIds) {
    if (!Number.isInteger(perParticipant) || perParticipant < 1) throw new Error(`replays need a whole number of ids to remember, not ${perParticipant}`);
  }

  /** The ack already given to this participant's message id, if it is still remembered. */
  answered(participant: string, id: string): AckMessage | undefined {
    return this.answers.get(participant)?.get(id);
  }

  /** Remembers an ack; the first answer to an id stands, and the oldest id is forgotten past the bound. */
  remember(participant: string, ack: AckMessage): void {
    let acks = this.answers.get(participant);
    if (!acks) this.answers.set(participant, (acks = new Map()));
    if (acks.has(ack.id)) return;
    acks.set(ack.id, ack);
    if (acks.size > this.perParticipant) acks.delete(acks.keys().next().value!);
  }

  /** A participant removed from the room: nothing of theirs is kept. */
  forget(participant: string): void {
    this.answers.delete(participant);
  }
}
