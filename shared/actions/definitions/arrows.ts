// The arrows, in no menu: alone they walk the selection through the grid,
// with Alt they carry the selected notes to the neighbouring cell.
import type { ActionDefinition } from '../action';

const needsNotes = (s: { selectedNotes: number }) => (s.selectedNotes > 0 ? null : 'noSelection');

export const ARROW_ACTIONS = {
  moveLeft: {
    words: { en: { name: 'Select the note to the left', search: ['arrow', 'previous'] }, id: { name: 'Pilih catatan di sebelah kiri', search: ['panah', 'sebelumnya'] } },
    keys: ['ArrowLeft'],
    run: (c) => c.board.select('left'),
  },
  moveRight: {
    words: { en: { name: 'Select the note to the right', search: ['arrow', 'next'] }, id: { name: 'Pilih catatan di sebelah kanan', search: ['panah', 'berikutnya'] } },
    keys: ['ArrowRight'],
    run: (c) => c.board.select('right'),
  },
  moveUp: {
    words: { en: { name: 'Select the note above', search: ['arrow'] }, id: { name: 'Pilih catatan di atas', search: ['panah'] } },
    keys: ['ArrowUp'],
    run: (c) => c.board.select('up'),
  },
  moveDown: {
    words: { en: { name: 'Select the note below', search: ['arrow'] }, id: { name: 'Pilih catatan di bawah', search: ['panah'] } },
    keys: ['ArrowDown'],
    run: (c) => c.board.select('down'),
  },
  sendLeft: {
    words: { en: { name: 'Move notes to the stage on the left', search: ['carry', 'earlier stage'] }, id: { name: 'Pindahkan catatan ke tahap sebelah kiri', search: ['geser', 'tahap sebelumnya'] } },
    keys: ['Alt+ArrowLeft'],
    enabled: needsNotes,
    run: (c) => c.board.send('left'),
  },
  sendRight: {
    words: { en: { name: 'Move notes to the stage on the right', search: ['carry', 'later stage'] }, id: { name: 'Pindahkan catatan ke tahap sebelah kanan', search: ['geser', 'tahap berikutnya'] } },
    keys: ['Alt+ArrowRight'],
    enabled: needsNotes,
    run: (c) => c.board.send('right'),
  },
  sendUp: {
    words: { en: { name: 'Move notes to the lane above', search: ['carry'] }, id: { name: 'Pindahkan catatan ke lajur di atas', search: ['geser'] } },
    keys: ['Alt+ArrowUp'],
    enabled: needsNotes,
    run: (c) => c.board.send('up'),
  },
  sendDown: {
    words: { en: { name: 'Move notes to the lane below', search: ['carry'] }, id: { name: 'Pindahkan catatan ke lajur di bawah', search: ['geser'] } },
    keys: ['Alt+ArrowDown'],
    enabled: needsNotes,
    run: (c) => c.board.send('down'),
  },
} as const satisfies Record<string, ActionDefinition>;
