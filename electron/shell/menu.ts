// The native menus, drawn from the same action registry as the board's
// keyboard, palette and cheat sheet, named in the interface language.
import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, type ActionId } from '../../shared/actions/registry';
import { ACTION_NAMES } from '../../shared/i18n/actionNames';
import type { Language } from '../../shared/i18n/language';

const GROUPS: { label: Record<Language, string>; actions: (ActionId | 'separator')[] }[] = [
  { label: { en: 'File', id: 'Berkas' }, actions: ['open', 'separator', 'save', 'saveAs', 'restoreBackup', 'autoSave', 'separator', 'import', 'export', 'separator', 'close'] },
  { label: { en: 'Edit', id: 'Sunting' }, actions: ['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'duplicate', 'delete', 'separator', 'selectAll', 'find'] },
  { label: { en: 'Board', id: 'Papan' }, actions: ['newNote', 'edit', 'separator', 'addStage', 'addLane'] },
  { label: { en: 'View', id: 'Tampilan' }, actions: ['fit', 'actualSize', 'zoomIn', 'zoomOut', 'separator', 'inspector', 'palette', 'cheatSheet'] },
];

/** "Mod+Shift+Z" → "CmdOrCtrl+Shift+Z", Electron's accelerator syntax. */
export function accelerator(shortcut: string): string {
  return shortcut.replace('Mod', 'CmdOrCtrl').replace('Arrow', '').replace(/^\?$/, 'Shift+/');
}

/** Clipboard actions use Electron's roles, so they also work in text fields. */
const ROLES: Partial<Record<ActionId, MenuItemConstructorOptions['role']>> = { cut: 'cut', copy: 'copy', paste: 'paste' };

export function menuTemplate(language: Language, run: (id: ActionId) => void): MenuItemConstructorOptions[] {
  const names = ACTION_NAMES[language];
  return GROUPS.map((group) => ({
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
