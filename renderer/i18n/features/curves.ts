// Several personas' emotion curves: the title bar's Curves control that
// switches each overlaid curve off and on (the board's legend does too).
import { bilingual } from '../bilingual';

export const curvesWords = bilingual(
  {
    button: 'Curves',
    open: 'Show or hide emotion curves',
    title: 'Emotion curves',
    hint: 'Overlaid in the first emotions lane. Click a name in the board’s legend to switch it too.',
    showAll: 'Show all',
    close: 'Close',
    hiddenCount_one: '{{count}} hidden',
    hiddenCount_other: '{{count}} hidden',
    lanePersona: 'Whose experience',
    nobody: 'No one persona',
  },
  {
    button: 'Kurva',
    open: 'Tampilkan atau sembunyikan kurva emosi',
    title: 'Kurva emosi',
    hint: 'Ditumpuk di lajur emosi pertama. Klik nama di legenda papan untuk menyalakan atau mematikannya juga.',
    showAll: 'Tampilkan semua',
    close: 'Tutup',
    hiddenCount_one: '{{count}} disembunyikan',
    hiddenCount_other: '{{count}} disembunyikan',
    lanePersona: 'Pengalaman siapa',
    nobody: 'Bukan persona tertentu',
  },
);
