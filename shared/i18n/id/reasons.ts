// Mengapa sebuah aksi belum bisa dijalankan (lihat en/reasons.ts).
import type { Words } from '../words';

export const reasons: Words['reasons'] = {
  noMap: 'Buka sebuah peta dulu.',
  noSelection: 'Pilih sebuah catatan dulu.',
  nothingToUndo: 'Tidak ada yang bisa diurungkan.',
  nothingToRedo: 'Tidak ada yang bisa diulangi.',
  noCurves: 'Peta ini belum punya lajur emosi, jadi belum ada kurva emosi. Tambahkan lajur berjenis Emosi dan beri nilai −2 sampai +2 pada catatannya.',
  oneCurve:
    'Baru ada satu kurva emosi, jadi belum ada yang bisa ditumpuk. Tambahkan lajur emosi untuk persona lain (Tambah lajur di bawahnya…, lalu pilih pengalaman siapa yang dicatatnya di menu lajur) untuk membandingkan kurva mereka.',
};
