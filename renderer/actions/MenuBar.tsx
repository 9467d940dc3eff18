// The board's own menu bar, for browser mode (the desktop app has native
// menus): the same groups and actions as the native menus (MENU_GROUPS),
// named in the interface language with their shortcuts. Keyboard: Enter or
// Space or ↓ opens a menu, ↑ ↓ move, ← → go to the next menu, Enter runs,
// Escape closes and gives focus back to the menu's button.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MENU_GROUPS, type MenuGroup } from '../../shared/actions/menuGroups';
import { ACTIONS, type ActionId } from '../../shared/actions/registry';
import { useClickOutside } from '../app/useClickOutside';
import { shortcutLabel } from './keys';

export interface MenuBarProps {
  run(id: ActionId): void;
  /** Actions that cannot run now (undo with nothing to undo, say): shown greyed. */
  disabled?: ReadonlySet<ActionId>;
}

export function MenuBar({ run, disabled }: MenuBarProps) {
  const [open, setOpen] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const bar = useRef<HTMLElement>(null);
  useClickOutside(bar, open !== null, () => setOpen(null));

  const move = (to: number) => {
    const next = (to + MENU_GROUPS.length) % MENU_GROUPS.length;
    setOpen(next);
    buttons.current[next]?.focus();
  };

  return (
    <nav className="menu-bar" data-testid="menu-bar" ref={bar}>
      {MENU_GROUPS.map((group, index) => (
        <div key={group.id} className="menu-bar-group">
          <MenuButton
            group={group}
            open={open === index}
            buttonRef={(b) => (buttons.current[index] = b)}
            onToggle={() => setOpen(open === index ? null : index)}
            onHover={() => open !== null && open !== index && setOpen(index)}
            onSide={(step) => move(index + step)}
            onClose={(refocus) => {
              setOpen(null);
              if (refocus) buttons.current[index]?.focus();
            }}
            run={(id) => {
              setOpen(null);
              run(id);
            }}
            disabled={disabled}
          />
        </div>
      ))}
    </nav>
  );
}

interface MenuButtonProps {
  group: MenuGroup;
  open: boolean;
  buttonRef(button: HTMLButtonElement | null): void;
  onToggle(): void;
  onHover(): void;
  onSide(step: 1 | -1): void;
  onClose(refocus: boolean): void;
  run(id: ActionId): void;
  disabled?: ReadonlySet<ActionId>;
}

function MenuButton({ group, open, buttonRef, onToggle, onHover, onSide, onClose, run, disabled }: MenuButtonProps) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);

  const focusItem = (step: 1 | -1) => {
    const all = [...(list.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    all[(at + step + all.length) % all.length]?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        className="menu-bar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={`menu-${group.id}`}
        onClick={onToggle}
        onMouseEnter={onHover}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) onToggle();
          }
        }}
      >
        {group.label[i18n.language === 'id' ? 'id' : 'en']}
      </button>
      {open && (
        <div
          ref={list}
          className="menu-bar-list"
          role="menu"
          data-testid={`menu-list-${group.id}`}
          onKeyDown={(e) => {
            const keys: Record<string, () => void> = {
              ArrowDown: () => focusItem(1),
              ArrowUp: () => focusItem(-1),
              ArrowRight: () => onSide(1),
              ArrowLeft: () => onSide(-1),
              Escape: () => onClose(true),
              Tab: () => onClose(false),
            };
            const act = keys[e.key];
            if (!act) return;
            if (e.key !== 'Tab') e.preventDefault();
            e.stopPropagation();
            act();
          }}
        >
          {group.actions.map((id, i) =>
            id === 'separator' ? (
              <div key={`separator-${i}`} className="menu-bar-separator" role="separator" />
            ) : (
              <button key={id} role="menuitem" data-testid={`menu-item-${id}`} disabled={disabled?.has(id)} onClick={() => run(id)}>
                <span>{t(`actions.${id}`)}</span>
                {shortcutOf(id) && <kbd>{shortcutOf(id)}</kbd>}
              </button>
            ),
          )}
        </div>
      )}
    </>
  );
}

function shortcutOf(id: ActionId): string {
  const key = ACTIONS.find((a) => a.id === id)?.keys[0];
  return key ? shortcutLabel(key) : '';
}
