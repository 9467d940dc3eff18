// The title bar's Curves control: a checkbox per emotion curve, to switch it
// off and on in the overlay (the board's legend does the same with a click).
// Shown while the board overlays two or more curves; C opens it from the
// keyboard, Tab and Space work the boxes, Escape closes it.
import { useEffect, useRef } from 'react';
import type { PersonaCurve } from '../../shared/layout/personaCurves';
import { CurveSwatch } from './CurveSwatch';
import type { CurveVisibility } from './useCurveVisibility';
import './curves.css';
import { useClickOutside } from '../app/useClickOutside';
import { useBarKeys } from '../keyboard/useBarKeys';
import { useWords } from '../words';

export interface CurvesControlProps {
  curves: readonly PersonaCurve[];
  visibility: CurveVisibility;
  open: boolean;
  onOpenChange(open: boolean): void;
}

export function CurvesControl({ curves, visibility, open, onOpenChange }: CurvesControlProps) {
  const w = useWords();
  const control = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const hiddenCount = curves.filter((c) => visibility.hidden.has(c.laneId)).length;

  // Opening (by click, C or the menu) puts the keyboard on the first box.
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  // A map left with fewer than two curves (a lane deleted, say) has nothing to switch.
  useEffect(() => {
    if (open && curves.length < 2) onOpenChange(false);
  }, [open, curves.length, onOpenChange]);

  // A click anywhere else closes the popover.
  useClickOutside(control, open, () => onOpenChange(false));

  const close = () => {
    onOpenChange(false);
    button.current?.focus();
  };
  // Escape closes it; its boxes have their keys (Space switches a curve).
  useBarKeys(popover, close, { active: open, ownKeys: () => true });

  if (curves.length < 2) return null;

  return (
    <div className="curves-control" ref={control}>
      <button
        ref={button}
        className="curves-button"
        data-testid="curves-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title={w.curves.open}
        onClick={() => onOpenChange(!open)}
      >
        {w.curves.button}
        {/* A corner badge, so the title bar keeps its width and height (and the board its place). */}
        {hiddenCount > 0 && (
          <span className="curves-hidden-count" data-testid="curves-hidden-count" role="img" aria-label={w.curves.hiddenCount({ count: hiddenCount })} title={w.curves.hiddenCount({ count: hiddenCount })}>
            {hiddenCount}
          </span>
        )}
      </button>
      {open && (
        <div ref={popover} className="curves-popover" role="dialog" aria-label={w.curves.title} data-testid="curves-popover">
          <div className="curves-popover-head">
            <strong>{w.curves.title}</strong>
            <button className="curves-close" aria-label={w.curves.close} tabIndex={-1} onClick={close}>×</button>
          </div>
          <p className="curves-hint">{w.curves.hint}</p>
          <ul className="curves-list">
            {curves.map((curve, i) => {
              const shown = !visibility.hidden.has(curve.laneId);
              return (
                <li key={curve.laneId}>
                  <label className={shown ? 'curves-item' : 'curves-item curves-item-off'}>
                    <input ref={i === 0 ? first : undefined} type="checkbox" data-testid={`curve-toggle-${curve.laneId}`} checked={shown} onChange={() => visibility.toggle(curve.laneId)} />
                    <CurveSwatch style={curve.style} color={shown ? curve.color : '#AEB8C4'} />
                    <span className="curves-name">{curve.label}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          <button className="curves-show-all" data-testid="curves-show-all" disabled={hiddenCount === 0} onClick={visibility.showAll}>
            {w.curves.showAll}
          </button>
        </div>
      )}
    </div>
  );
}
