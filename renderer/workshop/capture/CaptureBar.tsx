// Quick capture: a bar at the foot of the board for the facilitator typing
// what the room says. The note field takes a line, Enter adds it and keeps
// the bar open for the next; pasting several lines adds one note per line.
// The "where" field takes the first letters of a stage and a lane ("aw pa"),
// shown as chips while typing; left empty it means the selected cell, else
// the cell last captured into, else the cell in the middle of the view.
// Every add is one undo step (a pasted batch too), through the history.
// While review mode refuses adding notes, both fields are disabled and the
// bar says why.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lane, Stage } from '../../../shared/format/types';
import { refusalMessage } from '../../../shared/i18n/refusals';
import { textColorOn } from '../../../shared/layout/theme';
import type { Session } from '../../app/session';
import type { BoardModel } from '../../board/boardModel';
import { selectionCell } from '../../board/navigation';
import type { Selection } from '../../board/selection';
import { currentLanguage, useWords } from '../../words';
import { captureLines, captureNotes } from './captureNotes';
import { matchWhere, type PartMatch, type WhereMatch } from './matchWhere';
import { useBarKeys } from '../../keyboard/useBarKeys';
import './capture.css';
import { noteFill } from '../../../shared/layout/noteItem';
import { ops } from '../../../shared/ops';
import { lockedProps } from '../../panels/lockedReasons';
import { useRefusals } from '../../panels/useRefusals';

export interface Cell {
  lane: string;
  stage: string;
}

/** The cell each open map last captured into, for the next time the bar opens. */
const lastUsed = new WeakMap<Session, Cell>();

export interface CaptureBarProps {
  session: Session;
  model: BoardModel;
  selection: Selection;
  /** Where notes go when nothing is selected or typed and nothing was captured yet (the middle of the view). */
  fallbackCell: Cell | null;
  /** The notes just added, to select and bring into view. */
  onAdded(ids: string[]): void;
  onClose(): void;
}

type Place = { ok: true; stage: Stage; lane: Lane } | { ok: false; message: string };

/** A few titles for a message, the rest counted. */
function listTitles(items: readonly { title: string }[]): string {
  const shown = items.slice(0, 6).map((i) => i.title);
  return items.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}

