// Inputs that change the map when the person is done typing (blur or
// Enter), so one field edit is one undo step, not one per key.
import { useEffect, useState, type ReactNode } from 'react';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function CommitInput({ value, onCommit, multiline, type = 'text', testId, placeholder }: {
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  /** Dates have a field of their own (DateField.tsx): the browser's date input follows the browser's locale. */
  type?: 'text' | 'number';
  testId?: string;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    value: draft,
    'data-testid': testId,
    placeholder,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
      }
      if (e.key === 'Escape') setDraft(value);
    },
  };
  return multiline ? (
    <textarea rows={3} {...common} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input type={type} {...common} onChange={(e) => setDraft(e.target.value)} />
  );
}
