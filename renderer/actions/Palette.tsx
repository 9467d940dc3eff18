// The command palette (⌘/Ctrl+K): every action of the registry, named in the
// interface language with its shortcut, found by its name or its search
// words in either language; what cannot run now is greyed with the reason.
import { useState } from 'react';
import type { ActionState } from '../../shared/actions/action';
import { availability } from '../../shared/actions/availability';
import type { ActionId } from '../../shared/actions/registry';
import { Dialog } from '../dialogs/Dialog';
import { useActionNames } from './actionWords';
import { keyLabels } from './keys';
import { searchActions } from './paletteSearch';
import { useWords } from '../words';

export function Palette({ state, onRun, onClose }: { state: ActionState; onRun(id: ActionId): void; onClose(): void }) {
  const w = useWords();
  const names = useActionNames();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  // The chosen action runs once the palette has closed, on the board: the palette's own field is not "typing" for it
  // (else undo would look available with nothing to undo).
  const onBoard: ActionState = { ...state, typing: false };
  const matches = searchActions(query, names.language).map((id) => ({ id, reason: availability(id, onBoard) }));
  const run = (id: ActionId) => {
    onClose();
    // After the dialog has gone, so the action sees the board, not the palette.
    window.setTimeout(() => onRun(id), 0);
  };
  const runAt = (i: number) => {
    const match = matches[i];
    if (match && match.reason === null) run(match.id);
  };
  return (
    <Dialog title={names.name('palette')} onCancel={onClose} testId="palette">
      <input
        className="palette-input"
        data-testid="palette-input"
        placeholder={w.palette.placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setIndex((i) => Math.min(matches.length - 1, i + 1));
          if (e.key === 'ArrowUp') setIndex((i) => Math.max(0, i - 1));
          if (e.key === 'Enter') runAt(index);
        }}
      />
      <ul className="palette-list" role="listbox">
        {matches.length === 0 && <li className="muted">{w.palette.empty}</li>}
        {matches.map(({ id, reason }, i) => (
          <li key={id} role="option" aria-selected={i === index} aria-disabled={reason !== null} data-testid={`palette-${id}`}>
            <button className={[i === index ? 'on' : '', reason ? 'unavailable' : ''].join(' ').trim()} onClick={() => runAt(i)} onMouseEnter={() => setIndex(i)}>
              <span className="palette-name">
                {names.name(id)}
                {reason && <small className="palette-reason">{names.reason(reason)}</small>}
              </span>
              <kbd>{keyLabels(id).join(' / ')}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
