// The room: participants writing and voting from their own phones over the
// local network (docs/architecture.md, "The room"). The protocol lives here;
// the room server and the participant page build on it.
export * from './messages';
export { ROOM_LIMITS, ROOM_CODE_ALPHABET } from './limits';
export { readParticipantMessage, readParticipantBytes, type ReadResult } from './read';
export { isRoomCode, isSecret, newRoomCode, newSecret, type RandomBytes } from './codes';
export { RateLimit } from './rateLimit';
export { Replays } from './replays';
export { Roster, type JoinOutcome, type NamePolicy, type Participant } from './roster';
