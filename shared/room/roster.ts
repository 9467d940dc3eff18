// Who is in the room, and who may join: the room code, the facilitator's
// choice of names (asked, optional, or anonymous notes), joining locked or
// not, at most ROOM_LIMITS.maxParticipants, and a removed participant kept
// out. A phone that slept rejoins as the same participant with its secret;
// an id alone, its own or another's, is only data (docs/architecture.md,
// "The room"). Pure: the room server gives it its randomness.
import { newSecret, type RandomBytes } from './codes';
import { ROOM_LIMITS } from './limits';
import type { JoinMessage, RefusedReason } from './messages';

/** Whether participants give a name: asked of everyone, left to each, or never kept (anonymous notes). */
export type NamePolicy = 'required' | 'optional' | 'anonymous';

export interface Participant {
  /** The room's name for them in messages and on their notes' ops. */
  id: string;
  /** Shown as "Participant 7" where they gave no name: numbered in the order they joined. */
  number: number;
  name: string | null;
}

export type JoinOutcome = { ok: true; participant: Participant; secret: string; resumed: boolean } | { ok: false; reason: RefusedReason };

interface Seat extends Participant {
  secret: string;
  removed: boolean;
}

export class Roster {
  private readonly seats = new Map<string, Seat>();
  private joined = 0;
  private locked = false;

  constructor(
    readonly code: string,
    private readonly names: NamePolicy,
    private readonly random: RandomBytes,
  ) {}

  /** Lets a phone in, as a new participant or as the one it was; or says why not. */
  join(message: JoinMessage): JoinOutcome {
    if (message.code !== this.code) return { ok: false, reason: 'bad-code' };
    const back = message.resume && this.seats.get(message.resume.participant);
    if (back && sameSecret(back.secret, message.resume!.secret)) {
      if (back.removed) return { ok: false, reason: 'removed' };
      return { ok: true, participant: publicPart(back), secret: back.secret, resumed: true };
    }
    if (this.locked) return { ok: false, reason: 'joining-locked' };
    if (this.present().length >= ROOM_LIMITS.maxParticipants) return { ok: false, reason: 'room-full' };
    if (this.names === 'required' && message.name === null) return { ok: false, reason: 'name-required' };
    const number = ++this.joined;
    const seat: Seat = { id: `pt-${number}`, number, name: this.names === 'anonymous' ? null : message.name, secret: newSecret(this.random), removed: false };
    this.seats.set(seat.id, seat);
    return { ok: true, participant: publicPart(seat), secret: seat.secret, resumed: false };
  }

  /** Takes someone out of the room for good: their secret no longer lets them back. */
  remove(id: string): boolean {
    const seat = this.seats.get(id);
    if (!seat || seat.removed) return false;
    seat.removed = true;
    return true;
  }

  /** New phones are turned away while joining is locked; those in the room can still rejoin. */
  lockJoining(locked: boolean): void {
    this.locked = locked;
  }

  get joiningLocked(): boolean {
    return this.locked;
  }

  /** Whether `id` is someone in the room now (not removed). */
  has(id: string): boolean {
    const seat = this.seats.get(id);
    return seat !== undefined && !seat.removed;
  }

  /** Everyone in the room, in the order they joined. */
  present(): Participant[] {
    return [...this.seats.values()].filter((seat) => !seat.removed).map(publicPart);
  }
}

function publicPart(seat: Seat): Participant {
  return { id: seat.id, number: seat.number, name: seat.name };
}

/** Compares two secrets without stopping at the first difference, so the time taken does not tell how much of a guess was right. */
function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
