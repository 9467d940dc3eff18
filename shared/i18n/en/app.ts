// The page's own words around the maps, in English: the window and the start
// screen, the kinds of map, the file dialog, the problems dialog, the
// palette and the cheat sheet, settings, automatic saving and backups.

export const app = {
  name: 'Jejak',
  unsaved: 'unsaved changes',
  loading: 'Opening…',
};

export const start = {
  heading: 'Customer journey maps, made in the room',
  newMap: 'New map',
  newIn: 'Content language',
  journeys: 'Start from a journey',
  journeysHint: 'Each has its own stages and a few notes tagged “example”, to replace with what your research shows.',
  create: 'Create',
  samples: 'Samples',
  openSample: 'Open sample',
  openFile: 'Open a map…',
  recent: 'Recent maps',
  noRecent: 'No maps opened yet.',
  missing: 'not found',
  reviewDue: 'review due',
  changed: (p: { date: string }) => `changed ${p.date}`,
  dropHint: 'or drop a .cjm file onto this window',
  language: 'Interface language',
};

export const types = {
  'current-state': 'Current state',
  'future-state': 'Future state',
  'day-in-the-life': 'Day in the life',
  'service-blueprint': 'Service blueprint',
};

export const typeHints = {
  'current-state': 'How the journey is today. Map this first.',
  'future-state': 'The journey to build toward.',
  'day-in-the-life': "The customer's whole day, to find the moments that matter.",
  'service-blueprint': 'The journey plus the staff, processes and systems behind it.',
};

export const languages = { en: 'English', id: 'Indonesian' };

export const fileDialog = {
  openTitle: 'Open a map',
  saveTitle: 'Save the map',
  imageTitle: 'Choose a picture',
  places: 'Places',
  recent: 'Recent',
  up: 'Up one folder',
  empty: 'No maps or folders here.',
  fileName: 'File name',
  open: 'Open',
  save: 'Save',
  cancel: 'Cancel',
  replaceQuestion: (p: { name: string }) => `"${p.name}" already exists. Replace it?`,
  replace: 'Replace',
};

export const problemsDialog = {
  repairTitle: 'This map needs repairs before it opens',
  repairIntro: 'Jejak can repair it without losing any content. The file stays as it is until you save.',
  repairAndOpen: 'Repair and open',
  fatalTitle: 'This map cannot be opened',
  fatalIntro: 'The file was not changed. Fix these problems in a text editor, or restore a backup.',
  close: 'Close',
  more: (p: { count: number }) => `…and ${p.count} more`,
};

export const palette = {
  placeholder: 'Type a command',
  empty: 'No command matches',
};

export const cheatSheet = {
  title: 'Keyboard shortcuts',
};

export const settings = {
  title: 'Settings',
  language: 'Interface language',
  languageHint: 'The words of Jejak’s menus and panels. A map’s own language is in its details.',
  autoSave: 'Save automatically',
  autoSaveHint: 'A map with a file of its own is saved a few seconds after each change.',
  done: 'Done',
};

export const autoSave = {
  on: 'Automatic saving is on: each change is saved to the file a few seconds later.',
  off: 'Automatic saving is off: save with Ctrl+S.',
};

export const backups = {
  title: 'Restore an earlier version',
  intro: 'Versions this computer kept before each save replaced the map. Restoring one is a change you can undo; nothing is written until you save.',
  none: 'No earlier versions of this map have been kept on this computer yet.',
  noFile: 'This map has not been saved to a file yet, so there are no earlier versions.',
  restored: 'Earlier version restored: save to keep it, or undo.',
};
