// The inspector's changes, each an operation on the history; a refusal
// comes back as a message for the person, in their language.
import type { Asset, EvidenceLevel, JourneyMap, Metric, Note } from '../../shared/format/types';
import type { History } from '../../shared/history/history';
import { refusalMessage } from '../../shared/i18n/refusals';
import { ops, type Operation } from '../../shared/ops';
import { currentLanguage } from '../words';

type NoteFieldOp = 'recolourNotes' | 'setEmotion' | 'setVotes' | 'setTags' | 'setOwner' | 'setPriority' | 'setDue';

export interface Edit {
  apply<A, R>(op: Operation<A, R>, args: A): boolean;
  notes(op: NoteFieldOp, ids: string[], value: unknown): void;
  evidence(ids: string[], evidence: EvidenceLevel | null): void;
  source(ids: string[], source: string): void;
  metric(note: Note, change: Partial<Metric>): void;
  image(id: string, assetId: string | null, asset?: Asset): void;
  map<K extends 'title' | 'goal' | 'scenario' | 'type' | 'locale' | 'reviewBy'>(key: K, value: JourneyMap[K]): void;
}

export function makeEdit(history: History, report: (message: string) => void): Edit {
  const apply = <A, R>(op: Operation<A, R>, args: A): boolean => {
    const result = history.apply(op, args);
    if (!result.ok) report(refusalMessage(result.refusal, currentLanguage()));
    history.seal();
    return result.ok;
  };
  return {
    apply,
    notes: (op, ids, value) => apply(ops[op] as Operation<{ ids: string[]; value: unknown }, unknown>, { ids, value }),
    evidence: (ids, evidence) => apply(ops.setEvidence, { ids, evidence }),
    source: (ids, source) => {
      for (const id of ids) {
        const note = history.current.notes.find((n) => n.id === id);
        if (note) apply(ops.setEvidence, { ids: [id], evidence: note.evidence ?? null, source });
      }
    },
    metric: (note, change) => {
      const next = { ...note.metric, ...change };
      const empty = !next.name && next.value === undefined && !next.unit;
      apply(ops.setMetric, { ids: [note.id], value: empty ? null : (next as Metric) });
    },
    image: (id, image, asset) => apply(ops.setNoteImage, { id, image, asset }),
    map: (key, value) => {
      const setters = {
        title: () => apply(ops.setTitle, { title: value as string }),
        goal: () => apply(ops.setGoal, { goal: value as string }),
        scenario: () => apply(ops.setScenario, { scenario: value as string }),
        type: () => apply(ops.setType, { type: value as JourneyMap['type'] }),
        locale: () => apply(ops.setLocale, { locale: value as string }),
        reviewBy: () => apply(ops.setReviewBy, { reviewBy: (value as string | null) || null }),
      };
      setters[key]();
    },
  };
}
