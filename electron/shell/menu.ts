// The native menus, drawn from the action registry like the board's keyboard,
// menu bar, palette and cheat sheet, named in the interface language and
// greyed as the page reports (Host.actionStates). A pure template: tested in
// Node without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { Platform } from '../../shared/actions/action';
import type { ActionStates, MenuStates } from '../../shared/actions/availability';
import { isReason } from '../../shared/actions/reasons';
import { MENU_GROUPS, menuSections } from '../../shared/actions/menus';
import { reasonText } from '../../shared/actions/reasons';
import { actionOf, actionWords, isActionId, keysOf, type ActionId } from '../../shared/actions/registry';
import { isSingleKey, shortcutLabel, shortcutParts } from '../../shared/actions/shortcuts';
import { words as wordsOf, type Language } from '../../shared/i18n/languages';

const APP_NAME = 'Jejak';

/** "Mod+Shift+Z" → "CmdOrCtrl+Shift+Z", Electron's accelerator syntax ("+" is "Plus" there). */
export function accelerator(shortcut: string): string {
  const { modifiers, key } = shortcutParts(shortcut);
  const names: Record<string, string> = { Mod: 'CmdOrCtrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  const keyName = key === '+' ? 'Plus' : key === '?' ? '/' : key.replace(/^Arrow/, '');
  const shift = key === '?' && !modifiers.has('Shift') ? ['Shift'] : [];
  return [...[...modifiers].map((m) => names[m] ?? m), ...shift, keyName].join('+');
}

/**
 * What a page reported of its menus' state, kept only where it names known
 * actions and reasons: the report can grey and tick items, never add one.
 */
export function reportedMenuStates(report: unknown): MenuStates {
  const { disabled, ticked } = typeof report === 'object' && report !== null ? (report as { disabled?: unknown; ticked?: unknown }) : {};
  const greyed = typeof disabled === 'object' && disabled !== null ? Object.entries(disabled).filter(([id, reason]) => isActionId(id) && isReason(reason)) : [];
  return {
    disabled: Object.fromEntries(greyed) as ActionStates,
    ticked: Array.isArray(ticked) ? ticked.filter((id): id is ActionId => typeof id === 'string' && isActionId(id) && actionOf(id).switch !== undefined) : [],
  };
}

export interface MenuOptions {
  /** The operating system (process.platform): macOS has the application menu. */
  platform?: NodeJS.Platform;
  /** The actions the page reports it cannot run now, with why (greyed; the reason is the tooltip on macOS). */
  disabled?: ActionStates;
  /** The switch actions the page reports on (shown as ticked checkboxes). */
  ticked?: readonly ActionId[];
}

/**
 * Undo, Redo and Select all are clicks that the page runs, not Electron's
 * roles: a role reaches only the text being edited (webContents.undo()), never
 * the board's history. The page's action does the text field's own undo
 * when a field has the keyboard and the map's otherwise, so the menu and the
 * keys do the same thing everywhere. Cut, copy and paste are roles: they work
 * in every text field, and on the board they raise the copy, cut and paste
 * events that the board turns into notes.
 */
const ROLES: Partial<Record<ActionId, MenuItemConstructorOptions['role']>> = { cut: 'cut', copy: 'copy', paste: 'paste' };

export function menuTemplate(language: Language, run: (id: ActionId) => void, options: MenuOptions = {}): MenuItemConstructorOptions[] {
  const os = options.platform ?? process.platform;
  const platform: Platform = os === 'darwin' ? 'mac' : 'other';
  const words = wordsOf(language).shell;
  const roles = words.roles;

  const item = (id: ActionId): MenuItemConstructorOptions => {
    const name = actionWords(id, language).name;
    const reason = options.disabled?.[id];
    // A switch (Save automatically, the facilitator's modes) is a checkbox, ticked as the page says.
    const ticked = actionOf(id).switch ? { type: 'checkbox' as const, checked: options.ticked?.includes(id) === true } : {};
    const state = { enabled: reason === undefined, ...ticked, ...(reason && platform === 'mac' ? { toolTip: reasonText(reason, language) } : {}) };
    const role = ROLES[id];
    if (role) return { role, label: name, ...state };
    const shortcut = keysOf(id, platform)[0];
    // A key that types (N, 0, ?, Delete…) is shown in the label, as VS Code shows
    // such keys, and never made an accelerator: macOS would fire it while typing.
    if (shortcut && isSingleKey(shortcut)) return { label: `${name} [${shortcutLabel(shortcut, platform)}]`, click: () => run(id), ...state };
    // The page's keyboard runs the action (after any text field has its say); the
    // accelerator is shown, not registered (macOS registers it anyway).
    return { label: name, ...(shortcut ? { accelerator: accelerator(shortcut), registerAccelerator: false } : {}), click: () => run(id), ...state };
  };
  const sections = (group: Parameters<typeof menuSections>[0]): MenuItemConstructorOptions[] =>
    menuSections(group, platform).flatMap((ids, i) => [...(i > 0 ? [{ type: 'separator' as const }] : []), ...ids.map(item)]);

  const groups: MenuItemConstructorOptions[] = MENU_GROUPS.map((group) => {
    const submenu = sections(group);
    if (group === 'file' && platform !== 'mac') submenu.push({ type: 'separator' }, { role: 'quit', label: os === 'win32' ? roles.exit : roles.quit });
    return { label: words.menuGroups[group], submenu };
  });
  if (platform !== 'mac') return groups;

  // macOS: the first menu is the application's, whatever its label says.
  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      { role: 'about', label: roles.about },
      { type: 'separator' },
      ...sections('app'),
      { type: 'separator' },
      { role: 'services', label: roles.services },
      { type: 'separator' },
      { role: 'hide', label: roles.hide },
      { role: 'hideOthers', label: roles.hideOthers },
      { role: 'unhide', label: roles.showAll },
      { type: 'separator' },
      { role: 'quit', label: roles.quitMac },
    ],
  };
  return [appMenu, ...groups];
}

