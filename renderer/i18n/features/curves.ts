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
    needTwo: 'There is only one emotion curve, so there is nothing to overlay. Add an emotions lane for another persona (Add a lane below…, then choose whose experience it records in the lane’s menu) to compare their curves.',
    noCurves: 'This map has no emotions lane, so it has no emotion curve. Add a lane of the kind Emotions and score its notes from −2 to +2.',
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
    needTwo: 'Baru ada satu kurva emosi, jadi belum ada yang bisa ditumpuk. Tambahkan lajur emosi untuk persona lain (Tambah lajur di bawahnya…, lalu pilih pengalaman siapa yang dicatatnya di menu lajur) untuk membandingkan kurva mereka.',
    noCurves: 'Peta ini belum punya lajur emosi, jadi belum ada kurva emosi. Tambahkan lajur berjenis Emosi dan beri nilai −2 sampai +2 pada catatannya.',
    lanePersona: 'Pengalaman siapa',
    nobody: 'Bukan persona tertentu',
  },
);
