// Why an action cannot run now, in both languages: shown beside the greyed
// item in the menu bar and the palette (and the native menu's tooltip on
// macOS), and said when its key is pressed anyway.
import type { Language } from '../i18n/language';

export const REASONS = {
  noMap: { en: 'Open a map first.', id: 'Buka sebuah peta dulu.' },
  noSelection: { en: 'Select a note first.', id: 'Pilih sebuah catatan dulu.' },
  nothingToUndo: { en: 'There is nothing to undo.', id: 'Tidak ada yang bisa diurungkan.' },
  nothingToRedo: { en: 'There is nothing to redo.', id: 'Tidak ada yang bisa diulangi.' },
  noCurves: {
    en: 'This map has no emotions lane, so it has no emotion curve. Add a lane of the kind Emotions and score its notes from −2 to +2.',
    id: 'Peta ini belum punya lajur emosi, jadi belum ada kurva emosi. Tambahkan lajur berjenis Emosi dan beri nilai −2 sampai +2 pada catatannya.',
  },
  oneCurve: {
    en: 'There is only one emotion curve, so there is nothing to overlay. Add an emotions lane for another persona (Add a lane below…, then choose whose experience it records in the lane’s menu) to compare their curves.',
    id: 'Baru ada satu kurva emosi, jadi belum ada yang bisa ditumpuk. Tambahkan lajur emosi untuk persona lain (Tambah lajur di bawahnya…, lalu pilih pengalaman siapa yang dicatatnya di menu lajur) untuk membandingkan kurva mereka.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type Reason = keyof typeof REASONS;

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(REASONS, value);
}
