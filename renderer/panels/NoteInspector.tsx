// The inspector for the selected notes: colour, emotion (as faces), votes,
// tags, evidence and its source, owner, priority, due date, metric, picture,
// and for an opportunity made from a voted note, that note and its votes then.
// A change applies to every selected note as one undo step. A field shows
// the value the notes share, or "mixed"; it is disabled, saying why, when
// review mode, a lock or a locked lane would refuse its change.
import { EVIDENCE_LEVELS, PRIORITIES, type Emotion, type Note } from '../../shared/format/types';
import { ops } from '../../shared/ops';
import { DateField } from './DateField';
import { CommitInput, Field, LockedReasons } from './fields';
import { Face } from './Face';
import type { Edit } from './edit';
import { MIXED, sharedValue, type Shared } from './sharedValue';
import { lockedProps, reasonsOf } from './lockedReasons';
import type { Refusals } from './useRefusals';
import { useWords } from '../words';

const EMOTIONS: Emotion[] = [-2, -1, 0, 1, 2];
/** The choice a list shows while the selected notes differ; never sent as a value. */
const MIXED_CHOICE = '\u0000mixed';

/** A field's text for a shared value: '' when there is none or the notes differ. */
const textOf = (value: Shared<string | undefined>): string => (value === MIXED || value === undefined ? '' : value);

