// One action of Jejak, defined once: its names in the team's languages and the
// words the palette finds it by, its keys on each platform, its place in the
// menus, when it can run (and why not, shown where it is greyed) and what it
// does. The keyboard, the native menus, the in-app menu bar, the palette and
// the cheat sheet are all drawn from the registry of these (registry.ts), as
// Excalidraw's register() and VS Code's registerAction2 do.
import type { ActionLanguage } from '../i18n/languages';
import type { AppContext, MapContext } from './context';
import type { Reason } from './reasons';

export interface ActionWords {
  /** As the menus, the palette and the cheat sheet name it. */
  name: string;
  /** Other words a person may type into the palette to find it. */
  search?: readonly string[];
}

/**
 * Shortcuts written as "Mod+Shift+Z": Mod is ⌘ on macOS and Ctrl elsewhere,
 * Plus is the + key. A list holds on every platform; `mac` and `other` add
 * keys on macOS only or everywhere else only (Ctrl+Y redoes off macOS).
 */
export type ActionKeys = readonly string[] | { readonly all?: readonly string[]; readonly mac?: readonly string[]; readonly other?: readonly string[] };

export type Platform = 'mac' | 'other';

export type MenuGroupId = 'file' | 'edit' | 'board' | 'workshop' | 'view';

export interface MenuPlace {
  group: MenuGroupId;
  /** Sections are set apart by a line; within one, items keep the registry's order. */
  section: number;
  /** On macOS it lives in the application menu ("Jejak") instead, as Settings… does there. */
  macAppMenu?: true;
}

/** A setting an action turns on or off: the menus show the action ticked while it is on. */
export type ActionSwitch = 'autoSave' | 'silentRound' | 'structureLock' | 'reviewMode';

/** What enabled-when reads: a few facts about the window, kept small so the page can report them cheaply. */
export interface ActionState {
  /** False on the start screen: only the window's own actions (open, settings) run there. */
  mapOpen: boolean;
  /** A text field has the keyboard: undo, the clipboard and select all are the field's. */
  typing: boolean;
  selectedNotes: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Emotion curves the board overlays (one per persona's emotions lane). */
  emotionCurves: number;
  /** The settings that are on now (Save automatically, the facilitator's modes). */
  on: readonly ActionSwitch[];
}

export const START_SCREEN: ActionState = { mapOpen: false, typing: false, selectedNotes: 0, canUndo: false, canRedo: false, emotionCurves: 0, on: [] };

interface Definition {
  /**
   * Every word of the action in English and Indonesian; a further language
   * names it in its own folder (shared/i18n/languages.ts, ActionLanguage).
   */
  words: Record<ActionLanguage, ActionWords>;
  keys?: ActionKeys;
  /** Absent: the action is in no menu (the palette and the keyboard still have it). */
  menu?: MenuPlace;
  /** Null when it can run now, else why not. Map actions also need an open map (availability.ts). */
  enabled?(state: ActionState): Reason | null;
  /** The setting it turns on or off: every menu shows it ticked while on (ActionState.on). */
  switch?: ActionSwitch;
  /**
   * The browser's own clipboard command: its key is left to the browser and
   * the native menu uses Electron's role, so both work in text fields too;
   * the board takes the resulting copy, cut or paste event.
   */
  native?: 'cut' | 'copy' | 'paste';
  /**
   * While text is typed in a field, its keys belong to the field, except:
   * 'commit-first' (the file actions: the field is committed, then the
   * action runs) and 'field-own' (undo, redo, select all: the field's own).
   */
  inField?: 'commit-first' | 'field-own';
}

/** An action on the open map (almost all of them). */
export interface MapAction extends Definition {
  scope?: 'map';
  run(context: MapContext): void;
}

/** An action of the window, which runs on the start screen too (open, settings). */
export interface AppAction extends Definition {
  scope: 'app';
  run(context: AppContext): void;
}

export type ActionDefinition = MapAction | AppAction;
