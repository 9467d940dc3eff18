// The inspector for the selected notes: colour, emotion (as faces), votes,
// tags, evidence and its source, owner, priority, due date, metric, picture.
// A change applies to every selected note as one undo step.
import { EVIDENCE_LEVELS, PRIORITIES, type Emotion, type Note } from '../../shared/format/types';
import { DateField } from './DateField';
import { CommitInput, Field } from './fields';
import { Face } from './Face';
import type { Edit } from './edit';
import { useWords } from '../words';

const EMOTIONS: Emotion[] = [-2, -1, 0, 1, 2];

export function NoteInspector({ notes, edit, onPickImage, onOpenImage, votesSecret = false }: {
  notes: Note[];
  edit: Edit;
  onPickImage(): void;
  onOpenImage(id: string): void;
  /** A secret dot-voting round is on over one of these notes: their counts are neither shown nor edited. */
  votesSecret?: boolean;
}) {
  const w = useWords();
  const first = notes[0]!;
  const ids = notes.map((n) => n.id);
  const same = <K extends keyof Note>(key: K): Note[K] | undefined => (notes.every((n) => n[key] === first[key]) ? first[key] : undefined);
  const single = notes.length === 1;

  return (
    <section className="inspector-section" data-testid="note-inspector">
      <h3>{single ? w.inspector.note : w.inspector.notes({ count: notes.length })}</h3>
      <Field label={w.inspector.color}>
        <span className="row">
          <input type="color" value={same('color') ?? '#ffffff'} onChange={(e) => edit.notes('recolourNotes', ids, e.target.value.toUpperCase())} />
          <button onClick={() => edit.notes('recolourNotes', ids, null)}>{w.inspector.laneColor}</button>
        </span>
      </Field>
      <Field label={w.inspector.emotion}>
        <span className="faces" role="radiogroup">
          {EMOTIONS.map((e) => (
            <button
              key={e}
              role="radio"
              aria-checked={same('emotion') === e}
              className={same('emotion') === e ? 'face on' : 'face'}
              title={w.inspector.emotions[e]}
              aria-label={w.inspector.emotions[e]}
              data-testid={`emotion-${e}`}
              onClick={() => edit.notes('setEmotion', ids, same('emotion') === e ? null : e)}
            >
              <Face value={e} />
              <small>{e > 0 ? `+${e}` : e}</small>
            </button>
          ))}
        </span>
      </Field>
      <Field label={w.inspector.votes}>
        {votesSecret ? (
          <span className="muted" data-testid="votes-secret">{w.voting.votesSecret}</span>
        ) : (
          <CommitInput type="number" testId="votes" value={String(same('votes') ?? 0)} onCommit={(v) => edit.notes('setVotes', ids, v === '' ? null : Number(v))} />
        )}
      </Field>
      <Field label={w.inspector.tags}>
        <CommitInput
          testId="tags"
          placeholder={w.inspector.tagsHint}
          value={(same('tags') ?? []).join(', ')}
          onCommit={(v) => edit.notes('setTags', ids, [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])}
        />
      </Field>
      <Field label={w.inspector.evidence}>
        <select value={same('evidence') ?? ''} onChange={(e) => edit.evidence(ids, e.target.value === '' ? null : (e.target.value as Note['evidence'] & string))}>
          <option value="">{w.inspector.none}</option>
          {EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {w.inspector.evidenceLevels[level]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={w.inspector.source}>
        <CommitInput value={same('source') ?? ''} onCommit={(v) => edit.source(ids, v)} />
      </Field>
      <Field label={w.inspector.owner}>
        <CommitInput testId="owner" value={same('owner') ?? ''} onCommit={(v) => edit.notes('setOwner', ids, v)} />
      </Field>
      <Field label={w.inspector.priority}>
        <select value={same('priority') ?? ''} onChange={(e) => edit.notes('setPriority', ids, e.target.value === '' ? null : (e.target.value as Note['priority'] & string))}>
          <option value="">{w.inspector.none}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {w.inspector.priorities[p]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={w.inspector.due}>
        <DateField testId="note-due" value={same('due') ?? ''} onCommit={(iso) => edit.notes('setDue', ids, iso)} />
      </Field>
      {single && (
        <fieldset className="metric">
          <legend>{w.inspector.metric}</legend>
          <Field label={w.inspector.metricName}>
            <CommitInput value={first.metric?.name ?? ''} onCommit={(name) => edit.metric(first, { name })} />
          </Field>
          <Field label={w.inspector.metricValue}>
            <CommitInput type="number" value={first.metric ? String(first.metric.value) : ''} onCommit={(v) => edit.metric(first, { value: v === '' ? undefined : Number(v) })} />
          </Field>
          <Field label={w.inspector.metricUnit}>
            <CommitInput value={first.metric?.unit ?? ''} onCommit={(unit) => edit.metric(first, { unit })} />
          </Field>
        </fieldset>
      )}
      {single && (
        <Field label={w.inspector.image}>
          <span className="row">
            <button onClick={onPickImage} data-testid="choose-picture">{w.inspector.chooseImage}</button>
            {first.image && <button onClick={() => onOpenImage(first.id)} data-testid="open-picture">{w.photos.open}</button>}
            {first.image && <button onClick={() => edit.image(first.id, null)}>{w.inspector.removeImage}</button>}
          </span>
        </Field>
      )}
    </section>
  );
}
