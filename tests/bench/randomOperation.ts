// Random edits a workshop makes, for the bench: mostly typing, moving and
// scoring notes, some adds and deletes, an occasional stage or lane change.
import type { ApplyResult, History } from '../../shared/history/history';
import { ops } from '../../shared/ops';

type Command = (history: History) => ApplyResult<unknown>;

export function randomOperation(random: () => number, n: number): Command {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  return (history) => {
    const map = history.current;
    const note = pick(map.notes);
    const lane = pick(map.lanes);
    const stage = pick(map.stages);
    history.seal();
    if (roll < 0.35) return history.apply(ops.setNoteText, { id: note.id, text: `${note.text} ${n}` });
    if (roll < 0.5) return history.apply(ops.moveNotes, { ids: [note.id], lane: lane.id, stage: stage.id, position: 0 });
    if (roll < 0.6) return history.apply(ops.setVotes, { ids: [note.id], value: Math.floor(random() * 10) });
    if (roll < 0.7) return history.apply(ops.addNote, { id: `bench-${n}`, lane: lane.id, stage: stage.id, text: `new note ${n}` });
    if (roll < 0.78) return history.apply(ops.deleteNotes, { ids: [note.id] });
    if (roll < 0.86) return history.apply(ops.setEvidence, { ids: [note.id], evidence: 'observed', source: `interview ${n}` });
    if (roll < 0.92) return history.apply(ops.recolourNotes, { ids: [note.id], value: '#FFD966' });
    if (roll < 0.96) return history.apply(ops.renameStage, { id: stage.id, title: `Stage ${n}` });
    return history.apply(ops.moveLane, { id: lane.id, index: Math.floor(random() * map.lanes.length) });
  };
}
