// A modal dialog: focus moves in (the dialog still at its top), Esc cancels, the rest of the window waits
// (a dialog's layer of the keyboard keeps every key from the board).
import { useEffect, useRef, type ReactNode } from 'react';
import { useDialogKeys } from './useDialogKeys';

export function Dialog({ title, children, onCancel, testId, wide }: { title: string; children: ReactNode; onCancel(): void; testId: string; wide?: boolean }) {
  const panel = useRef<HTMLDivElement>(null);
  // A dialog opens at its top, whatever it focuses: focusing a button at the
  // foot of a long list (the cheat sheet's Close) must not scroll the list
  // down to it; the buttons row stays in view at the foot (app.css).
  useEffect(() => {
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus], input, button, select, textarea');
    first?.focus({ preventScroll: true });
    if (panel.current) panel.current.scrollTop = 0;
  }, []);
  useDialogKeys(panel, onCancel);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div ref={panel} className={wide ? 'dialog wide' : 'dialog'} role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
