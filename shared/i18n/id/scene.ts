// Kata-kata yang digambar di peta itu sendiri (lihat en/scene.ts).
import type { Words } from '../words';

export const laneKinds: Words['laneKinds'] = {
  actions: 'Aktivitas',
  touchpoints: 'Titik kontak',
  thoughts: 'Pikiran',
  emotions: 'Emosi',
  'pain-points': 'Poin hambatan',
  opportunities: 'Peluang',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Pendukung',
  evidence: 'Bukti fisik',
  metrics: 'Metrik',
  text: 'Catatan',
};

export const scene: Words['scene'] = {
  lineOfInteraction: 'Garis interaksi',
  lineOfVisibility: 'Garis visibilitas',
  lineOfInternalInteraction: 'Garis interaksi internal',
  evidence: { assumption: 'Asumsi', observed: 'Diamati', measured: 'Terukur' },
  priority: { low: 'Rendah', medium: 'Sedang', high: 'Tinggi' },
  noScore: 'belum ada nilai',
  emotionCurves: 'Kurva emosi',
  pictureCard: { tooLarge: 'Gambar terlalu besar', cannotShow: 'Gambar tidak bisa ditampilkan', unsupported: 'bukan PNG, JPEG, atau WebP', unreadable: 'berkasnya mungkin rusak', pixels: 'piksel' },
};

export const mergeMarkers: Words['mergeMarkers'] = { mine: '[Versi saya]', theirs: '[Versi mereka]' };
