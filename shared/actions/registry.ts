// Every action of Jejak, gathered from one file per menu (definitions/).
// Adding an action is adding its definition to the file of its menu; the
// keyboard, the menus, the palette and the cheat sheet pick it up from here.
import type { ActionDefinition, ActionKeys, ActionWords, Platform } from './action';
import { WORDS, type Language, type LanguageFolder } from '../i18n/languages';
import { ARROW_ACTIONS } from './definitions/arrows';
import { BOARD_ACTIONS } from './definitions/board';
import { EDIT_ACTIONS } from './definitions/edit';
import { FILE_ACTIONS } from './definitions/file';
import { VIEW_ACTIONS } from './definitions/view';
import { WORKSHOP_ACTIONS } from './definitions/workshop';

/** The files, in menu order; an id used in two of them is refused by a unit test (registry.test.ts). */
export const ACTION_FILES = [FILE_ACTIONS, EDIT_ACTIONS, BOARD_ACTIONS, ARROW_ACTIONS, WORKSHOP_ACTIONS, VIEW_ACTIONS] as const;

const ACTIONS = { ...FILE_ACTIONS, ...EDIT_ACTIONS, ...BOARD_ACTIONS, ...ARROW_ACTIONS, ...WORKSHOP_ACTIONS, ...VIEW_ACTIONS } satisfies Record<string, ActionDefinition>;

export type ActionId = keyof typeof ACTIONS;

export const ACTION_IDS = Object.keys(ACTIONS) as ActionId[];

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && Object.hasOwn(ACTIONS, value);
}

export function actionOf(id: ActionId): ActionDefinition {
  return ACTIONS[id];
}

/** An action's words: from its definition in the team's languages, else from the language's folder (see ActionLanguage). */
export function actionWords(id: ActionId, language: Language): ActionWords {
  const defined: Partial<Record<Language, ActionWords>> = actionOf(id).words;
  const folder = WORDS[language] as Partial<LanguageFolder<string>>;
  return defined[language] ?? folder.actions?.[id] ?? actionOf(id).words.en;
}

/** The action's shortcuts on a platform, the first being the one menus show. */
export function keysOf(id: ActionId, platform: Platform): readonly string[] {
  const keys: ActionKeys = actionOf(id).keys ?? [];
  if (Array.isArray(keys)) return keys;
  const split = keys as Exclude<ActionKeys, readonly string[]>;
  return [...(split.all ?? []), ...((platform === 'mac' ? split.mac : split.other) ?? [])];
}
