// Inputs that change the map when the person is done typing (blur or
// Enter), so one field edit is one undo step, not one per key. A field the
// facilitator's locks or review mode forbid is disabled and says why.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

/** Why a panel's fields are read-only, said once at its top (each field repeats it on hover). */
export function LockedReasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="inspector-reason" role="note" data-testid="inspector-reason">
      {reasons.map((reason) => (
        <p key={reason}>{reason}</p>
      ))}
    </div>
  );
}

export function CommitInput({ value, onCommit, multiline, type = 'text', testId, placeholder, locked = null }: {
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  /** Dates have a field of their own (DateField.tsx): the browser's date input follows the browser's locale. */
  type?: 'text' | 'number';
  testId?: string;
  placeholder?: string;
  /** Why the field may not change now (review mode, a lock); null when it may. */
  locked?: string | null;
}) {
  // What is typed belongs to the value it was typed over: a new value (another
  // note's, an undo, a colleague's save) or a lock drops it, so it never
  // carries over to anything else.
  const [draft, setDraft] = useState<{ over: string; text: string } | null>(null);
  const pending = draft !== null && draft.over === value && locked === null ? draft.text : null;
  const latest = useRef({ pending, value, onCommit });
  latest.current = { pending, value, onCommit };
  const commit = () => {
    const now = latest.current;
    latest.current = { ...now, pending: null };
    setDraft(null);
    if (now.pending !== null && now.pending !== now.value) now.onCommit(now.pending);
  };
  // Taken away while typing (another note selected, the inspector closed):
  // what was typed goes where it was typed, as a blur would have sent it.
  useEffect(() => () => {
    const now = latest.current;
    if (now.pending !== null && now.pending !== now.value) now.onCommit(now.pending);
  }, []);
  const common = {
    value: pending ?? value,
    'data-testid': testId,
    placeholder,
    disabled: locked !== null,
    title: locked ?? undefined,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
      }
      if (e.key === 'Escape') {
        latest.current = { ...latest.current, pending: null };
        setDraft(null);
      }
    },
  };
  const typed = (text: string) => setDraft({ over: value, text });
  return multiline ? (
    <textarea rows={3} {...common} onChange={(e) => typed(e.target.value)} />
  ) : (
    <input type={type} {...common} onChange={(e) => typed(e.target.value)} />
  );
}
