// The menus drawn from the registry: the desktop app's native menu bar and
// the in-app menu bar of browser mode list the same groups, in the same
// order, with the same lines between sections.
import type { MenuGroupId, Platform } from './action';
import { ACTION_IDS, actionOf, type ActionId } from './registry';

/** The menus in order; each language names them in its shell.ts (menuGroups). */
export const MENU_GROUPS: readonly MenuGroupId[] = ['file', 'edit', 'board', 'workshop', 'view'];

/** Where an action sits on a platform: its menu group, or the application menu of macOS. */
function menuGroupOf(id: ActionId, platform: Platform): MenuGroupId | 'app' | null {
  const place = actionOf(id).menu;
  if (!place) return null;
  return place.macAppMenu && platform === 'mac' ? 'app' : place.group;
}

/** A menu's actions in sections (each set apart by a line), in registry order within a section. */
export function menuSections(group: MenuGroupId | 'app', platform: Platform): ActionId[][] {
  const ids = ACTION_IDS.filter((id) => menuGroupOf(id, platform) === group);
  const sections = [...new Set(ids.map((id) => actionOf(id).menu!.section))].sort((a, b) => a - b);
  return sections.map((section) => ids.filter((id) => actionOf(id).menu!.section === section));
}
