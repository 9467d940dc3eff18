// Catat cepat (lihat en/capture.ts).
import type { Words } from '../words';

export const capture: Words['capture'] = {
  title: 'Catat cepat',
  note: 'Catatan',
  notePlaceholder: 'Ketik yang disampaikan peserta, lalu Enter',
  where: 'Di mana',
  wherePlaceholder: 'tahap lajur, mis. kes hamb',
  stage: 'Tahap',
  lane: 'Lajur',
  hint: 'Enter menambah · Tab pindah kolom · tempel banyak baris untuk banyak catatan · Esc menutup',
  close: 'Tutup catat cepat',
  noPlace: 'Ketik tempat catatannya: huruf awal tahap, lalu huruf awal lajur.',
  noStage: (p) => `Tidak ada tahap dengan kata berawalan "${p.typed}". Tahap: ${p.options}.`,
  noLane: (p) => `Tidak ada lajur dengan kata berawalan "${p.typed}". Lajur: ${p.options}.`,
  manyStages: (p) => `"${p.typed}" cocok dengan ${p.count} tahap: ${p.options}. Ketik beberapa huruf lagi.`,
  manyLanes: (p) => `"${p.typed}" cocok dengan ${p.count} lajur: ${p.options}. Ketik beberapa huruf lagi.`,
  manyCells: (p) => `"${p.typed}" bisa berarti ${p.options}. Beri tanda / di antara tahap dan lajur.`,
  emptyNote: 'Ketik catatannya dulu, lalu Enter.',
  added: (p) => `${p.count} catatan ditambahkan ke ${p.stage} · ${p.lane}`,
};
