// What the window says about the map's file on a shared drive: who else has
// it open, the conflicts of a merge with someone else's save, and a folder
// that cannot be reached.
import { useRef, useState } from 'react';
import { useDialogKeys } from '../dialogs/useDialogKeys';
import { describeHolder, lockChoices, type LockChoice, type LockHolder } from '../../shared/i18n/lock';
import { resolveConflicts, type MergeResult, type Side } from '../../shared/merge';
import { useLanguage, useWords } from '../words';

export function LockDialog({ holder, onChoose }: { holder: LockHolder; onChoose(choice: LockChoice): void }) {
  const w = useWords();
  const language = useLanguage();
  const panel = useRef<HTMLDivElement>(null);
  // A choice must be made: Escape does not close it.
  useDialogKeys(panel, null);
  return (
    <div className="dialog-backdrop">
      <div ref={panel} className="dialog" role="dialog" aria-modal="true" aria-label={w.sync.lockTitle} data-testid="lock-dialog">
        <h2>{w.sync.lockTitle}</h2>
        <p data-testid="lock-holder">{describeHolder(holder, language)}</p>
        <div className="dialog-buttons">
          {lockChoices(holder, language).map((c, i) => (
            <button key={c.choice} data-testid={`lock-${c.choice}`} title={c.detail} data-autofocus={i === 0 ? true : undefined} onClick={() => onChoose(c.choice)}>
              {c.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

const shown = (value: unknown): string => {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

export function ConflictsDialog({ result, onApply, onClose }: { result: MergeResult; onApply(resolved: MergeResult): void; onClose(): void }) {
  const w = useWords();
  const [choices, setChoices] = useState<Record<string, Side>>(() => Object.fromEntries(result.conflicts.map((c) => [c.key, c.resolution])));
  const panel = useRef<HTMLDivElement>(null);
  useDialogKeys(panel, onClose);
  return (
    <div className="dialog-backdrop">
      <div ref={panel} className="dialog" role="dialog" aria-modal="true" aria-label={w.sync.conflictsTitle} data-testid="conflicts-dialog">
        <h2>{w.sync.conflictsTitle}</h2>
        <p>{w.sync.conflictsIntro}</p>
        <ul className="conflict-list">
          {result.conflicts.map((c) => (
            <li key={c.key} data-testid="conflict">
              <strong>{c.key}</strong>
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side}>
                  <input type="radio" name={c.key} checked={choices[c.key] === side} onChange={() => setChoices({ ...choices, [c.key]: side })} />
                  {w.sync[side]}: {shown(c[side])}
                </label>
              ))}
            </li>
          ))}
        </ul>
        <div className="dialog-buttons">
          <button onClick={onClose}>{w.board.cancel}</button>
          <button data-autofocus data-testid="conflicts-apply" onClick={() => onApply(resolveConflicts(result, choices))}>
            {w.sync.apply}
          </button>
        </div>
      </div>
    </div>
  );
}

export function UnreachableBanner({ kind, name, onRetry, onSaveCopy }: { kind: 'missing' | 'unreachable'; name: string; onRetry(): void; onSaveCopy(): void }) {
  const w = useWords();
  return (
    <div className="toast" role="alert" data-testid="file-away">
      {kind === 'missing' ? w.sync.missing({ name }) : w.sync.unreachable({ name })}{' '}
      <button onClick={onRetry}>{w.sync.retry}</button> <button onClick={onSaveCopy}>{w.sync.saveCopy}</button>
    </div>
  );
}