export function NoteInspector({ notes, edit, refusals, onPickImage, onOpenImage, votesSecret = false, madeFromNote, onShowNote }: {
  notes: Note[];
  edit: Edit;
  refusals: Refusals;
  onPickImage(): void;
  onOpenImage(id: string): void;
  /** A secret dot-voting round is on over one of these notes: their counts are neither shown nor edited. */
  votesSecret?: boolean;
  /** The note the one selected note was made from (null: no longer on the map); undefined when it records none. */
  madeFromNote?: Note | null;
  onShowNote?(id: string): void;
}) {
  const w = useWords();
  const first = notes[0]!;
  const ids = notes.map((n) => n.id);
  const single = notes.length === 1;
  const shared = <K extends keyof Note>(key: K) => sharedValue(notes, key);
  const mixedHint = (value: Shared<unknown>, hint?: string) => (value === MIXED ? w.inspector.mixed : hint);
  const why = refusals.forNotes(ids);
  const locked = {
    color: why(ops.recolourNotes),
    emotion: why(ops.setEmotion),
    votes: why(ops.setVotes),
    tags: why(ops.setTags),
    evidence: why(ops.setEvidence),
    owner: why(ops.setOwner),
    priority: why(ops.setPriority),
    due: why(ops.setDue),
    metric: why(ops.setMetric),
    image: why(ops.setNoteImage),
  };
  const color = shared('color');
  const emotion = shared('emotion');
  const votes = shared('votes');
  const tags = shared('tags');
  const evidence = shared('evidence');
  const source = shared('source');
  const owner = shared('owner');
  const priority = shared('priority');
  const due = shared('due');

  return (
    <section className="inspector-section" data-testid="note-inspector">
      <h3>{single ? w.inspector.note : w.inspector.notes({ count: notes.length })}</h3>
      {/* Read-only: who wrote a note is set once, from their phone. Not while face down, as the board says nothing of such a note. */}
      {single && first.author !== undefined && !first.hidden && (
        <p className="muted note-author" data-testid="note-author">
          {w.inspector.writtenBy({ name: first.author })}
        </p>
      )}
      <LockedReasons reasons={reasonsOf(Object.values(locked))} />
      <Field label={w.inspector.color}>
        <span className="row">
          <input type="color" data-testid="note-color" {...lockedProps(locked.color)} value={color === MIXED || color === undefined ? '#ffffff' : color} onChange={(e) => edit.notes('recolourNotes', ids, e.target.value.toUpperCase())} />
          {color === MIXED && <small className="muted">{w.inspector.mixed}</small>}
          <button data-testid="note-lane-color" {...lockedProps(locked.color)} onClick={() => edit.notes('recolourNotes', ids, null)}>{w.inspector.laneColor}</button>
        </span>
      </Field>
      <Field label={w.inspector.emotion}>
        <span className="faces" role="radiogroup">
          {EMOTIONS.map((e) => (
            <button
              key={e}
              role="radio"
              aria-checked={emotion === e}
              className={emotion === e ? 'face on' : 'face'}
              {...lockedProps(locked.emotion)}
              title={locked.emotion ?? w.inspector.emotions[e]}
              aria-label={w.inspector.emotions[e]}
              data-testid={`emotion-${e}`}
              onClick={() => edit.notes('setEmotion', ids, emotion === e ? null : e)}
            >
              <Face value={e} />
              <small>{e > 0 ? `+${e}` : e}</small>
            </button>
          ))}
          {emotion === MIXED && <small className="muted">{w.inspector.mixed}</small>}
        </span>
      </Field>
      <Field label={w.inspector.votes}>
        {votesSecret ? (
          <span className="muted" data-testid="votes-secret">{w.voting.votesSecret}</span>
        ) : (
          <CommitInput
            type="number"
            testId="votes"
            locked={locked.votes}
            placeholder={mixedHint(votes)}
            value={votes === MIXED ? '' : String(votes ?? 0)}
            onCommit={(v) => edit.notes('setVotes', ids, v === '' ? null : Number(v))}
          />
        )}
      </Field>
      {single && first.madeFrom && madeFromNote !== undefined && (
        // Not a <label>: it holds a button, not an input.
        <div className="field made-from" data-testid="made-from">
          <span>{w.inspector.madeFrom}</span>
          {madeFromNote ? (
            <button className="made-from-note" data-testid="made-from-show" title={w.inspector.madeFromShow} onClick={() => onShowNote?.(madeFromNote.id)}>
              {madeFromNote.hidden ? w.voting.faceDownText : madeFromNote.text.trim() || w.voting.emptyText}
            </button>
          ) : (
            <em>{w.inspector.madeFromGone}</em>
          )}
          <span data-testid="made-from-votes">{w.inspector.madeFromVotes({ count: first.madeFrom.votes })}</span>
        </div>
      )}
      <Field label={w.inspector.tags}>
        <CommitInput
          testId="tags"
          locked={locked.tags}
          placeholder={mixedHint(tags, w.inspector.tagsHint)}
          value={tags === MIXED ? '' : (tags ?? []).join(', ')}
          onCommit={(v) => edit.notes('setTags', ids, [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])}
        />
      </Field>
      <Field label={w.inspector.evidence}>
        <select data-testid="evidence" {...lockedProps(locked.evidence)} value={evidence === MIXED ? MIXED_CHOICE : (evidence ?? '')} onChange={(e) => edit.evidence(ids, e.target.value === '' ? null : (e.target.value as Note['evidence'] & string))}>
          {evidence === MIXED && <option value={MIXED_CHOICE} disabled>{w.inspector.mixed}</option>}
          <option value="">{w.inspector.none}</option>
          {EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {w.inspector.evidenceLevels[level]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={w.inspector.source}>
        <CommitInput testId="source" locked={locked.evidence} placeholder={mixedHint(source)} value={textOf(source)} onCommit={(v) => edit.source(ids, v)} />
      </Field>
      <Field label={w.inspector.owner}>
        <CommitInput testId="owner" locked={locked.owner} placeholder={mixedHint(owner)} value={textOf(owner)} onCommit={(v) => edit.notes('setOwner', ids, v)} />
      </Field>
      <Field label={w.inspector.priority}>
        <select data-testid="priority" {...lockedProps(locked.priority)} value={priority === MIXED ? MIXED_CHOICE : (priority ?? '')} onChange={(e) => edit.notes('setPriority', ids, e.target.value === '' ? null : (e.target.value as Note['priority'] & string))}>
          {priority === MIXED && <option value={MIXED_CHOICE} disabled>{w.inspector.mixed}</option>}
          <option value="">{w.inspector.none}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {w.inspector.priorities[p]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={w.inspector.due}>
        <DateField
          testId="due"
          disabled={locked.due !== null}
          reason={locked.due ?? undefined}
          placeholder={mixedHint(due)}
          value={textOf(due)}
          onCommit={(iso) => edit.notes('setDue', ids, iso)}
        />
      </Field>
      {single && (
        <fieldset className="metric">
          <legend>{w.inspector.metric}</legend>
          <Field label={w.inspector.metricName}>
            <CommitInput testId="metric-name" locked={locked.metric} value={first.metric?.name ?? ''} onCommit={(name) => edit.metric(first, { name })} />
          </Field>
          <Field label={w.inspector.metricValue}>
            <CommitInput type="number" testId="metric-value" locked={locked.metric} value={first.metric ? String(first.metric.value) : ''} onCommit={(v) => edit.metric(first, { value: v === '' ? undefined : Number(v) })} />
          </Field>
          <Field label={w.inspector.metricUnit}>
            <CommitInput testId="metric-unit" locked={locked.metric} value={first.metric?.unit ?? ''} onCommit={(unit) => edit.metric(first, { unit })} />
          </Field>
        </fieldset>
      )}
      {single && (
        <Field label={w.inspector.image}>
          <span className="row">
            <button onClick={onPickImage} data-testid="choose-picture" {...lockedProps(locked.image)}>{w.inspector.chooseImage}</button>
            {/* Looking at the picture changes nothing: it stays open in review mode and under a lock. */}
            {first.image && <button onClick={() => onOpenImage(first.id)} data-testid="open-picture">{w.photos.open}</button>}
            {first.image && <button onClick={() => edit.image(first.id, null)} data-testid="remove-picture" {...lockedProps(locked.image)}>{w.inspector.removeImage}</button>}
          </span>
        </Field>
      )}
    </section>
  );
}
