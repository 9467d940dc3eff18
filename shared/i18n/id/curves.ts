// Kurva emosi beberapa persona (lihat en/curves.ts).
import type { Words } from '../words';

export const curves: Words['curves'] = {
  button: 'Kurva',
  open: 'Tampilkan atau sembunyikan kurva emosi',
  title: 'Kurva emosi',
  hint: 'Ditumpuk di lajur emosi pertama. Klik nama di legenda papan untuk menyalakan atau mematikannya juga.',
  showAll: 'Tampilkan semua',
  close: 'Tutup',
  hiddenCount: (p) => `${p.count} disembunyikan`,
  lanePersona: 'Pengalaman siapa',
  nobody: 'Bukan persona tertentu',
};
