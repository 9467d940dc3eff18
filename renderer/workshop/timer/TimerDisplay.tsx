// The countdown as the room sees it: in the board's title bar (variant
// "bar") and large in present mode (variant "large", on the dark projector
// background or the light board). It shows nothing while the timer is idle.
// At zero it stops looking like a timer: a still teal card with a check and
// "Time's up" (no digits, no bar), Restart and Dismiss, until someone
// dismisses it (the button, a click on the card, or Escape); the chime is
// the store's (timerStore.ts), so it sounds once however many displays are
// mounted.
import type { CSSProperties } from 'react';
import { useKeyLayer } from '../../keyboard/useKeyLayer';
import { formatRemaining } from './timerModel';
import { timerStore } from './timerStore';
import { useTimer } from './useTimer';
import { useWords } from '../../words';
import './timer.css';

export interface TimerDisplayProps {
  /** "bar": compact, for a title bar; "large": big digits for present mode. Default "bar". */
  variant?: 'bar' | 'large';
  /** The background it sits on. Default "light". */
  theme?: 'light' | 'dark';
  /** Clicking a running or paused display (the title bar opens the timer's controls). */
  onActivate?(): void;
  /** The digits' height in pixels for the "large" variant (default 120); the rest scales with it. */
  size?: number;
  className?: string;
}

export function TimerDisplay({ variant = 'bar', theme = 'light', onActivate, size, className }: TimerDisplayProps) {
  const w = useWords();
  const { state, phase, remainingMs, elapsed } = useTimer();
  const done = phase === 'done';

  // A transient cue: Escape dismisses "time's up" before a popover, a voting
  // round or present mode hears it (after a note being edited, a menu or a dialog).
  useKeyLayer(
    'cue',
    (event) => {
      if (event.key !== 'Escape') return 'pass';
      timerStore().reset();
      return 'handled';
    },
    { active: done },
  );

  if (phase === 'idle') return null;
  const style = variant === 'large' && size ? ({ '--timer-size': `${size}px` } as CSSProperties) : undefined;
  if (done) return <TimesUp variant={variant} theme={theme} durationMs={state.durationMs} style={style} className={className} />;
  const time = formatRemaining(remainingMs);
  const classes = ['timer-display', `timer-${variant}`, `timer-${theme}`, `timer-${phase}`, className].filter(Boolean).join(' ');
  const label = phase === 'paused' ? `${w.timer.paused}: ${w.timer.left({ time })}` : w.timer.left({ time });

  return (
    <div
      className={classes}
      style={style}
      data-testid="timer-display"
      data-phase={phase}
      role={onActivate ? 'button' : 'timer'}
      tabIndex={onActivate ? 0 : undefined}
      aria-label={label}
      onClick={onActivate}
      onKeyDown={(event) => {
        if (onActivate && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          onActivate();
        }
      }}
    >
      <span className="timer-time" data-testid="timer-time">{time}</span>
      {phase === 'paused' && <span className="timer-label">{w.timer.paused}</span>}
      <span className="timer-progress" aria-hidden="true">
        <span style={{ transform: `scaleX(${1 - elapsed})` }} />
      </span>
    </div>
  );
}

/**
 * A finished timer: no digits and no progress bar, a still card in its own
 * colour with a check, "Time's up", and what can follow: the same length
 * again, or dismiss (as Escape or a click on the card does).
 */
function TimesUp({ variant, theme, durationMs, style, className }: { variant: 'bar' | 'large'; theme: 'light' | 'dark'; durationMs: number; style?: CSSProperties; className?: string }) {
  const w = useWords();
  const store = timerStore();
  const classes = ['timer-display', `timer-${variant}`, `timer-${theme}`, 'timer-done', className].filter(Boolean).join(' ');
  return (
    <div className={classes} style={style} data-testid="timer-display" data-phase="done" role="status" title={w.timer.dismiss} onClick={() => store.reset()}>
      <svg className="timer-check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="timer-up" data-testid="timer-up">{w.timer.timesUp}</span>
      <span className="timer-done-actions">
        <button
          data-testid="timer-restart"
          aria-label={w.timer.restartLabel({ time: formatRemaining(durationMs) })}
          onClick={(event) => {
            event.stopPropagation();
            store.start(durationMs);
          }}
        >
          {w.timer.restart}
        </button>
        <button
          data-testid="timer-dismiss"
          onClick={(event) => {
            event.stopPropagation();
            store.reset();
          }}
        >
          {w.timer.dismissButton}
        </button>
      </span>
    </div>
  );
}
