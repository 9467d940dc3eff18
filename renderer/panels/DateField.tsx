// Jejak's own date field: the date as the interface language writes it
// (dd/mm/yyyy, day first, in English and Indonesian), where the browser's
// date input would follow the browser's locale. Like the other inspector
// fields it changes the map when the person is done (Enter or leaving the
// field), one undo step; a date that cannot be is refused with the reason,
// and Escape puts back what the map holds. ↑ and ↓ move it a day.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { formatTypedDate, parseTypedDate } from '../../shared/i18n/typedDate';
import { useLanguage, useWords } from '../words';

export interface DateFieldProps {
  /** The stored date, ISO (yyyy-mm-dd), or '' for none. */
  value: string;
  /** A new date (ISO), or null when the field was emptied. */
  onCommit(iso: string | null): void;
  /** The field's name for a screen reader, when no label wraps it. */
  label?: string;
  testId?: string;
  /** Shown but not editable (review mode, a lock), with `reason` as its tooltip. */
  disabled?: boolean;
  reason?: string;
  /** Shown while empty instead of the date pattern ("Mixed" for notes whose dates differ). */
  placeholder?: string;
}

export function DateField({ value, onCommit, label, testId, disabled = false, reason, placeholder }: DateFieldProps) {
  const language = useLanguage();
  const w = useWords();
  const shown = formatTypedDate(value, language);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  // What was typed belongs to the date it was typed over: a new date, or the field locking, puts the stored one back.
  useEffect(() => {
    setDraft(shown);
    setError(null);
  }, [shown, disabled]);

  const commit = () => {
    const read = parseTypedDate(draft, language);
    if (!read.ok) return setError(read.message);
    setError(null);
    setDraft(read.iso === null ? '' : formatTypedDate(read.iso, language));
    if (read.iso !== (value === '' ? null : value)) onCommit(read.iso);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(shown);
      setError(null);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const read = parseTypedDate(draft, language);
      const from = read.ok ? (read.iso ?? today()) : null;
      if (from === null) return;
      event.preventDefault();
      setError(null);
      setDraft(formatTypedDate(dayAfter(from, event.key === 'ArrowUp' ? 1 : -1), language));
    }
  };

  return (
    <span className="date-field" title={disabled ? reason : undefined}>
      <input
        value={draft}
        data-testid={testId}
        aria-label={label}
        placeholder={placeholder ?? w.language.datePattern}
        disabled={disabled}
        title={disabled ? reason : undefined}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        size={11}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error && (
        <span className="date-field-error" id={errorId} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </span>
  );
}

/** Today on this computer's calendar, ISO. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function dayAfter(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
