// The countdown as the room sees it: in the board's title bar (variant
// "bar") and large in present mode (variant "large", on the dark projector
// background or the light board). It shows nothing while the timer is idle.
// At zero it turns a calm teal, says "Time's up" and breathes gently (still,
// for people who ask for reduced motion) until someone dismisses it with a
// click or Escape; the chime is the store's (timerStore.ts), so it sounds
// once however many displays are mounted.
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
  const { phase, remainingMs, elapsed } = useTimer();
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
  const time = formatRemaining(remainingMs);
  const classes = ['timer-display', `timer-${variant}`, `timer-${theme}`, `timer-${phase}`, className].filter(Boolean).join(' ');
  const activate = done ? () => timerStore().reset() : onActivate;
  const label = done ? `${w.timer.timesUp}. ${w.timer.dismiss}` : phase === 'paused' ? `${w.timer.paused}: ${w.timer.left({ time })}` : w.timer.left({ time });

  return (
    <div
      className={classes}
      style={variant === 'large' && size ? ({ '--timer-size': `${size}px` } as CSSProperties) : undefined}
      data-testid="timer-display"
      data-phase={phase}
      role={activate ? 'button' : 'timer'}
      tabIndex={activate ? 0 : undefined}
      aria-label={label}
      title={done ? w.timer.dismiss : undefined}
      onClick={activate}
      onKeyDown={(event) => {
        if (activate && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          activate();
        }
      }}
    >
      {done ? (
        <span className="timer-time timer-up" data-testid="timer-up">{w.timer.timesUp}</span>
      ) : (
        <span className="timer-time" data-testid="timer-time">{time}</span>
      )}
      {phase === 'paused' && <span className="timer-label">{w.timer.paused}</span>}
      {done && variant === 'large' && <span className="timer-label">{w.timer.dismiss}</span>}
      {!done && (
        <span className="timer-progress" aria-hidden="true">
          <span style={{ transform: `scaleX(${1 - elapsed})` }} />
        </span>
      )}
    </div>
  );
}
