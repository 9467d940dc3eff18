// The timer in the board's title bar: the countdown while it runs, and a
// button (or T) that opens the controls: 3, 5 and 10 minutes, any length,
// pause and resume, one more minute, reset. Starting closes the popover, so
// the board is in view again; everything is reachable with Tab and Enter,
// and Escape closes it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MINUTE } from './timerModel';
import { parseTimerLength } from './timerLength';
import { timerStore } from './timerStore';
import { TimerDisplay } from './TimerDisplay';
import { useTimer } from './useTimer';
import './timer.css';
import { useClickOutside } from '../../app/useClickOutside';
import { useBarKeys } from '../../keyboard/useBarKeys';
import { useWords } from '../../words';

const PRESETS = [3, 5, 10] as const;

function ClockIcon() {
  return (
    <svg className="timer-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 9v4l2.5 2.5M9.5 2.5h5M12 2.5V5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

export function TimerControl({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const w = useWords();
  const { phase } = useTimer();
  const control = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A click anywhere else closes the popover.
  useClickOutside(control, open, () => onOpenChange(false));

  return (
    <div className="timer-control" ref={control}>
      <TimerDisplay variant="bar" onActivate={() => onOpenChange(!open)} />
      <button
        ref={button}
        className="timer-button"
        data-testid="timer-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={w.timer.open}
        title={w.timer.open}
        onClick={() => onOpenChange(!open)}
      >
        <ClockIcon />
        {phase === 'idle' && <span>{w.timer.title}</span>}
      </button>
      {open && (
        <TimerPopover
          onClose={(refocus) => {
            onOpenChange(false);
            if (refocus) button.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function TimerPopover({ onClose }: { onClose(refocus: boolean): void }) {
  const w = useWords();
  const { phase } = useTimer();
  const store = timerStore();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const active = phase === 'running' || phase === 'paused';

  // Escape closes it (after "time's up", a cue further in, is dismissed); its buttons and field have their keys.
  useBarKeys(popover, () => onClose(true), { ownKeys: () => true });

  // Focus what is most likely next: pause while it runs, else the first preset.
  useEffect(() => first.current?.focus(), []);

  const start = (ms: number) => {
    store.start(ms);
    onClose(false);
  };
  const startTyped = (event: FormEvent) => {
    event.preventDefault();
    const result = parseTimerLength(typed);
    if (!result.ok) return setError(w.timer.problems[result.problem]({ typed: typed.trim() }));
    setError(null);
    start(result.ms);
  };

  return (
    <div ref={popover} className="timer-popover" role="dialog" aria-label={w.timer.title} data-testid="timer-popover">
      <div className="timer-popover-head">
        <strong>{w.timer.title}</strong>
        <button className="timer-close" aria-label={w.timer.close} tabIndex={-1} onClick={() => onClose(true)}>×</button>
      </div>
      {(active || phase === 'done') && (
        <div className="timer-row">
          {phase !== 'done' && (
            <button ref={first} className="primary" data-testid="timer-pause" onClick={() => (phase === 'running' ? store.pause() : store.resume())}>
              {phase === 'running' ? w.timer.pause : w.timer.resume}
            </button>
          )}
          <button ref={phase === 'done' ? first : undefined} data-testid="timer-add-minute" aria-label={w.timer.addMinuteLabel} onClick={() => store.addMinute()}>
            {w.timer.addMinute}
          </button>
          <button data-testid="timer-reset" onClick={() => store.reset()}>{w.timer.reset}</button>
        </div>
      )}
      <div className="timer-row" role="group" aria-label={w.timer.presets}>
        {PRESETS.map((minutes, i) => (
          <button
            key={minutes}
            ref={i === 0 && !active && phase !== 'done' ? first : undefined}
            className="timer-preset"
            data-testid={`timer-preset-${minutes}`}
            aria-label={w.timer.startMinutes({ count: minutes })}
            onClick={() => start(minutes * MINUTE)}
          >
            {w.timer.minutes({ count: minutes })}
          </button>
        ))}
      </div>
      <form className="timer-custom" onSubmit={startTyped} noValidate>
        <label>
          <span>{w.timer.customLabel}</span>
          <input
            data-testid="timer-custom"
            value={typed}
            placeholder={w.timer.customPlaceholder}
            aria-invalid={error !== null}
            aria-describedby={error ? 'timer-error' : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              setError(null);
            }}
          />
        </label>
        <button type="submit" data-testid="timer-start">{w.timer.start}</button>
      </form>
      {error && <p className="timer-error" id="timer-error" role="alert" data-testid="timer-error">{error}</p>}
    </div>
  );
}
