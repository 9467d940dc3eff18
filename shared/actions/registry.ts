// Every action of the board in one list: the keyboard, the command palette,
// the cheat sheet (and the desktop menus) are all drawn from it, and each
// action is named in both languages through the i18n catalogue.
export interface ActionContext {
  editing: boolean;
  hasSelection: boolean;
  run(id: ActionId): void;
}

export const ACTIONS = [
  { id: 'newNote', keys: ['N'] },
  { id: 'edit', keys: ['Enter'], needsSelection: true },
  { id: 'openPicture', keys: ['Shift+Enter'], needsSelection: true },
  { id: 'stopEditing', keys: ['Escape'] },
  { id: 'delete', keys: ['Delete', 'Backspace'], needsSelection: true },
  { id: 'undo', keys: ['Mod+Z'] },
  { id: 'redo', keys: ['Mod+Shift+Z', 'Ctrl+Y'] },
  { id: 'copy', keys: ['Mod+C'], needsSelection: true, native: true },
  { id: 'cut', keys: ['Mod+X'], needsSelection: true, native: true },
  { id: 'paste', keys: ['Mod+V'], native: true },
  { id: 'duplicate', keys: ['Mod+D'], needsSelection: true },
  { id: 'selectAll', keys: ['Mod+A'] },
  { id: 'save', keys: ['Mod+S'] },
  { id: 'saveAs', keys: ['Mod+Shift+S'] },
  { id: 'open', keys: ['Mod+O'] },
  { id: 'close', keys: ['Mod+W'] },
  { id: 'export', keys: ['Mod+E'] },
  { id: 'import', keys: ['Mod+Shift+I'] },
  { id: 'restoreBackup', keys: [] },
  { id: 'autoSave', keys: [] },
  { id: 'find', keys: ['Mod+F'] },
  { id: 'fit', keys: ['0'] },
  { id: 'actualSize', keys: ['1'] },
  { id: 'zoomIn', keys: ['+', '='] },
  { id: 'zoomOut', keys: ['-'] },
  { id: 'moveLeft', keys: ['ArrowLeft'] },
  { id: 'moveRight', keys: ['ArrowRight'] },
  { id: 'moveUp', keys: ['ArrowUp'] },
  { id: 'moveDown', keys: ['ArrowDown'] },
  { id: 'sendLeft', keys: ['Alt+ArrowLeft'], needsSelection: true },
  { id: 'sendRight', keys: ['Alt+ArrowRight'], needsSelection: true },
  { id: 'sendUp', keys: ['Alt+ArrowUp'], needsSelection: true },
  { id: 'sendDown', keys: ['Alt+ArrowDown'], needsSelection: true },
  { id: 'addStage', keys: [] },
  { id: 'addLane', keys: [] },
  { id: 'inspector', keys: ['Mod+I'] },
  { id: 'palette', keys: ['Mod+K'] },
  { id: 'cheatSheet', keys: ['?'] },
  { id: 'present', keys: ['F5'] },
  { id: 'silentRound', keys: [] },
  { id: 'reveal', keys: [] },
  { id: 'lockStructure', keys: [] },
  { id: 'reviewMode', keys: [] },
  { id: 'filters', keys: ['Mod+Shift+F'] },
  { id: 'evidenceView', keys: ['E'] },
  { id: 'curves', keys: ['C'] },
  { id: 'timer', keys: ['T'] },
  { id: 'quickCapture', keys: ['Q'] },
  { id: 'voting', keys: ['V'] },
  { id: 'saveVersion', keys: [] },
  { id: 'versions', keys: [] },
  { id: 'compare', keys: [] },
] as const satisfies readonly { id: string; keys: readonly string[]; needsSelection?: boolean; native?: boolean }[];

export type ActionId = (typeof ACTIONS)[number]['id'];
export type ActionSpec = (typeof ACTIONS)[number];