export function CaptureBar({ session, model, selection, fallbackCell, onAdded, onClose }: CaptureBarProps) {
  const w = useWords();
  const map = session.map;
  const [text, setText] = useState('');
  const [where, setWhere] = useState('');
  const [status, setStatus] = useState<{ error: boolean; message: string } | null>(null);
  const noteField = useRef<HTMLInputElement>(null);
  const whereField = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const [opening] = useState(() => lastUsed.get(session) ?? fallbackCell);
  const closed = useRefusals(session.history, map).of(ops.addNote);

  useEffect(() => noteField.current?.focus(), []);
  // Escape closes the bar, from its fields or from the board.
  useBarKeys(bar, onClose);

  const lanes = useMemo(() => map.lanes.filter((l) => !l.hidden), [map.lanes]);
  const exists = (cell: Cell | null | undefined): Cell | null =>
    cell && map.stages.some((s) => s.id === cell.stage) && lanes.some((l) => l.id === cell.lane) ? cell : null;
  const fallback = exists(selectionCell(model.layout, selection)) ?? exists(lastUsed.get(session)) ?? exists(opening);

  const match: WhereMatch = useMemo(() => matchWhere(where, map.stages, lanes), [where, map.stages, lanes]);
  const place = ((): Place => {
    const partMessage = (part: 'stage' | 'lane', typed: string, found: Exclude<PartMatch, { kind: 'one' }>) => {
      if (found.kind === 'none') return part === 'stage' ? w.capture.noStage({ typed, options: listTitles(map.stages) }) : w.capture.noLane({ typed, options: listTitles(lanes) });
      const many = { typed, count: found.items.length, options: listTitles(found.items) };
      return part === 'stage' ? w.capture.manyStages(many) : w.capture.manyLanes(many);
    };
    if (match.kind === 'problem') return { ok: false, message: partMessage(match.part, match.typed, match.match) };
    if (match.kind === 'ambiguous') {
      const options = match.cells.slice(0, 4).map((c) => `${c.stage.title} · ${c.lane.title}`).join('; ');
      return { ok: false, message: w.capture.manyCells({ typed: match.typed, options }) };
    }
    const stageId = (match.kind === 'cell' ? match.stage?.id : undefined) ?? fallback?.stage;
    const laneId = (match.kind === 'cell' ? match.lane?.id : undefined) ?? fallback?.lane;
    const stage = map.stages.find((s) => s.id === stageId);
    const lane = lanes.find((l) => l.id === laneId);
    return stage && lane ? { ok: true, stage, lane } : { ok: false, message: w.capture.noPlace };
  })();

  /** Adds the notes; false (and says why) when they could not be added, so what was typed stays. */
  const add = (texts: string[]): boolean => {
    if (!place.ok) {
      setStatus({ error: true, message: place.message });
      whereField.current?.focus();
      return false;
    }
    const cell = { stage: place.stage.id, lane: place.lane.id };
    const result = captureNotes(session.history, cell, texts);
    if (!result.ok) {
      setStatus({ error: true, message: refusalMessage(result.refusal, currentLanguage()) });
      return false;
    }
    lastUsed.set(session, cell);
    onAdded(result.ids);
    setStatus({ error: false, message: w.capture.added({ count: texts.length, stage: place.stage.title, lane: place.lane.title }) });
    return true;
  };

  const submit = () => {
    const line = text.trim();
    if (line === '') {
      setStatus({ error: true, message: w.capture.emptyNote });
      noteField.current?.focus();
      return;
    }
    if (add([line])) {
      setText('');
      noteField.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab') {
      // Two fields: Tab and Shift+Tab go from one to the other.
      event.preventDefault();
      (event.currentTarget === noteField.current ? whereField : noteField).current?.focus();
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (event.currentTarget === whereField.current && text.trim() === '') noteField.current?.focus();
      else submit();
    }
  };

  const laneFill = place.ok ? noteFill({}, place.lane, model.theme) : null;

  return (
    <div ref={bar} className="capture-bar" data-testid="capture-bar" role="region" aria-label={w.capture.title}>
      <div className="capture-fields">
        <strong className="capture-title">{w.capture.title}</strong>
        <label className="capture-note">
          <span className="capture-hidden-label">{w.capture.note}</span>
          <input
            ref={noteField}
            data-testid="capture-note"
            {...lockedProps(closed)}
            value={text}
            placeholder={w.capture.notePlaceholder}
            maxLength={10_000}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            onPaste={(event) => {
              const lines = captureLines(event.clipboardData.getData('text/plain'));
              // One line pastes into the field as usual; several become notes at once.
              if (lines.length < 2) return;
              event.preventDefault();
              add(lines);
            }}
          />
        </label>
        <label className="capture-where">
          <span>{w.capture.where}</span>
          <input
            ref={whereField}
            data-testid="capture-where"
            {...lockedProps(closed)}
            value={where}
            placeholder={w.capture.wherePlaceholder}
            aria-invalid={!place.ok}
            aria-describedby="capture-place"
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => {
              setWhere(event.target.value);
              setStatus(null);
            }}
            onKeyDown={onKeyDown}
          />
        </label>
        <div className="capture-place" id="capture-place" data-testid="capture-place">
          {place.ok ? (
            <>
              <span className="capture-chip" data-testid="capture-stage" title={w.capture.stage}>
                <small>{w.capture.stage}</small>
                {place.stage.title}
              </span>
              <span className="capture-chip" data-testid="capture-lane" title={w.capture.lane} style={laneFill ? { background: laneFill, color: textColorOn(laneFill, model.theme) } : undefined}>
                <small>{w.capture.lane}</small>
                {place.lane.title}
              </span>
            </>
          ) : (
            <span className="capture-problem" data-testid="capture-problem">{place.message}</span>
          )}
        </div>
        <button className="capture-close" aria-label={w.capture.close} title={w.capture.close} tabIndex={-1} onClick={onClose}>×</button>
      </div>
      <div className="capture-status" role="status" data-testid="capture-status">
        {closed !== null ? (
          <span className="capture-error" data-testid="capture-locked">{closed}</span>
        ) : status ? (
          <span className={status.error ? 'capture-error' : 'capture-done'}>{status.message}</span>
        ) : (
          <span className="muted">{w.capture.hint}</span>
        )}
      </div>
    </div>
  );
}
