// The native menus, drawn from the same action registry as the board's
// keyboard, palette and cheat sheet, named in the interface language.
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_GROUPS } from '../../shared/actions/menuGroups';
import { ACTIONS, type ActionId } from '../../shared/actions/registry';
import { ACTION_NAMES } from '../../shared/i18n/actionNames';
import type { Language } from '../../shared/i18n/language';


/** "Mod+Shift+Z" → "CmdOrCtrl+Shift+Z", Electron's accelerator syntax. */
export function accelerator(shortcut: string): string {
  return shortcut.replace('Mod', 'CmdOrCtrl').replace('Arrow', '').replace(/^\?$/, 'Shift+/');
}

/** Clipboard actions use Electron's roles, so they also work in text fields. */
const ROLES: Partial<Record<ActionId, MenuItemConstructorOptions['role']>> = { cut: 'cut', copy: 'copy', paste: 'paste' };

export function menuTemplate(language: Language, run: (id: ActionId) => void): MenuItemConstructorOptions[] {
  const names = ACTION_NAMES[language];
  return MENU_GROUPS.map((group) => ({
    label: group.label[language],
    submenu: group.actions.map((id): MenuItemConstructorOptions => {
      if (id === 'separator') return { type: 'separator' };
      const action = ACTIONS.find((a) => a.id === id)!;
      const role = ROLES[id];
      if (role) return { role, label: names[id] };
      // The first shortcut is shown; the board's own keyboard handling runs it, so the menu does not register it twice.
      return { label: names[id], accelerator: action.keys[0] ? accelerator(action.keys[0]) : undefined, registerAccelerator: false, click: () => run(id) };
    }),
  }));
}
