// The Edit menu: undo and redo, the clipboard, duplicate and delete, select
// all and find.
import type { ActionDefinition } from '../action';

export const EDIT_ACTIONS = {
  undo: {
    words: { en: { name: 'Undo', search: ['back', 'revert'] }, id: { name: 'Urungkan', search: ['batal', 'kembali', 'undo'] } },
    keys: ['Mod+Z'],
    menu: { group: 'edit', section: 1 },
    enabled: (s) => (s.canUndo || s.typing ? null : 'nothingToUndo'),
    inField: 'field-own',
    // In a text field, the field's own undo (its typing); on the board, the map's.
    run: (c) => (c.text.editing() ? c.text.command('undo') : c.board.undo()),
  },
  redo: {
    words: { en: { name: 'Redo', search: ['again', 'repeat'] }, id: { name: 'Ulangi', search: ['lagi', 'redo'] } },
    keys: { all: ['Mod+Shift+Z'], other: ['Mod+Y'] },
    menu: { group: 'edit', section: 1 },
    enabled: (s) => (s.canRedo || s.typing ? null : 'nothingToRedo'),
    inField: 'field-own',
    run: (c) => (c.text.editing() ? c.text.command('redo') : c.board.redo()),
  },
  cut: {
    words: { en: { name: 'Cut', search: ['clipboard', 'move'] }, id: { name: 'Potong', search: ['papan klip', 'pindah'] } },
    keys: ['Mod+X'],
    menu: { group: 'edit', section: 2 },
    enabled: (s) => (s.selectedNotes > 0 || s.typing ? null : 'noSelection'),
    native: 'cut',
    run: (c) => c.board.clipboard('cut'),
  },
  copy: {
    words: { en: { name: 'Copy', search: ['clipboard'] }, id: { name: 'Salin', search: ['papan klip', 'kopi'] } },
    keys: ['Mod+C'],
    menu: { group: 'edit', section: 2 },
    enabled: (s) => (s.selectedNotes > 0 || s.typing ? null : 'noSelection'),
    native: 'copy',
    run: (c) => c.board.clipboard('copy'),
  },
  paste: {
    words: { en: { name: 'Paste', search: ['clipboard', 'insert'] }, id: { name: 'Tempel', search: ['papan klip', 'sisipkan'] } },
    keys: ['Mod+V'],
    menu: { group: 'edit', section: 2 },
    native: 'paste',
    run: (c) => c.board.clipboard('paste'),
  },
  duplicate: {
    words: { en: { name: 'Duplicate', search: ['copy', 'clone', 'double'] }, id: { name: 'Gandakan', search: ['salin', 'duplikat', 'kembar'] } },
    keys: ['Mod+D'],
    menu: { group: 'edit', section: 2 },
    enabled: (s) => (s.selectedNotes > 0 ? null : 'noSelection'),
    run: (c) => c.board.duplicateNotes(),
  },
  delete: {
    words: { en: { name: 'Delete', search: ['remove', 'erase'] }, id: { name: 'Hapus', search: ['buang', 'singkirkan'] } },
    keys: ['Delete', 'Backspace'],
    menu: { group: 'edit', section: 2 },
    enabled: (s) => (s.selectedNotes > 0 ? null : 'noSelection'),
    run: (c) => c.board.deleteNotes(),
  },
  selectAll: {
    words: { en: { name: 'Select all in the cell (press again: the whole map)', search: ['everything', 'all notes'] }, id: { name: 'Pilih semua di sel ini (tekan lagi: seluruh peta)', search: ['semua catatan', 'seluruh'] } },
    keys: ['Mod+A'],
    menu: { group: 'edit', section: 3 },
    inField: 'field-own',
    run: (c) => (c.text.editing() ? c.text.command('selectAll') : c.board.selectAll()),
  },
  find: {
    words: { en: { name: 'Find', search: ['search', 'look for', 'text'] }, id: { name: 'Cari', search: ['temukan', 'teks'] } },
    keys: ['Mod+F'],
    menu: { group: 'edit', section: 3 },
    run: (c) => c.screen.show('find'),
  },
} as const satisfies Record<string, ActionDefinition>;
