// The board's own menu bar, for browser mode (the desktop app has native
// menus): the same groups, sections and actions as the native menus, drawn
// from the registry, named in the interface language with their shortcuts,
// greyed with the reason when they cannot run, switches ticked while on.
// Keyboard: Enter, Space or ↓ opens a menu, ↑ ↓ move, ← → go to the next
// menu, Enter runs, Escape closes and gives the focus back to the menu's
// button; an open menu has the keys.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { ActionState } from '../../shared/actions/action';
import { availability, switchedOn } from '../../shared/actions/availability';
import { MENU_GROUPS, menuSections } from '../../shared/actions/menus';
import type { ActionId } from '../../shared/actions/registry';
import { useClickOutside } from '../app/useClickOutside';
import { useKeyLayer } from '../keyboard/useKeyLayer';
import { useActionNames } from './actionWords';
import { keyLabels } from './keys';

export interface MenuBarProps {
  run(id: ActionId): void;
  /** What the actions' enabled-when reads. */
  state: ActionState;
}

export function MenuBar({ run, state }: MenuBarProps) {
  const names = useActionNames();
  const [open, setOpen] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const list = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLElement>(null);
  useClickOutside(bar, open !== null, () => setOpen(null));

  useEffect(() => {
    if (open !== null) list.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);

  const move = (to: number) => {
    const next = (to + MENU_GROUPS.length) % MENU_GROUPS.length;
    setOpen(next);
    buttons.current[next]?.focus();
  };
  const close = (refocus: boolean) => {
    if (refocus && open !== null) buttons.current[open]?.focus();
    setOpen(null);
  };
  const focusItem = (step: 1 | -1) => {
    const all = [...(list.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    all[(at + step + all.length) % all.length]?.focus();
  };

  useKeyLayer(
    'menu',
    (event) => {
      if (open === null) return 'pass';
      if (event.key === 'Enter' || event.key === ' ') return 'focus';
      if (event.key === 'Tab') {
        close(false);
        return 'focus';
      }
      const keys: Record<string, () => void> = {
        ArrowDown: () => focusItem(1),
        ArrowUp: () => focusItem(-1),
        ArrowRight: () => move(open + 1),
        ArrowLeft: () => move(open - 1),
        Escape: () => close(true),
      };
      keys[event.key]?.();
      return 'handled';
    },
    { active: open !== null, root: list },
  );

  return (
    <nav className="menu-bar" data-testid="menu-bar" ref={bar}>
      {MENU_GROUPS.map((group, index) => (
        <div key={group} className="menu-bar-group">
          <button
            ref={(b) => {
              buttons.current[index] = b;
            }}
            className="menu-bar-button"
            aria-haspopup="menu"
            aria-expanded={open === index}
            data-testid={`menu-${group}`}
            onClick={() => setOpen(open === index ? null : index)}
            onMouseEnter={() => open !== null && open !== index && setOpen(index)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowDown' || open === index) return;
              e.preventDefault();
              setOpen(index);
            }}
          >
            {names.menuGroup(group)}
          </button>
          {open === index && (
            <div ref={list} className="menu-bar-list" role="menu" data-testid={`menu-list-${group}`}>
              {/* Browser mode has no application menu: Settings… stays in File, as on Windows and Linux. */}
              {menuSections(group, 'other').map((ids, section) => (
                <Fragment key={section}>
                  {section > 0 && <div className="menu-bar-separator" role="separator" />}
                  {ids.map((id) => {
                    const reason = availability(id, state);
                    const why = reason ? names.reason(reason) : undefined;
                    const on = switchedOn(id, state);
                    return (
                      <button
                        key={id}
                        role={on === null ? 'menuitem' : 'menuitemcheckbox'}
                        aria-checked={on ?? undefined}
                        data-testid={`menu-item-${id}`}
                        disabled={reason !== null}
                        title={why}
                        aria-describedby={why ? `menu-why-${id}` : undefined}
                        onClick={() => {
                          setOpen(null);
                          run(id);
                        }}
                      >
                        <span>
                          {/* Every item keeps the tick's column, as native menus do, so the names line up. */}
                          <span className="menu-bar-tick" aria-hidden="true">
                            {on ? '✓' : ''}
                          </span>
                          {names.name(id)}
                        </span>
                        {keyLabels(id)[0] && <kbd>{keyLabels(id)[0]}</kbd>}
                        {why && (
                          <span id={`menu-why-${id}`} className="menu-bar-why">
                            {why}
                          </span>
                        )}
                      </button>
                    );
                  })}
                </Fragment>
              ))}
            </div>
          )}
        </div>
      ))}
    </nav>
  );
}
