// The Board menu: notes, their pictures, stages and lanes; and Escape, which
// ends the editing of a note or clears the selection.
import type { ActionDefinition } from '../action';

export const BOARD_ACTIONS = {
  newNote: {
    words: { en: { name: 'Add a note', search: ['new', 'sticky', 'card', 'write'] }, id: { name: 'Tambah catatan', search: ['baru', 'kartu', 'tulis', 'tempel'] } },
    keys: ['N'],
    menu: { group: 'board', section: 1 },
    run: (c) => c.board.addNote(),
  },
  edit: {
    words: { en: { name: 'Edit the note', search: ['type', 'change', 'text'] }, id: { name: 'Ubah catatan', search: ['ketik', 'sunting', 'teks'] } },
    keys: ['Enter'],
    menu: { group: 'board', section: 1 },
    enabled: (s) => (s.selectedNotes > 0 ? null : 'noSelection'),
    run: (c) => c.board.editNote(),
  },
  openPicture: {
    words: { en: { name: 'Open the note’s picture large', search: ['photo', 'image', 'view'] }, id: { name: 'Buka gambar catatan dalam ukuran besar', search: ['foto', 'gambar', 'lihat'] } },
    keys: ['Shift+Enter'],
    menu: { group: 'board', section: 1 },
    enabled: (s) => (s.selectedNotes > 0 ? null : 'noSelection'),
    run: (c) => c.board.openPicture(),
  },
  addStage: {
    words: { en: { name: 'Add a stage', search: ['column', 'step', 'phase'] }, id: { name: 'Tambah tahap', search: ['kolom', 'langkah', 'fase', 'tahapan'] } },
    menu: { group: 'board', section: 2 },
    run: (c) => c.board.addStage(),
  },
  addLane: {
    words: { en: { name: 'Add a lane', search: ['row', 'swimlane'] }, id: { name: 'Tambah lajur', search: ['baris', 'jalur'] } },
    menu: { group: 'board', section: 2 },
    run: (c) => c.board.addLane(),
  },
  stopEditing: {
    words: { en: { name: 'Stop editing / clear the selection', search: ['escape', 'deselect', 'done'] }, id: { name: 'Selesai mengubah / batalkan pilihan', search: ['escape', 'lepas pilihan', 'selesai'] } },
    keys: ['Escape'],
    run: (c) => c.board.stopEditing(),
  },
} as const satisfies Record<string, ActionDefinition>;
