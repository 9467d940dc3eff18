// One cell of the Compare view: "+ added" in green, "− removed" in red,
// "~ changed" in amber with the text before → after and what else changed,
// then how many notes stayed the same. Focusable, and read out in one line.
import type { CellComparison, ChangedField, MapComparison, NoteChange } from '../../shared/analysis/compareMaps';
import type { Note } from '../../shared/format/types';
import type { Words } from '../../shared/i18n/words';
import { useWords } from '../words';

const LONGEST = 160;
/** A cell lists this many notes at most: two unrelated maps of thousands of notes must still open. */
const LISTED = 40;

/** A note's words, shortened; a face-down note's stay hidden here too (the compare view may be on the wall). */
function shortText(note: Note, w: Words): string {
  if (note.hidden) return w.versions.compare.faceDown;
  const flat = note.text.replace(/\s+/g, ' ').trim();
  if (flat === '') return w.versions.compare.empty;
  return flat.length > LONGEST ? `${flat.slice(0, LONGEST - 1)}…` : flat;
}

/** A note's field as the inspector names its values. */
function fieldValue(note: Note, field: Exclude<ChangedField, 'text' | 'place'>, w: Words): string {
  const empty = w.versions.compare.empty;
  switch (field) {
    case 'emotion':
      return note.emotion === undefined ? empty : `${note.emotion > 0 ? '+' : ''}${note.emotion} ${w.inspector.emotions[note.emotion]}`;
    case 'votes':
      return String(note.votes ?? 0);
    case 'tags':
      return note.tags && note.tags.length > 0 ? note.tags.join(', ') : empty;
    case 'evidence':
      return note.evidence ? w.inspector.evidenceLevels[note.evidence] : empty;
    case 'priority':
      return note.priority ? w.inspector.priorities[note.priority] : empty;
    case 'metric':
      return note.metric ? `${note.metric.name} ${note.metric.value}${note.metric.unit ?? ''}` : empty;
    case 'hidden':
      return note.hidden ? w.versions.compare.yes : w.versions.compare.no;
    case 'image':
      return note.image ? '🖼' : empty;
    default:
      return note[field] ?? empty;
  }
}

function placeName(comparison: MapComparison, at: { row: number; column: number }): string {
  const column = comparison.columns[at.column]!;
  const row = comparison.rows[at.row]!;
  return `${(column.after ?? column.before)!.title} · ${(row.after ?? row.before)!.title}`;
}

function Change({ change, comparison }: { change: NoteChange; comparison: MapComparison }) {
  const w = useWords();
  const others = change.fields.filter((f): f is Exclude<ChangedField, 'text' | 'place'> => f !== 'text' && f !== 'place');
  return (
    <li className="compare-changed" data-testid="compare-changed-note">
      <span className="compare-mark" aria-hidden="true">~</span>
      {change.fields.includes('text') ? (
        <span>
          <del>{shortText(change.before, w)}</del> → <ins>{shortText(change.after, w)}</ins>
        </span>
      ) : (
        <span>{shortText(change.after, w)}</span>
      )}
      {(others.length > 0 || change.from) && (
        <small className="compare-fields">
          {others.map((field) => (
            <span key={field}>
              {w.versions.compare.fields[field]}: {fieldValue(change.before, field, w)} → {fieldValue(change.after, field, w)}
            </span>
          ))}
          {change.from && <span>{w.versions.compare.movedFrom({ place: placeName(comparison, change.from) })}</span>}
        </small>
      )}
    </li>
  );
}

/** "2 added, 1 changed", or "no change": what a screen reader says for the cell. */
function cellSummary(cell: CellComparison, w: Words): string {
  const parts = [
    cell.added.length > 0 ? w.versions.compare.added({ count: cell.added.length }) : null,
    cell.removed.length > 0 ? w.versions.compare.removed({ count: cell.removed.length }) : null,
    cell.changed.length > 0 ? w.versions.compare.changed({ count: cell.changed.length }) : null,
    cell.unchanged > 0 ? w.versions.compare.unchanged({ count: cell.unchanged }) : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(', ') : w.versions.compare.noChange;
}

export function CompareCell({ cell, comparison }: { cell: CellComparison; comparison: MapComparison }) {
  const w = useWords();
  const differing = cell.added.length + cell.removed.length + cell.changed.length;
  const differs = differing > 0;
  // Listed in this order, up to LISTED in all.
  const added = cell.added.slice(0, LISTED);
  const removed = cell.removed.slice(0, LISTED - added.length);
  const changed = cell.changed.slice(0, LISTED - added.length - removed.length);
  const column = comparison.columns[cell.column]!;
  const row = comparison.rows[cell.row]!;
  return (
    <td
      className={differs ? 'compare-cell differs' : 'compare-cell'}
      tabIndex={0}
      data-testid="compare-cell"
      data-row={cell.row}
      data-column={cell.column}
      aria-label={w.versions.compare.cell({ stage: (column.after ?? column.before)!.title, lane: (row.after ?? row.before)!.title, summary: cellSummary(cell, w) })}
    >
      {differs && (
        <ul>
          {added.map((note) => (
            <li key={`a-${note.id}`} className="compare-added" data-testid="compare-added-note">
              <span className="compare-mark" aria-hidden="true">+</span>
              <span>{shortText(note, w)}</span>
            </li>
          ))}
          {removed.map((note) => (
            <li key={`r-${note.id}`} className="compare-removed" data-testid="compare-removed-note">
              <span className="compare-mark" aria-hidden="true">−</span>
              <span>{shortText(note, w)}</span>
            </li>
          ))}
          {changed.map((change) => (
            <Change key={`c-${change.after.id}`} change={change} comparison={comparison} />
          ))}
          {differing > LISTED && <li className="compare-more">{w.versions.compare.more({ count: differing - LISTED })}</li>}
        </ul>
      )}
      {cell.unchanged > 0 && <small className="muted compare-same">{w.versions.compare.unchanged({ count: cell.unchanged })}</small>}
    </td>
  );
}
