// The actions grouped as menus: the desktop app's native menu bar and the
// board's own menu buttons (browser mode has no native menus) list the same
// groups in the same order, named in the interface language.
import type { Language } from '../i18n/language';
import type { ActionId } from './registry';

export interface MenuGroup {
  id: 'file' | 'edit' | 'board' | 'workshop' | 'view';
  label: Record<Language, string>;
  actions: readonly (ActionId | 'separator')[];
}

export const MENU_GROUPS: readonly MenuGroup[] = [
  {
    id: 'file',
    label: { en: 'File', id: 'Berkas' },
    actions: ['open', 'separator', 'save', 'saveAs', 'autoSave', 'separator', 'saveVersion', 'versions', 'compare', 'restoreBackup', 'separator', 'import', 'export', 'separator', 'close'],
  },
  { id: 'edit', label: { en: 'Edit', id: 'Sunting' }, actions: ['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'duplicate', 'delete', 'separator', 'selectAll', 'find'] },
  { id: 'board', label: { en: 'Board', id: 'Papan' }, actions: ['newNote', 'edit', 'openPicture', 'separator', 'addStage', 'addLane'] },
  {
    id: 'workshop',
    label: { en: 'Workshop', id: 'Lokakarya' },
    actions: ['present', 'separator', 'timer', 'quickCapture', 'separator', 'silentRound', 'reveal', 'voting', 'separator', 'lockStructure', 'reviewMode'],
  },
  {
    id: 'view',
    label: { en: 'View', id: 'Tampilan' },
    actions: ['fit', 'actualSize', 'zoomIn', 'zoomOut', 'separator', 'filters', 'evidenceView', 'curves', 'separator', 'inspector', 'palette', 'cheatSheet'],
  },
];
